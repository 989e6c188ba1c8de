package org.stancegraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.analysis.AnalysisService;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.StanceService;
import org.stancegraph.web.Paging;

/**
 * The query files behind the explorer's "Open in Neo4j Browser" links answer what the view shows: the neighbourhood
 * graph (with and without a date), the example question as of a date, and an actor's stances as of a date, each run
 * as the Browser runs it and compared with the service the view asks.
 */
@StancegraphIntegrationTest
class ExplorerQueriesTest {

	/** The app's own driver: these runs are the Browser's, not the app's, but need no connection of their own. */
	@Autowired
	Driver driver;

	@Autowired
	AnalysisService analysis;

	@Autowired
	StanceService stances;

	List<Record> run(String file, Map<String, Object> parameters) throws IOException {
		CypherQueriesTest.QueryFile query = CypherQueriesTest.parse(CypherQueriesTest.QUERIES.resolve(file));
		assertThat(query.paramExpressions().keySet()).as("%s: the view sets these", file).containsAll(parameters.keySet());
		try (var session = driver.session()) {
			Map<String, Object> values = new LinkedHashMap<>();
			// the file's own values (e.g. limit), as the Browser evaluates them, then the view's
			query.paramExpressions().forEach((name, expression) -> values.put(name,
					session.run("RETURN " + expression + " AS v").single().get("v").asObject()));
			values.putAll(parameters);
			return session.executeRead(tx -> tx.run(query.query(), values).list());
		}
	}

	/** The edges of a neighbourhood file's row as "from RELATION to". */
	static Set<String> edges(List<Record> rows) {
		assertThat(rows).as("a neighbourhood is one row").hasSize(1);
		Set<String> edges = new TreeSet<>();
		for (Value edge : rows.getFirst().get("edges").values()) {
			edges.add(edge.get("from").asString() + " " + edge.get("relation").asString() + " " + edge.get("to").asString());
		}
		return edges;
	}

	Set<String> apiEdges(String centre, LocalDate asOf) {
		return apiEdges(centre, asOf, AnalysisService.DEFAULT_NEIGHBOURS);
	}

	Set<String> apiEdges(String centre, LocalDate asOf, int limit) {
		return analysis.neighbourhood(centre, asOf, Certainty.POSSIBLE, limit).edges().stream()
			.map(e -> e.from() + " " + e.relation() + " " + e.to()).collect(Collectors.toCollection(TreeSet::new));
	}

	@ParameterizedTest
	@CsvSource({ "isf", "resolution-2803", "turkish-participation-in-isf", "hamas", "israel" })
	void theNeighbourhoodFileDrawsTheEdgesOfTheGraphView(String centre) throws IOException {
		Set<String> expected = apiEdges(centre, null);
		assertThat(expected).isNotEmpty();
		assertThat(edges(run("16_neighbourhood_graph.cypher", Map.of("center", centre)))).isEqualTo(expected);
	}

	/** With few neighbours kept, the file keeps the same ones: ranking and cut agree. */
	@ParameterizedTest
	@CsvSource({ "resolution-2803, 3", "israel, 5", "isf, 2" })
	void theNeighbourhoodFilesKeepTheSameClosestNeighbours(String centre, int limit) throws IOException {
		assertThat(edges(run("16_neighbourhood_graph.cypher", Map.of("center", centre, "limit", limit))))
			.isEqualTo(apiEdges(centre, null, limit)).isNotEqualTo(apiEdges(centre, null));
		LocalDate asOf = LocalDate.parse("2025-11-18");
		assertThat(edges(run("37_neighbourhood_as_of.cypher", Map.of("center", centre, "asOf", asOf, "limit", limit))))
			.isEqualTo(apiEdges(centre, asOf, limit));
	}

	@ParameterizedTest
	@CsvSource({ "isf, 2025-11-05", "resolution-2803, 2025-11-17", "israel, 2025-11-10", "united-states, 2025-11-18" })
	void theNeighbourhoodAsOfFileDrawsTheClaimsInForceOfTheGraphView(String centre, LocalDate asOf) throws IOException {
		Set<String> expected = apiEdges(centre, asOf);
		assertThat(expected).isNotEmpty().isNotEqualTo(apiEdges(centre, null));
		assertThat(edges(run("37_neighbourhood_as_of.cypher", Map.of("center", centre, "asOf", asOf)))).isEqualTo(expected);
	}

	/** Before 4 November no backer of the 20-point plan opposes Turkish participation; from then, Israel. */
	@ParameterizedTest
	@CsvSource({ "2025-11-01, 0", "2025-11-10, 1", "2025-11-19, 1" })
	void theQuestionAsOfFileNamesTheBackersTheViewShows(LocalDate asOf, int backers) throws IOException {
		String backing = "twenty-point-plan";
		String opposing = "turkish-participation-in-isf";
		List<String> expected = stances.backersOpposing(backing, opposing, asOf, Certainty.POSSIBLE, Paging.first(1000),
				StanceService.DEFAULT_QUOTES).actors().stream()
			.map(a -> a.actor().id()).toList();
		assertThat(expected).hasSize(backers);
		List<Record> rows = run("35_backers_opposing_as_of.cypher", Map.of("backing", backing, "opposing", opposing, "asOf", asOf,
				"limit", 1000));
		List<org.neo4j.driver.Value> actors = rows.getFirst().get("actors").asList(v -> v);
		assertThat(actors.stream().map(a -> a.get("actor").get("id").asString()).toList()).isEqualTo(expected);
		// both sides, each with its claims in force
		assertThat(actors).allSatisfy(a -> {
			assertThat(a.get("supports").get("claims").size()).isPositive();
			assertThat(a.get("opposes").get("claims").size()).isPositive();
		});
		Set<String> quoted = stances.backersOpposing(backing, opposing, asOf, Certainty.POSSIBLE, Paging.first(1000),
				StanceService.DEFAULT_QUOTES).actors().stream()
			.flatMap(a -> java.util.stream.Stream.concat(a.supports().evidence().stream(), a.opposes().evidence().stream()))
			.map(e -> e.quote()).collect(Collectors.toCollection(TreeSet::new));
		Set<String> fromFile = actors.stream()
			.flatMap(a -> java.util.stream.Stream.concat(a.get("supports").get("evidence").asList(v -> v).stream(),
					a.get("opposes").get("evidence").asList(v -> v).stream()))
			.map(e -> e.get("quote").asString()).collect(Collectors.toCollection(TreeSet::new));
		assertThat(fromFile).isEqualTo(quoted);
	}

	@ParameterizedTest
	@CsvSource({ "united-states, 2025-11-16", "israel, 2025-11-16", "hamas, 2025-11-05" })
	void theStancesAsOfFileListsTheClaimsOfTheTimeline(String actor, LocalDate asOf) throws IOException {
		List<String> expected = stances.stances(actor, asOf, Certainty.POSSIBLE, Paging.first(1000)).stances().stream().map(s -> s.claimId()).toList();
		assertThat(expected).isNotEmpty();
		List<Record> rows = run("36_actor_stances_as_of.cypher", Map.of("actor", actor, "asOf", asOf));
		assertThat(rows.stream().map(r -> r.get("claimId").asString()).distinct().toList()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "israel, turkish-participation-in-isf, 2025-11-19", "israel, turkish-participation-in-isf, 2025-11-10",
			"united-states, us-draft-resolution, 2025-11-16", "hamas, resolution-2803, 2025-11-19" })
	void theEvidenceFileQuotesWhatTheEvidenceViewQuotes(String actor, String target, LocalDate asOf) throws IOException {
		List<String> expected = stances.evidence(actor, null, target, asOf, Certainty.POSSIBLE, Paging.first(1000)).items().stream()
			.map(e -> e.claimId() + " " + e.quote()).toList();
		assertThat(expected).isNotEmpty();
		List<Record> rows = run("38_evidence_of_actor_on_target.cypher", Map.of("actor", actor, "target", target, "asOf", asOf,
				"limit", 1000));
		assertThat(rows.stream().map(r -> r.get("claimId").asString() + " " + r.get("quote").asString()).toList()).isEqualTo(expected);
	}

	/** The timeline's file without a date: every claim of the actor, as the stances the view draws. */
	@ParameterizedTest
	@CsvSource({ "israel", "hamas", "united-states", "resolution-2803" })
	void theTimelineFileListsTheClaimsOfTheTimeline(String actor) throws IOException {
		List<String> expected = stances.stances(actor, null, Certainty.POSSIBLE, Paging.first(1000)).stances().stream().map(s -> s.claimId()).toList();
		assertThat(expected).isNotEmpty();
		List<Record> rows = run("04_actor_stances_timeline.cypher", Map.of("actor", actor, "limit", 1000));
		assertThat(rows.stream().map(r -> r.get("claimId").asString()).distinct().sorted().toList())
			.isEqualTo(expected.stream().sorted().toList());
	}

	/** The positions' files, with and without a date: per relation the actors the columns show. */
	@ParameterizedTest
	@CsvSource({ "resolution-2803, 2025-11-17", "turkish-participation-in-isf, 2025-11-10", "isf, 2025-11-19", "hamas, 2025-11-05" })
	void thePositionsFilesNameTheActorsOfTheColumns(String target, LocalDate asOf) throws IOException {
		var now = stances.positions(target, null, null, Certainty.POSSIBLE, Paging.first(1000));
		Map<String, Long> counts = new java.util.TreeMap<>();
		run("03_positions_on_target_by_relation.cypher", Map.of("target", target, "limit", 1000))
			.forEach(r -> counts.merge(r.get("relation").asString(), 1L, Long::sum));
		assertThat(counts).isEqualTo(new java.util.TreeMap<>(now.counts()));

		var then = stances.positions(target, null, asOf, Certainty.POSSIBLE, Paging.first(1000));
		Set<String> expected = new TreeSet<>();
		then.by().forEach((relation, positions) -> positions.forEach(p -> expected.add(relation + " " + p.actor().name())));
		Set<String> fromFile = new TreeSet<>();
		run("32_positions_as_of.cypher", Map.of("target", target, "asOf", asOf))
			.forEach(r -> fromFile.add(r.get("relation").asString() + " " + r.get("actor").get("name").asString()));
		assertThat(expected).isNotEmpty();
		assertThat(fromFile).isEqualTo(expected);
	}
}
