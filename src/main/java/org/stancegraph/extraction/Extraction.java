package org.stancegraph.extraction;

import java.util.List;

/**
 * What extraction found in a text: where it names entities, and the claims it proposes.
 *
 * @param mentions   every mention, in text order (a mention of words naming two entities is there for each, ambiguous)
 * @param candidates the proposed claims, in text order
 */
public record Extraction(List<Mention> mentions, List<Candidate> candidates) {

	public Extraction {
		mentions = List.copyOf(mentions);
		candidates = List.copyOf(candidates);
	}
}
