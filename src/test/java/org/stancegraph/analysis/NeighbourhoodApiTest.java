package org.stancegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * GET /api/entities/{id}/neighbourhood, GET /api/sources and GET /api/evidence?asOf= (what the explorer's graph view,
 * "as of" slider and evidence ask) over real HTTP against the seed graph, each compared with Cypher of its own.
 */
@StancegraphIntegrationTest
class NeighbourhoodApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	JsonNode get(String path) {
		var answer = new ApiClient(port).get(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}

	static Set<String> edges(JsonNode answer) {
		return ApiClient.stream(answer.get("edges"))
			.map(e -> e.get("from").asString() + " " + e.get("relation").asString() + " " + e.get("to").asString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void withoutALimitHitTheNeighboursAreEveryEntityOneTypedEdgeAway() {
		JsonNode answer = get("/api/entities/turkish-participation-in-isf/neighbourhood");
		assertThat(answer.at("/centre/id").asString()).isEqualTo("turkish-participation-in-isf");
		assertThat(answer.get("truncated").asBoolean()).isFalse();
		Set<String> expectedNodes = new TreeSet<>(neo4j.query("""
				MATCH (:Entity {id: $id})-[r]-(n:Entity)
				WHERE type(r) = 'CONCERNS' OR r.claimIds IS NOT NULL
				RETURN DISTINCT n.id
				""").bind("turkish-participation-in-isf").to("id").fetchAs(String.class).all());
		expectedNodes.add("turkish-participation-in-isf");
		assertThat(new TreeSet<>(ApiClient.ids(answer.get("nodes"), "/id"))).isEqualTo(expectedNodes);
		assertThat(edges(answer)).containsExactly("israel OPPOSES turkish-participation-in-isf", "turkey OFFERS_TROOPS isf",
				"turkish-participation-in-isf CONCERNS isf", "turkish-participation-in-isf CONCERNS turkey");
		JsonNode opposes = ApiClient.stream(answer.get("edges")).filter(e -> e.get("relation").asString().equals("OPPOSES")).findFirst().orElseThrow();
		assertThat(opposes.get("side").asString()).isEqualTo("AGAINST");
		assertThat(opposes.get("stance").asBoolean()).isTrue();
		assertThat(opposes.get("sources").asInt()).isEqualTo(2);
		assertThat(ApiClient.ids(opposes.get("claims"), "")).hasSize(2);
	}

	@Test
	void aLimitKeepsTheNeighboursWithTheMostClaimsAndSaysSo() {
		JsonNode answer = get("/api/entities/resolution-2803/neighbourhood?limit=3");
		assertThat(answer.get("truncated").asBoolean()).isTrue();
		List<String> nodes = ApiClient.ids(answer.get("nodes"), "/id");
		// read off the seed claims: it AUTHORIZES and SUPPORTS the Board of Peace on 3 claims, Hamas OPPOSES it on 3,
		// it AUTHORIZES and SUPPORTS the ISF on 3 (a tie goes by id); China, Russia, the Security Council and the
		// 20-point plan follow with 2
		assertThat(nodes).containsExactly("resolution-2803", "board-of-peace", "hamas", "isf");
		// only edges among the nodes shown
		assertThat(ApiClient.stream(answer.get("edges"))).allSatisfy(e -> assertThat(nodes).contains(e.get("from").asString(), e.get("to").asString()));
	}

	@Test
	void asOfADateTheEdgesAreTheClaimsInForceThen() {
		JsonNode then = get("/api/entities/resolution-2803/neighbourhood?asOf=2025-11-17");
		JsonNode now = get("/api/entities/resolution-2803/neighbourhood");
		assertThat(then.get("asOf").asString()).isEqualTo("2025-11-17");
		assertThat(edges(then)).isNotEqualTo(edges(now));
		// the matrix as of that date, which computes the claims in force its own way, agrees on the edges into the centre
		JsonNode matrix = get("/api/matrix?targets=resolution-2803&asOf=2025-11-17");
		Set<String> fromMatrix = new TreeSet<>();
		ApiClient.stream(matrix.get("cells")).forEach(cell -> ApiClient.stream(cell.get("relations"))
			.forEach(r -> fromMatrix.add(cell.get("actor").asString() + " " + r.get("relation").asString() + " resolution-2803")));
		assertThat(fromMatrix).as("the vote of 17 November").contains("china ABSTAINED resolution-2803");
		assertThat(edges(then).stream().filter(e -> e.endsWith(" resolution-2803") && !e.contains(" CONCERNS ")).toList())
			.containsExactlyInAnyOrderElementsOf(fromMatrix);
		// claims in date order, as on a derived edge
		ApiClient.stream(then.get("edges")).forEach(e -> {
			List<String> claims = ApiClient.ids(e.get("claims"), "");
			List<String> byDate = neo4j.query("UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id ORDER BY c.date, c.id")
				.bind(claims).to("ids").fetchAs(String.class).all().stream().toList();
			assertThat(claims).isEqualTo(byDate);
		});
		// before any claim: the entity alone, with what it concerns
		JsonNode before = get("/api/entities/resolution-2803/neighbourhood?asOf=2025-01-01");
		assertThat(ApiClient.ids(before.get("nodes"), "/id")).containsExactly("resolution-2803", "board-of-peace", "isf", "technocratic-committee");
		assertThat(edges(before)).containsExactly("resolution-2803 CONCERNS board-of-peace", "resolution-2803 CONCERNS isf",
				"resolution-2803 CONCERNS technocratic-committee");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/entities/nobody/neighbourhood | 404 | nobody",
			"/api/entities/isf/neighbourhood?limit=0 | 400 | limit must be between 1 and 200, not 0",
			"/api/entities/isf/neighbourhood?limit=201 | 400 | limit must be between 1 and 200, not 201",
			"/api/entities/isf/neighbourhood?asOf=yesterday | 400 | asOf",
			"/api/evidence?actor=israel&asOf=2025-13-01 | 400 | asOf" })
	void badRequestsAreRefusedWithWhatIsWrong(String path, int status, String detail) {
		var answer = new ApiClient(port).get(path);
		assertThat(answer.status()).as(path).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.text()).contains(detail);
	}

	@Test
	void theSourcesWithTheirClaimsAndTheSpanOfTheirDatesInPages() {
		var expected = neo4j.query("""
				MATCH (s:Source)<-[:EVIDENCED_BY]-(c:Claim)
				WITH s, count(DISTINCT c) AS claims, toString(min(c.date)) AS first, toString(max(c.date)) AS last
				RETURN s.id AS id, claims, first, last
				ORDER BY s.published, id
				""").fetch().all().stream().map(r -> r.get("id") + " " + r.get("claims") + " " + r.get("first") + " " + r.get("last")).toList();
		assertThat(expected).hasSize(5);
		JsonNode all = get("/api/sources?limit=1000");
		assertThat(ApiClient.stream(all.get("items")).map(NeighbourhoodApiTest::source).toList()).isEqualTo(expected);
		assertThat(all.at("/page/total").asLong()).isEqualTo(5);
		// the span of every claim's date, on every page
		var span = neo4j.query("MATCH (c:Claim) RETURN toString(min(c.date)) AS first, toString(max(c.date)) AS last").fetch().one().orElseThrow();
		JsonNode second = get("/api/sources?offset=1&limit=2");
		assertThat(ApiClient.stream(second.get("items")).map(NeighbourhoodApiTest::source).toList()).isEqualTo(expected.subList(1, 3));
		for (JsonNode page : List.of(all, second)) {
			assertThat(page.get("firstClaimDate").asString()).isEqualTo(span.get("first"));
			assertThat(page.get("lastClaimDate").asString()).isEqualTo(span.get("last"));
		}
		assertThat(second.at("/page/next").asInt()).isEqualTo(3);
	}

	static String source(JsonNode s) {
		return s.get("id").asString() + " " + s.get("claimCount").asLong() + " " + s.get("firstClaimDate").asString() + " "
				+ s.get("lastClaimDate").asString();
	}

	@Test
	void evidenceAsOfADateHasOnlyWhatWasSaidByThen() {
		JsonNode all = get("/api/evidence?actor=israel&limit=1000");
		JsonNode then = get("/api/evidence?actor=israel&asOf=2025-11-07&limit=1000");
		long expected = ApiClient.stream(all.get("items")).filter(i -> i.get("date").asString().compareTo("2025-11-07") <= 0).count();
		assertThat(then.at("/page/total").asLong()).isEqualTo(expected).isLessThan(all.at("/page/total").asLong());
		assertThat(ApiClient.stream(then.get("items"))).hasSize((int) expected)
			.allSatisfy(i -> assertThat(i.get("date").asString()).isLessThanOrEqualTo("2025-11-07"));
	}
}
