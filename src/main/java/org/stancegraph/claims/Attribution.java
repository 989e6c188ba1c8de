package org.stancegraph.claims;

import java.util.List;

import org.stancegraph.graph.Certainty;

/**
 * Whose word a claim rests on and how sure it is: the claimant says the holder holds it, the document has it from
 * the claimant through {@code via} (outermost first: the agency the outlet quotes, then the source the agency quotes).
 *
 * @param certaintyGiven false when the claim file gave no certainty and {@link Certainty#DEFAULT} stands in
 * @param claimant        the entity that says it, resolved by the default rule when the file names none; null when
 *                        the document speaks in its own voice and names no outlet
 * @param hedges          the hedge cues in the quote ({@link HedgeCues}), shown beside the claim
 */
public record Attribution(Certainty certainty, boolean certaintyGiven, String certaintyBasis, String claimant,
		List<String> via, List<String> hedges) {

	/** A claim as old files state it: the default certainty, in the document's own voice, through no one. */
	public static Attribution unstated() {
		return new Attribution(Certainty.DEFAULT, false, null, null, List.of(), List.of());
	}

	public Attribution {
		via = List.copyOf(via);
		hedges = List.copyOf(hedges);
	}
}
