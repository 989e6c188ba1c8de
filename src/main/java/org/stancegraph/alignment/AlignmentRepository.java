package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.alignment.AlignmentViews.AgreementPair;
import org.stancegraph.alignment.AlignmentViews.BlocSide;
import org.stancegraph.alignment.AlignmentViews.BlocTarget;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;

/** Who aligns with whom: the files of cypher/queries named here; request values only ever travel as parameters. */
@Repository
class AlignmentRepository {

	private static final String ALIGNMENT = QueryFile.question("42_alignment_of_two_actors.cypher").query();

	private static final String MATRIX = QueryFile.question("43_agreement_matrix.cypher").query();

	private static final String TARGETS_OF_BLOCS = QueryFile.question("44_targets_of_blocs.cypher").query();

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

	record MatrixActorRow(String id, String name, String kind, int positions) {

		EntitySummary summary() {
			return new EntitySummary(id, name, kind);
		}
	}

	record MatrixRow(List<MatrixActorRow> actors, List<AgreementPair> pairs) {
	}

	/**
	 * Every pair of the actors (null: those with at least {@code minPositions} positions and, unless targets is null,
	 * one on a target of {@code targets}) that shares a target, with its agreement; the actors by id.
	 */
	MatrixRow matrix(List<String> actors, List<String> targets, int minPositions, LocalDate asOf, Certainty certainty) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actors", actors);
		parameters.put("targets", targets);
		parameters.put("minPositions", minPositions);
		parameters.put("asOf", asOf);
		parameters.put("certainty", certainty.word());
		return GraphRows.one(neo4j.query(MATRIX).bindAll(parameters), MatrixRow.class).orElseThrow();
	}

	record BlocTargetRow(int bloc, EntitySummary target, String effect, int members, List<BlocSide> sides) {

		BlocTarget view() {
			return new BlocTarget(target, members, sides);
		}
	}

	/** For each bloc (by its index), the targets at least two members took a position on: what holds it, what splits it. */
	List<BlocTargetRow> targetsOfBlocs(List<List<String>> blocs, LocalDate asOf, Certainty certainty) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("blocs", blocs);
		parameters.put("asOf", asOf);
		parameters.put("certainty", certainty.word());
		return GraphRows.all(neo4j.query(TARGETS_OF_BLOCS).bindAll(parameters), BlocTargetRow.class);
	}
}
