package org.stancegraph.warmup;

import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.graph.QueryFile;

/** The graph's ids the warm-up asks about. */
@Repository
class WarmUpRepository {

	private static final String IDS = QueryFile.part("warm_up_ids.cypher").query();

	private final Neo4jClient neo4j;

	WarmUpRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Empty on a graph without a SUPPORTS edge: nothing to ask about. */
	@Transactional(readOnly = true)
	Optional<WarmUpIds> ids() {
		return neo4j.query(IDS)
			.fetchAs(WarmUpIds.class)
			.mappedBy((types, row) -> new WarmUpIds(row.get("actor").asString(null), row.get("target").asString(null),
					row.get("opposed").asString(null), row.get("source").asString(null)))
			.one()
			.filter(ids -> ids.actor() != null);
	}

	/**
	 * An actor, a target it supports, a target someone opposes (the supported one if nobody opposes anything), and a
	 * source document.
	 */
	record WarmUpIds(String actor, String target, String opposed, String source) {
	}
}
