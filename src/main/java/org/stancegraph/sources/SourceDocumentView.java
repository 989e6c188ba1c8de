package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document with its whole text, as the claims quote it, and how many claims quote it.
 *
 * @param url         where it was published, when known
 * @param contentHash the SHA-256 of its text, in hex
 */
public record SourceDocumentView(String id, String title, String publisher, LocalDate published, String publishedBasis,
		List<String> authors, String corpusFile, String url, String contentHash, String text, long claimCount) {

	/** A document without authors lists none. */
	public SourceDocumentView {
		authors = authors == null ? List.of() : List.copyOf(authors);
	}
}
