package org.stancegraph.stances;

import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;

/**
 * The statements the stance answers run, from the query files: the repository runs them, and the benchmark runs the
 * same texts straight on the driver as the REST answers' baseline.
 */
public final class StanceStatements {

	private StanceStatements() {
	}

	public static final QueryFile POSITIONS = QueryFile.question("03_positions_on_target_by_relation.cypher");

	public static final String POSITION_COUNTS = QueryFile.part("position_counts.cypher").query();

	/* Each page below is one statement with its count (GraphRows.countedPage): one round trip per answer. */

	/** Everyone's positions on $target, a page of them and the counts per relation. */
	public static final String POSITIONS_COUNTED = GraphRows.countedPage(POSITION_COUNTS, POSITIONS.query());

	public static final String POSITIONS_AS_OF = QueryFile.question("32_positions_as_of.cypher").query();

	public static final String STANCES_COUNTED = GraphRows.countedPage(
			QueryFile.part("actor_claim_count.cypher").query(),
			QueryFile.question("04_actor_stances_timeline.cypher").query());

	public static final String STANCES_AS_OF = QueryFile.question("36_actor_stances_as_of.cypher").query();

	public static final String TIMELINE_COUNTED = GraphRows.countedPage(
			QueryFile.part("actor_timeline_on_target_count.cypher").query(),
			QueryFile.question("33_actor_timeline_on_target.cypher").query());

	public static final String EVIDENCE_OF_ACTOR_ON_TARGET_COUNTED = GraphRows.countedPage(
			QueryFile.part("evidence_count_of_actor_on_target.cypher").query(),
			QueryFile.question("38_evidence_of_actor_on_target.cypher").query());

	public static final String EVIDENCE_OF_ACTOR_COUNTED = GraphRows.countedPage(
			QueryFile.part("evidence_count_of_actor.cypher").query(),
			QueryFile.part("evidence_of_actor.cypher").query());

	public static final String EVIDENCE_ON_TARGET_COUNTED = GraphRows.countedPage(
			QueryFile.part("evidence_count_on_target.cypher").query(),
			QueryFile.part("evidence_on_target.cypher").query());

	public static final String EVIDENCE_OF_CLAIMS = QueryFile.part("evidence_of_claims.cypher").query();

	public static final String BACKERS_OPPOSING = QueryFile.question("01_backers_of_resolution_opposing_turkish_participation.cypher").query();

	public static final String BACKERS_OPPOSING_AS_OF = QueryFile.question("35_backers_opposing_as_of.cypher").query();

	public static final String CONTRADICTIONS = QueryFile.question("34_contradictions.cypher").query();
}
