package org.stancegraph.claims;

import java.util.List;
import java.util.Map;

import org.stancegraph.graph.Relation;

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

	/** Whether it says where the holder stands on the target: a relation of the position axis. */
	boolean isPosition() {
		return Relation.POSITION.equals(Relation.valueOf(relation).axis());
	}

	/** The triples of its holder and target on the position axis, in the relations' order. */
	List<Triple> positionsOfPair() {
		return positionsOf(holder, target);
	}

	/** The triples of a holder and a target on the position axis, in the relations' order. */
	static List<Triple> positionsOf(String holder, String target) {
		return Relation.positions().stream().map(r -> new Triple(holder, r.name(), target)).toList();
	}

	/** The triple as the edge statements take it. */
	Map<String, Object> row() {
		return Map.of("holder", holder, "relation", relation, "target", target);
	}
}
