package org.stancegraph.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.analysis.AnalysisViews.CellRelation;
import org.stancegraph.analysis.AnalysisViews.PathStep;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.ClaimsByCertainty;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.web.UnknownEntityException;

/**
 * The analysis questions: paths between two entities, the actor-by-target matrix and the neighbourhood of an entity,
 * each with and without a date, each at a minimum certainty. Their text is the files of cypher/queries named here;
 * request values only ever travel as parameters.
 */
@Repository
class AnalysisRepository {

	static final int MIN_HOPS = 1;
	static final int MAX_HOPS = 6;
	static final int MAX_PATHS = 25;

	/** The file's bound is the largest; a variable-length bound cannot be a parameter. */
	private static final QueryFile PATHS_FILE = QueryFile.question("20_paths_between_actors.cypher");

	/** One fixed query text per hop bound, 1..6: the file's with its bound {1,6} set to {1,hops}. */
	static final Map<Integer, String> PATHS = IntStream.rangeClosed(MIN_HOPS, MAX_HOPS).boxed()
		.collect(Collectors.toUnmodifiableMap(Function.identity(),
				hops -> PATHS_FILE.replacing("{1," + MAX_HOPS + "}", "{1," + hops + "}")));

	private static final String MATRIX = QueryFile.question("21_stance_matrix.cypher").query();

	private static final String MATRIX_AS_OF = QueryFile.question("22_stance_matrix_as_of.cypher").query();

	private static final String NEIGHBOURHOOD = QueryFile.question("16_neighbourhood_graph.cypher").query();

	private static final String NEIGHBOURHOOD_AS_OF = QueryFile.question("37_neighbourhood_as_of.cypher").query();

	private final Neo4jClient neo4j;

	AnalysisRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** One path: its steps from one end to the other. */
	record PathRow(List<PathStep> steps) {
	}

	List<List<PathStep>> paths(String from, String to, int maxHops, Certainty certainty) {
		String query = PATHS.get(maxHops);
		if (query == null) {
			throw new IllegalArgumentException("maxHops must be between " + MIN_HOPS + " and " + MAX_HOPS);
		}
		return GraphRows.all(neo4j.query(query).bindAll(Map.of("from", from, "to", to, "certainty", certainty.word())),
				PathRow.class).stream()
			.map(PathRow::steps)
			.toList();
	}

	/** One relation between an actor and a target, as one matrix query row. */
	record CellRow(EntitySummary actor, EntitySummary target, String relation, List<String> claims, int sources,
			int publishers, String condition, String certainty, ClaimsByCertainty claimsByCertainty) {

		CellRelation cellRelation() {
			return new CellRelation(relation, claims, sources, publishers, condition, certainty, claimsByCertainty);
		}
	}

	/**
	 * The non-empty cells of the grid: one row per actor, target and relation; without {@code asOf} from the derived
	 * edges, with it from the claims in force then; at the certainty. Any actor when {@code actors} is null.
	 */
	List<CellRow> matrix(List<String> actors, List<String> targets, LocalDate asOf, Certainty certainty) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("actors", actors);
		parameters.put("targets", targets);
		parameters.put("certainty", certainty.word());
		if (asOf != null) {
			parameters.put("asOf", asOf);
		}
		return GraphRows.all(neo4j.query(asOf == null ? MATRIX : MATRIX_AS_OF).bindAll(parameters), CellRow.class);
	}

	/** One edge among the nodes of a neighbourhood: a relation between two of them and the claims behind it. */
	record EdgeRow(String from, String relation, String to, List<String> claims, int sources, String condition,
			String certainty, ClaimsByCertainty claimsByCertainty) {
	}

	/** An entity first, then its closest neighbours; whether it has more; the edges among them. */
	record NeighbourhoodRow(List<EntitySummary> nodes, boolean truncated, List<EdgeRow> edges) {
	}

	/** No row at all is an unknown id (404). */
	NeighbourhoodRow neighbourhood(String id, LocalDate asOf, Certainty certainty, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("center", id);
		parameters.put("limit", limit);
		parameters.put("certainty", certainty.word());
		if (asOf != null) {
			parameters.put("asOf", asOf);
		}
		return GraphRows.one(neo4j.query(asOf == null ? NEIGHBOURHOOD : NEIGHBOURHOOD_AS_OF).bindAll(parameters),
				NeighbourhoodRow.class).orElseThrow(() -> new UnknownEntityException("entity", id));
	}
}
