package org.stancegraph.database;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the graph holds: nodes per label, relationships per type, claims per source document. */
@Component
@Transactional(readOnly = true)
public class GraphStats {

	/** One line of the statistics: a kind of count, what it counts, how many. */
	public record Count(String kind, String name, long count) {
	}

	private final Neo4jClient neo4j;

	GraphStats(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private static final String COUNTS = """
			CALL () {
			    MATCH (n) UNWIND labels(n) AS label RETURN 'nodes' AS kind, label AS name, count(*) AS count
			  UNION ALL
			    MATCH ()-[r]->() RETURN 'relationships' AS kind, type(r) AS name, count(*) AS count
			  UNION ALL
			    MATCH (s:Source) OPTIONAL MATCH (s)<-[e:EVIDENCED_BY]-(:Claim)
			    RETURN 'claims per source' AS kind, s.id AS name, count(e) AS count
			}
			RETURN kind, name, count
			ORDER BY kind, name
			""";

	public List<Count> counts() {
		return List.copyOf(neo4j.query(COUNTS).fetchAs(Count.class)
			.mappedBy((types, row) -> new Count(row.get("kind").asString(), row.get("name").asString(), row.get("count").asLong()))
			.all());
	}
}
