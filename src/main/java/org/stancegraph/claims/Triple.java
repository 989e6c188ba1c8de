package org.stancegraph.claims;

import java.util.Map;

/**
 * A holder-relation-target triple: what a claim states, and the key of the summary edge
 * {@code (holder)-[:RELATION]->(target)} that sums up every claim stating it.
 */
record Triple(String holder, String relation, String target) {

	static Triple of(ClaimDefinition claim) {
		return new Triple(claim.holder(), claim.relation().name(), claim.target());
	}

	/** The triple of a row that names it, a claim's row or one the graph returned. */
	static Triple of(Map<String, Object> row) {
		return new Triple((String) row.get("holder"), (String) row.get("relation"), (String) row.get("target"));
	}

	/** The triple as the edge statements take it. */
	Map<String, Object> row() {
		return Map.of("holder", holder, "relation", relation, "target", target);
	}
}
