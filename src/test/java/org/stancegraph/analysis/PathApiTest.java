package org.stancegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/paths over real HTTP against the seed graph. The expected paths are read off seeds/claims/*.yaml: each
 * claim gives one derived edge holder -RELATION-> target, and paths may use an edge against its direction.
 */
@StancegraphIntegrationTest
class PathApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	final HttpClient http = HttpClient.newHttpClient();
	final JsonMapper json = JsonMapper.builder().build();

	record Answer(int status, String contentType, JsonNode body) {
	}

	Answer get(String pathAndQuery) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body().isEmpty() ? null : json.readTree(response.body()));
	}

	/** The three two-step connections between Hamas and the United States, in the answer's order (ids along the path). */
	static final List<String> HAMAS_TO_UNITED_STATES = List.of(
			"hamas -OPPOSES-> hamas-disarmament | united-states -SUPPORTS-> hamas-disarmament",
			"hamas -OPPOSES-> resolution-2803 | united-states -SUPPORTS-> resolution-2803",
			"hamas -OPPOSES-> twenty-point-plan | united-states -PROPOSED-> twenty-point-plan");

	@Test
	void hamasAndTheUnitedStatesAreTwoHopsApartInThreeWays() throws Exception {
		Answer answer = get("/api/paths?from=hamas&to=united-states&maxHops=2");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(paths(answer.body())).containsExactlyElementsOf(HAMAS_TO_UNITED_STATES);

		// a step names both ends in full, in the edge's own direction, with the claims and sources behind it
		JsonNode proposed = answer.body().get(2).get(1);
		assertThat(proposed.at("/from/id").asString()).isEqualTo("united-states");
		assertThat(proposed.at("/from/name").asString()).isEqualTo("United States");
		assertThat(proposed.at("/from/kind").asString()).isEqualTo("State");
		assertThat(proposed.get("relation").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.at("/to/id").asString()).isEqualTo("twenty-point-plan");
		assertThat(proposed.at("/to/name").asString()).isEqualTo("Trump's 20-point plan for Gaza");
		assertThat(proposed.at("/to/kind").asString()).isEqualTo("Instrument");
		assertThat(strings(proposed.get("claims"))).containsExactly("algemeiner-united-states-proposed-twenty-point-plan",
				"presstv-united-states-proposed-twenty-point-plan", "matzav-united-states-proposed-twenty-point-plan",
				"doc000-united-states-proposed-twenty-point-plan", "fdd-united-states-proposed-twenty-point-plan");
		assertThat(strings(proposed.get("sources"))).hasSize(5).contains("unknown-2025-11-18-netanyahu-urges-expulsion-of-hamas");
		assertThat(strings(proposed.get("publishers"))).contains("The Algemeiner", "unknown (not stated in the text)");
		JsonNode first = answer.body().get(2).get(0);
		assertThat(first.at("/from/name").asString()).isEqualTo("Hamas");
		assertThat(first.at("/from/kind").asString()).isEqualTo("Faction");
		assertThat(strings(first.get("claims"))).containsExactly("fdd-hamas-opposes-twenty-point-plan");
		assertThat(strings(first.get("sources"))).containsExactly("fdd-2025-11-19-hamas-rejects-resolution-2803");
		assertThat(strings(first.get("publishers"))).containsExactly("Foundation for Defense of Democracies");
	}

	@Test
	void onlyTheShortestPathsComeBackWhateverTheBound() throws Exception {
		// the default bound (4) and the largest (6) find the same two-step paths, never longer ones
		assertThat(paths(get("/api/paths?from=hamas&to=united-states").body())).containsExactlyElementsOf(HAMAS_TO_UNITED_STATES);
		assertThat(paths(get("/api/paths?from=hamas&to=united-states&maxHops=6").body()))
			.containsExactlyElementsOf(HAMAS_TO_UNITED_STATES);
		// Israel threatens Hamas: one step, so the two-step connections to Israel are not asked for
		assertThat(paths(get("/api/paths?from=hamas&to=israel&maxHops=6").body())).containsExactly("israel -THREATENS-> hamas");
	}

	@Test
	void aBoundBelowTheDistanceFindsNothing() throws Exception {
		Answer oneHop = get("/api/paths?from=hamas&to=united-states&maxHops=1");
		assertThat(oneHop.status()).isEqualTo(200);
		assertThat(oneHop.body().isArray()).isTrue();
		assertThat(oneHop.body()).isEmpty();

		// Iran backs Hamas: three steps to the United States, the three above behind iran -BACKS-> hamas
		assertThat(get("/api/paths?from=iran&to=united-states&maxHops=2").body()).isEmpty();
		assertThat(paths(get("/api/paths?from=iran&to=united-states&maxHops=3").body()))
			.containsExactlyElementsOf(HAMAS_TO_UNITED_STATES.stream().map(p -> "iran -BACKS-> hamas | " + p).toList());
	}

	@Test
	void aDirectEdgeIsOneStepInItsOwnDirectionWhicheverEndIsAskedFirst() throws Exception {
		for (String query : List.of("from=israel&to=turkish-participation-in-isf", "from=turkish-participation-in-isf&to=israel")) {
			Answer answer = get("/api/paths?" + query + "&maxHops=1");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(paths(answer.body())).as(query).containsExactly("israel -OPPOSES-> turkish-participation-in-isf");
			JsonNode step = answer.body().get(0).get(0);
			assertThat(strings(step.get("claims"))).containsExactly("algemeiner-israel-opposes-turkish-participation-in-isf",
					"fdd-israel-opposes-turkish-participation-in-isf");
			assertThat(strings(step.get("sources"))).containsExactly("algemeiner-2025-11-04-us-proposes-international-gaza-force",
					"fdd-2025-11-19-hamas-rejects-resolution-2803");
		}
	}

	@Test
	void structuralEdgesCountToo() throws Exception {
		// Turkey and Israel: through Hamas (backed by one, threatened by the other) and through Erdogan (who speaks for
		// one and opposes the other)
		assertThat(paths(get("/api/paths?from=turkey&to=israel").body())).containsExactly(
				"turkey -BACKS-> hamas | israel -THREATENS-> hamas",
				"recep-tayyip-erdogan -SPEAKS_FOR-> turkey | recep-tayyip-erdogan -OPPOSES-> israel");
	}

	@ParameterizedTest
	@ValueSource(strings = { "maxHops=0", "maxHops=7", "maxHops=-1", "maxHops=four", "maxHops=2.5" })
	void maxHopsOutsideOneToSixIs400(String maxHops) throws Exception {
		Answer answer = get("/api/paths?from=hamas&to=israel&" + maxHops);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("detail").asString()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=hamas&to=hamas", "from=hamas", "to=israel", "from=Hamas&to=israel",
			"from=hamas&to=x%27%7D%29%20DETACH%20DELETE%20n%20%2F%2F" })
	void badEndsAre400(String query) throws Exception {
		Answer answer = get("/api/paths?" + query);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("detail").asString()).isNotBlank().isNotEqualTo("Validation failure");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=atlantis&to=israel", "from=hamas&to=atlantis" })
	void unknownEndIs404(String query) throws Exception {
		Answer answer = get("/api/paths?" + query);
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("detail").asString()).contains("atlantis");
	}

	@Test
	void everyBoundHasItsOwnFixedQueryText() {
		assertThat(AnalysisRepository.PATHS).containsOnlyKeys(1, 2, 3, 4, 5, 6);
		AnalysisRepository.PATHS.forEach((hops, query) -> {
			assertThat(query).contains("-{1," + hops + "}").contains("LIMIT " + AnalysisRepository.MAX_PATHS)
				.doesNotContain("%d");
		});
	}

	@Test
	void theCypherFileFindsTheSamePaths() throws Exception {
		var rows = CypherFile.run(neo4j, "20_paths_between_actors.cypher", Map.of("from", "hamas", "to", "united-states"));
		assertThat(rows).hasSize(HAMAS_TO_UNITED_STATES.size());
		assertThat(rows).allSatisfy(row -> assertThat((long) steps(row).size()).isEqualTo(2L));
		assertThat(steps(rows.get(0))).isEqualTo(List.of("Hamas OPPOSES Disarmament of Hamas", "United States SUPPORTS Disarmament of Hamas"));
	}

	/** A row's steps as "from RELATION to", by name. */
	static List<String> steps(Map<String, Object> row) {
		return ((List<?>) row.get("steps")).stream().map(step -> (Map<?, ?>) step)
			.map(step -> ((Map<?, ?>) step.get("from")).get("name") + " " + step.get("relation") + " "
					+ ((Map<?, ?>) step.get("to")).get("name"))
			.toList();
	}

	/** Each path as "from -RELATION-> to | ..." in ids. */
	static List<String> paths(JsonNode body) {
		return stream(body)
			.map(path -> stream(path)
				.map(step -> step.at("/from/id").asString() + " -" + step.get("relation").asString() + "-> " + step.at("/to/id").asString())
				.collect(Collectors.joining(" | ")))
			.toList();
	}

	static List<String> strings(JsonNode array) {
		return stream(array).map(JsonNode::asString).toList();
	}

	static Stream<JsonNode> stream(JsonNode array) {
		return array == null ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
	}
}
