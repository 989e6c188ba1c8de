package org.stancegraph.stances;

/** The texts of the API's queries, for the benchmark's baselines that run them straight on the driver. */
public final class StanceQueries {

	/**
	 * The example question: SUPPORTS one target and OPPOSES another; one row, {@code total} and {@code page}.
	 * Parameters: backing, opposing, offset, limit.
	 */
	public static final String BACKERS_OPPOSING = StanceRepository.BACKERS_OPPOSING;

	/** The quotes behind a list of claims. Parameter: ids. */
	public static final String EVIDENCE_BY_CLAIM_IDS = StanceRepository.EVIDENCE_BY_CLAIM_IDS;

	private StanceQueries() {
	}
}
