package org.stancegraph.changes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;

/** What changed between two dates: the files of cypher/queries named here; request values only as parameters. */
@Repository
class ChangeRepository {

	private static final String CHANGES = QueryFile.question("45_changes_between_dates.cypher").query();

	private static final String NEW_ENTITIES = QueryFile.question("46_new_entities_between_dates.cypher").query();

	private static final String LATEST_CLAIM_DATE = QueryFile.part("latest_claim_date.cypher").query();

	private final Neo4jClient neo4j;

	ChangeRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record StateRow(String side, List<String> relations, String certainty, List<String> conditions, List<String> claims) {
	}

	record ChangeRow(String kind, LocalDate date, EntitySummary actor, EntitySummary target, String axis, List<String> claims,
			StateRow before, StateRow after) {
	}

	record NewEntityRow(String role, EntitySummary entity, LocalDate first, long claims) {
	}

	/** Every actor-target-axis with a claim in the window, newest first: its stance before and after. */
	List<ChangeRow> changes(LocalDate since, LocalDate until, String actor, String target, Certainty certainty) {
		return GraphRows.all(neo4j.query(CHANGES).bindAll(parameters(since, until, actor, target, certainty)), ChangeRow.class);
	}

	/** The actors and targets first named in the window. */
	List<NewEntityRow> newEntities(LocalDate since, LocalDate until, String actor, String target, Certainty certainty) {
		return GraphRows.all(neo4j.query(NEW_ENTITIES).bindAll(parameters(since, until, actor, target, certainty)),
				NewEntityRow.class);
	}

	private record Latest(LocalDate latest) {
	}

	/** The date of the latest claim; empty in an empty graph. */
	Optional<LocalDate> latestClaimDate() {
		return GraphRows.one(neo4j.query(LATEST_CLAIM_DATE), Latest.class).map(Latest::latest);
	}

	private static Map<String, Object> parameters(LocalDate since, LocalDate until, String actor, String target,
			Certainty certainty) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("until", until);
		parameters.put("actor", actor);
		parameters.put("target", target);
		parameters.put("certainty", certainty.word());
		return parameters;
	}
}
