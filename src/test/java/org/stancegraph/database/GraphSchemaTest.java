package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.DerivedEdges;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.StanceService;
import org.stancegraph.web.Paging;

/**
 * A store whose summary edges were written before they named their ends (holder, target) gets them when the schema
 * is applied at start; the totals of timeline and evidence pages, which find an actor's edges to a target by them,
 * are right again; and one loaded before standings were kept gets them.
 */
@StancegraphIntegrationTest
class GraphSchemaTest {

	private static final String ACTOR = "israel";
	private static final String TARGET = "turkish-participation-in-isf";

	@Autowired
	GraphSchema schema;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	StanceService stances;

	@Test
	void edgesWrittenBeforeTheyNamedTheirEndsAreNamedWhenTheSchemaIsApplied() {
		long timeline = timelineTotal();
		long evidence = evidenceTotal();
		assertThat(timeline).isPositive();
		assertThat(evidence).isPositive();
		try {
			long unnamed = neo4j.query("""
					MATCH (:Entity {id: $actor})-[r]->(:Entity) WHERE r.holder IS NOT NULL
					REMOVE r.holder, r.target
					RETURN count(r)
					""").bind(ACTOR).to("actor").fetchAs(Long.class).one().orElseThrow();
			assertThat(unnamed).isPositive();
			// the totals read the edges by their ends: without them the actor's edges are not found
			assertThat(timelineTotal()).isLessThan(timeline);
			assertThat(evidenceTotal()).isLessThan(evidence);

			schema.apply();

			assertThat(neo4j.query("""
					MATCH (h:Entity)-[r]->(x:Entity) WHERE r.claimIds IS NOT NULL AND (r.holder IS NULL OR r.holder <> h.id OR r.target <> x.id)
					RETURN count(r)
					""").fetchAs(Long.class).one()).contains(0L);
			assertThat(timelineTotal()).isEqualTo(timeline);
			assertThat(evidenceTotal()).isEqualTo(evidence);
		}
		finally {
			schema.apply();
		}
	}

	/** And a store loaded before standings were kept gets them from its claims (StoreUpgrade). */
	@Test
	void actorsWithoutStandingsGetThemWhenTheSchemaIsApplied() {
		String standings = """
				MATCH (:Entity {id: $actor})-[s:STANDS_ON]->(t:Entity)
				RETURN t.id + ' ' + s.statedOrStrongerSide + ' ' + s.possibleOrStrongerSide AS standing ORDER BY standing
				""";
		List<String> before = neo4j.query(standings).bind(ACTOR).to("actor").fetchAs(String.class).all().stream().toList();
		assertThat(before).hasSizeGreaterThan(5);
		try {
			neo4j.query("MATCH (:Entity {id: $actor})-[s:STANDS_ON]->() DELETE s").bind(ACTOR).to("actor").run();
			assertThat(neo4j.query(standings).bind(ACTOR).to("actor").fetchAs(String.class).all()).isEmpty();

			schema.apply();

			assertThat(neo4j.query(standings).bind(ACTOR).to("actor").fetchAs(String.class).all()).containsExactlyElementsOf(before);
			assertThat(DerivedEdges.differences(neo4j)).isEmpty();
		}
		finally {
			schema.apply();
		}
	}

	private long timelineTotal() {
		return stances.timeline(ACTOR, TARGET, Certainty.POSSIBLE, Paging.first()).page().total();
	}

	private long evidenceTotal() {
		return stances.evidence(ACTOR, null, TARGET, null, Certainty.POSSIBLE, Paging.first()).page().total();
	}
}
