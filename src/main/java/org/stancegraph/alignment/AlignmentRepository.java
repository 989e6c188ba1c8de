package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;

/** Who aligns with whom: the files of cypher/queries named here; request values only ever travel as parameters. */
@Repository
class AlignmentRepository {

	private static final String ALIGNMENT = QueryFile.question("42_alignment_of_two_actors.cypher").query();

	private final Neo4jClient neo4j;

	AlignmentRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record PositionRow(String actor, String side, List<String> relations, String certainty, List<String> claims) {
	}

	record TargetRow(EntitySummary target, String outcome, Double distance, List<PositionRow> positions) {
	}

	record AlignmentRow(Double score, int compared, int agree, int disagree, int oneAbstains, int mixed,
			List<TargetRow> targets) {
	}

	/** Two actors over the targets both took a position on, as of a date (null: every claim), at a minimum certainty. */
	AlignmentRow alignment(String first, String second, LocalDate asOf, Certainty certainty) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actors", List.of(first, second));
		parameters.put("asOf", asOf);
		parameters.put("certainty", certainty.word());
		return GraphRows.one(neo4j.query(ALIGNMENT).bindAll(parameters), AlignmentRow.class).orElseThrow();
	}
}
