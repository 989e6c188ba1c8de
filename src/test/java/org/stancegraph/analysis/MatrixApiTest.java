package org.stancegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/matrix over real HTTP against the seed graph, as JSON and as CSV, for the graph as a whole and as of a
 * date. The expected cells are read off seeds/claims/*.yaml.
 */
@StancegraphIntegrationTest
class MatrixApiTest {

	static final String GRID = "/api/matrix?actors=israel,turkey,united-states&targets=turkish-participation-in-isf,us-draft-resolution,isf";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	final HttpClient http = HttpClient.newHttpClient();
	final JsonMapper json = JsonMapper.builder().build();

	record Answer(int status, String contentType, String text) {
	}

	Answer get(String pathAndQuery, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
		if (accept != null) {
			request.header("Accept", accept);
		}
		var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	JsonNode getJson(String pathAndQuery) throws Exception {
		Answer answer = get(pathAndQuery, "application/json");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		return json.readTree(answer.text());
	}

	/** The three actors by the three targets: the derived edges of seeds/claims, nine cells, three of them empty. */
	@Test
	void gridOfThreeActorsByThreeTargets() throws Exception {
		JsonNode body = getJson(GRID);
		assertThat(summaries(body.get("actors"))).containsExactly("israel Israel State", "turkey Turkey State",
				"united-states United States State");
		assertThat(summaries(body.get("targets"))).containsExactly(
				"turkish-participation-in-isf Turkish participation in the ISF Proposition",
				"us-draft-resolution US draft resolution on Gaza Instrument",
				"isf International Stabilization Force Institution");
		assertThat(body.has("asOf")).isFalse();
		assertThat(cells(body)).containsExactly(
				"israel turkish-participation-in-isf: OPPOSES [algemeiner-israel-opposes-turkish-participation-in-isf, fdd-israel-opposes-turkish-participation-in-isf] 2/2",
				"israel us-draft-resolution:",
				"israel isf:",
				"turkey turkish-participation-in-isf:",
				"turkey us-draft-resolution: SUPPORTS [matzav-turkey-supports-us-draft-resolution] 1/1",
				"turkey isf: OFFERS_TROOPS [fdd-turkey-offers-troops-isf] 1/1",
				"united-states turkish-participation-in-isf:",
				"united-states us-draft-resolution: PROPOSED [presstv-united-states-proposed-us-draft-resolution, algemeiner-united-states-proposed-us-draft-resolution, algemeiner-united-states-sent-us-draft-resolution-to-council, matzav-united-states-proposed-us-draft-resolution] 3/3",
				"united-states isf: PROPOSED [presstv-united-states-proposed-isf, algemeiner-united-states-proposed-isf, algemeiner-united-states-proposed-isf-to-un] 2/2");
		JsonNode empty = body.get("cells").get(2);
		assertThat(empty.get("relations").isArray()).isTrue();
		assertThat(empty.get("relations")).isEmpty();
	}

	/** The cells of GET /api/matrix?targets=isf, all dates, actors by name. */
	static final List<String> ISF_CELLS = List.of(
			"azerbaijan isf: OFFERS_TROOPS [fdd-azerbaijan-offers-troops-isf-conditional] 1/1 if military action is completely stopped",
			"board-of-peace isf: OVERSEES [fdd-board-of-peace-oversees-isf] 1/1",
			"prospective-isf-troop-contributors isf: OFFERS_TROOPS [matzav-prospective-contributors-offer-troops-isf-only-with-un-backing,"
					+ " fdd-prospective-contributors-offer-troops-isf] 2/2 with formal UN backing",
			"jordan isf: DECLINES [fdd-jordan-declines-isf] 1/1 If we’re running around Gaza on patrol with weapons",
			"turkey isf: OFFERS_TROOPS [fdd-turkey-offers-troops-isf] 1/1",
			"un-security-council isf: AUTHORIZES [presstv-un-security-council-authorizes-isf] 1/1",
			"resolution-2803 isf: AUTHORIZES [doc000-resolution-2803-authorizes-isf, fdd-resolution-2803-authorizes-isf] 2/2"
					+ "; SUPPORTS [fdd-resolution-2803-supports-isf] 1/1",
			"us-draft-resolution isf: AUTHORIZES [presstv-us-draft-resolution-authorizes-isf, algemeiner-us-draft-resolution-authorizes-isf,"
					+ " algemeiner-us-draft-resolution-authorizes-isf-tasks, matzav-us-draft-resolution-authorizes-isf] 3/3",
			"united-arab-emirates isf: DECLINES [fdd-uae-declines-isf] 1/1 while it does not see a clear framework for the"
					+ " stability forces (“under such circumstances”)",
			"united-states isf: PROPOSED [presstv-united-states-proposed-isf, algemeiner-united-states-proposed-isf, algemeiner-united-states-proposed-isf-to-un] 2/2");

	@Test
	void withoutActorsEveryActorRelatedToTheTargetsByName() throws Exception {
		JsonNode body = getJson("/api/matrix?targets=isf");
		assertThat(stream(body.get("actors")).map(a -> a.get("id").asString())).containsExactly("azerbaijan",
				"board-of-peace", "prospective-isf-troop-contributors", "jordan", "turkey", "un-security-council",
				"resolution-2803", "us-draft-resolution", "united-arab-emirates", "united-states");
		assertThat(cells(body)).containsExactlyElementsOf(ISF_CELLS);
		assertThat(cells(getJson("/api/matrix?targets=turkish-participation-in-isf"))).containsExactly(
				"israel turkish-participation-in-isf: OPPOSES [algemeiner-israel-opposes-turkish-participation-in-isf, fdd-israel-opposes-turkish-participation-in-isf] 2/2");
	}

	@Test
	void repeatedIdsCountOnce() throws Exception {
		JsonNode body = getJson("/api/matrix?actors=turkey,turkey&targets=isf&targets=isf");
		assertThat(cells(body)).containsExactly("turkey isf: OFFERS_TROOPS [fdd-turkey-offers-troops-isf] 1/1");
	}

	/**
	 * The United States proposed the draft (claims of November, 3 November and 15 November; a month counts from its
	 * first day) and, through Waltz, said it supports the adopted Resolution 2803 on 18 November. Matzav reported on
	 * 15 November both that it proposed the ISF's deployment and that it appears ready to abandon it: the same date, so
	 * both stand. (That a later claim on the same axis supersedes an earlier one: CertaintyFilterTest, on claims of
	 * its own.)
	 */
	@Test
	void asOfKeepsTheClaimsInForcePerAxis() throws Exception {
		String us = "/api/matrix?actors=united-states&targets=isf-deployment,us-draft-resolution,resolution-2803&asOf=";

		JsonNode before = getJson(us + "2025-11-14");
		assertThat(before.get("asOf").asString()).isEqualTo("2025-11-14");
		assertThat(cells(before)).containsExactly(
				"united-states isf-deployment:",
				"united-states us-draft-resolution: PROPOSED [presstv-united-states-proposed-us-draft-resolution, algemeiner-united-states-proposed-us-draft-resolution, algemeiner-united-states-sent-us-draft-resolution-to-council] 2/2",
				"united-states resolution-2803:");

		String deployment = "united-states isf-deployment: OPPOSES [matzav-united-states-opposes-isf-deployment] 1/1"
				+ "; PROPOSED [matzav-united-states-proposed-isf-deployment] 1/1";
		assertThat(cells(getJson(us + "2025-11-15"))).containsExactly(deployment, "united-states us-draft-resolution: PROPOSED [presstv-united-states-proposed-us-draft-resolution, algemeiner-united-states-proposed-us-draft-resolution, algemeiner-united-states-sent-us-draft-resolution-to-council, matzav-united-states-proposed-us-draft-resolution] 3/3",
				"united-states resolution-2803:");
		assertThat(cells(getJson(us + "2025-11-17"))).element(2).isEqualTo("united-states resolution-2803:");
		assertThat(cells(getJson(us + "2025-11-18"))).containsExactly(deployment, "united-states us-draft-resolution: PROPOSED [presstv-united-states-proposed-us-draft-resolution, algemeiner-united-states-proposed-us-draft-resolution, algemeiner-united-states-sent-us-draft-resolution-to-council, matzav-united-states-proposed-us-draft-resolution] 3/3",
				"united-states resolution-2803: SUPPORTS [doc000-united-states-supports-resolution-2803] 1/1");
	}

	@Test
	void asOfWithoutActorsListsOnlyTheActorsOfThen() throws Exception {
		JsonNode body = getJson("/api/matrix?targets=isf&asOf=2025-11-18");
		// Azerbaijan and Turkey offered troops in the report of 19 November: not yet
		assertThat(stream(body.get("actors")).map(a -> a.get("id").asString())).containsExactly("board-of-peace",
				"prospective-isf-troop-contributors", "jordan", "un-security-council", "resolution-2803", "us-draft-resolution",
				"united-arab-emirates", "united-states");
		assertThat(cells(body)).containsExactlyElementsOf(ISF_CELLS.stream()
			.filter(cell -> !cell.startsWith("azerbaijan ") && !cell.startsWith("turkey "))
			.map(cell -> cell.startsWith("prospective-isf-troop-contributors ")
					? "prospective-isf-troop-contributors isf: OFFERS_TROOPS [matzav-prospective-contributors-offer-troops-isf-only-with-un-backing] 1/1 with formal UN backing"
					: cell)
			.toList());
		// a later claim of the same relation does not supersede the earlier one: corroboration stays
		assertThat(cells(getJson("/api/matrix?actors=israel&targets=turkish-participation-in-isf&asOf=2025-11-20")))
			.containsExactly("israel turkish-participation-in-isf: OPPOSES [algemeiner-israel-opposes-turkish-participation-in-isf, fdd-israel-opposes-turkish-participation-in-isf] 2/2");
		// before anything was said: no actors, no cells
		JsonNode early = getJson("/api/matrix?targets=isf&asOf=2025-01-01");
		assertThat(early.get("actors")).isEmpty();
		assertThat(early.get("cells")).isEmpty();
	}

	/**
	 * The CSV without its last column, the relation's strongest certainty (what the seed's curation says of it is not
	 * this test's business: CertaintyFilterTest has its own claims): checked to be there, one word or empty per row.
	 */
	static String withoutCertainty(String csv) {
		StringBuilder rest = new StringBuilder();
		for (String line : csv.split("\r\n", -1)) {
			if (!line.isEmpty()) {
				int last = line.lastIndexOf(',');
				assertThat(line.substring(last + 1)).as(line).matches("certainty|stated|reported|probable|possible|");
				line = line.substring(0, last);
			}
			rest.append(line).append("\r\n");
		}
		return rest.substring(0, rest.length() - 2);
	}

	@Test
	void csvHasOneRowPerCellAndRelation() throws Exception {
		Answer answer = get(GRID, "text/csv");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/csv");
		assertThat(answer.text()).endsWith("\r\n");
		assertThat(withoutCertainty(answer.text()).split("\r\n", -1)).containsExactly(
				"actor,target,relation,claims,sources,publishers,condition",
				"israel,turkish-participation-in-isf,OPPOSES,algemeiner-israel-opposes-turkish-participation-in-isf;fdd-israel-opposes-turkish-participation-in-isf,2,2,",
				"israel,us-draft-resolution,,,,,",
				"israel,isf,,,,,",
				"turkey,turkish-participation-in-isf,,,,,",
				"turkey,us-draft-resolution,SUPPORTS,matzav-turkey-supports-us-draft-resolution,1,1,",
				"turkey,isf,OFFERS_TROOPS,fdd-turkey-offers-troops-isf,1,1,",
				"united-states,turkish-participation-in-isf,,,,,",
				"united-states,us-draft-resolution,PROPOSED,presstv-united-states-proposed-us-draft-resolution;algemeiner-united-states-proposed-us-draft-resolution;algemeiner-united-states-sent-us-draft-resolution-to-council;matzav-united-states-proposed-us-draft-resolution,3,3,",
				"united-states,isf,PROPOSED,presstv-united-states-proposed-isf;algemeiner-united-states-proposed-isf;algemeiner-united-states-proposed-isf-to-un,2,2,",
				"");
	}

	@Test
	void csvCarriesConditionsAsUtf8AndAsOf() throws Exception {
		Answer answer = get("/api/matrix?actors=jordan,united-states&targets=isf,isf-deployment&asOf=2025-11-19", "text/csv");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(withoutCertainty(answer.text()).split("\r\n")).containsExactly(
				"actor,target,relation,claims,sources,publishers,condition",
				"jordan,isf,DECLINES,fdd-jordan-declines-isf,1,1,If we’re running around Gaza on patrol with weapons",
				"jordan,isf-deployment,,,,,",
				"united-states,isf,PROPOSED,presstv-united-states-proposed-isf;algemeiner-united-states-proposed-isf;algemeiner-united-states-proposed-isf-to-un,2,2,",
				"united-states,isf-deployment,OPPOSES,matzav-united-states-opposes-isf-deployment,1,1,",
				"united-states,isf-deployment,PROPOSED,matzav-united-states-proposed-isf-deployment,1,1,");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json, text/csv;q=0.5", "application/*" })
	void jsonUnlessCsvIsAskedFor(String accept) throws Exception {
		Answer answer = get(GRID, accept);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).as(accept).startsWith("application/json");
		assertThat(json.readTree(answer.text()).get("cells")).hasSize(9);
	}

	@Test
	void jsonWithoutAcceptHeader() throws Exception {
		Answer answer = get(GRID, null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
	}

	static Stream<String> badParameters() {
		String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "e" + i).collect(Collectors.joining(","));
		return Stream.of("/api/matrix", "/api/matrix?actors=israel", "/api/matrix?targets=", "/api/matrix?targets=isf,Not%20An%20Id",
				"/api/matrix?actors=israel,,turkey&targets=isf", "/api/matrix?targets=isf&asOf=2025-13-01",
				"/api/matrix?targets=isf&asOf=yesterday", "/api/matrix?targets=isf&asOf=18.11.2025",
				"/api/matrix?targets=" + fiftyOne, "/api/matrix?targets=isf&actors=" + fiftyOne,
				"/api/matrix?targets=isf&actors=" + "a".repeat(121));
	}

	@ParameterizedTest
	@MethodSource("badParameters")
	void badParameterIs400ProblemJson(String path) throws Exception {
		for (String accept : List.of("application/json", "text/csv")) {
			Answer answer = get(path, accept);
			assertThat(answer.status()).as(path + " " + accept).isEqualTo(400);
			assertThat(answer.contentType()).as(path + " " + accept).startsWith("application/problem+json");
			assertThat(json.readTree(answer.text()).get("detail").asString()).isNotBlank().isNotEqualTo("Validation failure");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/matrix?targets=isf,atlantis", "/api/matrix?actors=israel,atlantis&targets=isf" })
	void unknownIdIs404ProblemJson(String path) throws Exception {
		Answer answer = get(path, "application/json");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(json.readTree(answer.text()).get("detail").asString()).contains("atlantis");
	}

	@Test
	void theCypherFilesGiveTheSameGrid() throws Exception {
		List<String> actors = List.of("israel", "turkey", "united-states");
		List<String> targets = List.of("turkish-participation-in-isf", "us-draft-resolution", "isf");
		var rows = CypherFile.grid(CypherFile.run(neo4j, "21_stance_matrix.cypher", Map.of("actors", actors, "targets", targets)),
				actors, targets);
		assertThat(rows).extracting(row -> row.get("actor") + " " + row.get("target") + " " + row.get("relation")).containsExactly(
				"Israel Turkish participation in the ISF OPPOSES", "Israel US draft resolution on Gaza null",
				"Israel International Stabilization Force null", "Turkey Turkish participation in the ISF null",
				"Turkey US draft resolution on Gaza SUPPORTS", "Turkey International Stabilization Force OFFERS_TROOPS",
				"United States Turkish participation in the ISF null", "United States US draft resolution on Gaza PROPOSED",
				"United States International Stabilization Force PROPOSED");

		for (String asOf : List.of("2025-11-17", "2025-11-18")) {
			var asOfRows = CypherFile.grid(CypherFile.run(neo4j, "22_stance_matrix_as_of.cypher", Map.of("actors", List.of("united-states"),
					"targets", List.of("isf-deployment", "resolution-2803"), "asOf", LocalDate.parse(asOf))),
					List.of("united-states"), List.of("isf-deployment", "resolution-2803"));
			assertThat(asOfRows).extracting(row -> row.get("relation") + " " + row.get("claims"))
				.as(asOf).containsExactly("OPPOSES [matzav-united-states-opposes-isf-deployment]",
						"PROPOSED [matzav-united-states-proposed-isf-deployment]",
						asOf.equals("2025-11-17") ? "null null" : "SUPPORTS [doc000-united-states-supports-resolution-2803]");
		}
		var none = CypherFile.grid(CypherFile.run(neo4j, "22_stance_matrix_as_of.cypher", Map.of("actors", List.of("united-states"),
				"targets", List.of("isf-deployment"), "asOf", LocalDate.parse("2025-11-14"))),
				List.of("united-states"), List.of("isf-deployment"));
		assertThat(none).singleElement().satisfies(row -> {
			assertThat(row.get("relation")).isNull();
			assertThat(row.get("claims")).isNull();
		});
	}

	/** Each cell as "actor target: RELATION [claims] sources/publishers condition; ...". */
	static List<String> cells(JsonNode body) {
		return stream(body.get("cells"))
			.map(cell -> cell.get("actor").asString() + " " + cell.get("target").asString() + ":"
					+ stream(cell.get("relations")).map(MatrixApiTest::relation).map(r -> " " + r).collect(Collectors.joining(";")))
			.toList();
	}

	static String relation(JsonNode r) {
		return r.get("relation").asString() + " " + stream(r.get("claims")).map(JsonNode::asString).toList() + " "
				+ r.get("sources").asInt() + "/" + r.get("publishers").asInt()
				+ (r.hasNonNull("condition") ? " " + r.get("condition").asString() : "");
	}

	static List<String> summaries(JsonNode array) {
		return stream(array).map(e -> e.get("id").asString() + " " + e.get("name").asString() + " " + e.get("kind").asString()).toList();
	}

	static Stream<JsonNode> stream(JsonNode array) {
		return array == null ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
	}
}
