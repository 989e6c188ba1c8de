package org.stancegraph.database;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;

/** What the graph holds: nodes per label, relationships per type, claims per source document. */
@Component
@Transactional(readOnly = true)
public class GraphStats {

	/** One line of the statistics: a kind of count, what it counts, how many. */
	public record Count(String kind, String name, long count) {
	}

	private static final String COUNTS = QueryFile.part("graph_counts.cypher").query();

	private final Neo4jClient neo4j;

	GraphStats(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<Count> counts() {
		return GraphRows.all(neo4j.query(COUNTS), Count.class);
	}
}
