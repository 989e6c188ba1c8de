package org.stancegraph.claims;

import java.util.List;

/**
 * The files of one dataset, unparsed: an entity file, source documents (metadata and text) and claim files.
 * The claims may be a subset of the dataset's claim files (a single file named on the command line).
 *
 * @param entities      entities.yaml, or null when missing (a problem the validator reports)
 * @param documents     documents/*.yaml
 * @param texts         documents/*.txt
 * @param claimFiles    the claim files to check or load
 * @param wholeDataset  whether every claim file of the dataset is included, so that checks across all claims
 *                      (each speaksFor backed by a claim) apply
 */
public record Dataset(String root, RawFile entities, List<RawFile> documents, List<RawFile> texts,
		List<RawFile> claimFiles, boolean wholeDataset) {
}
