package org.stancegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/** POST /api/claims: validated against the graph, loaded all or nothing, counted; the seed graph unchanged after. */
@StancegraphIntegrationTest
class ClaimIngestTest {

	static final String SOURCE = "algemeiner-2025-11-04-us-proposes-international-gaza-force";

	/** A new holder-relation-target triple, quoting seed text of a source the graph holds. */
	static final String VALID = """
			source: %s
			claims:
			  - id: zz-test-sugiono-backs-hakan-fidan
			    holder: sugiono
			    relation: BACKS
			    target: hakan-fidan
			    date: "2025-11-04"
			    quote: "Turkish Foreign Minister Hakan Fidan"
			""".formatted(SOURCE);

	static final String[] WRITER = { "Authorization", ApiClient.basic("zz-test-writer", "zz-test-writer-password") };

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	GraphDataset graph;

	ApiClient api;
	String before;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		before = fingerprint();
		assertThat(neo4j.query("MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) RETURN count(r) AS n")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@AfterEach
	void cleanUp() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
		neo4j.query("MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) DELETE r").run();
		assertThat(fingerprint()).as("the shared seed graph is as loaded").isEqualTo(before);
	}

	/** Every node (labels, id, content hash) and relationship (ends, type, claims, quote): what a stray write would change. */
	String fingerprint() {
		var nodes = neo4j.query("MATCH (n) RETURN labels(n) AS labels, n.id AS id, n.hash AS hash ORDER BY id, hash")
			.fetch().all().toString();
		var relationships = neo4j.query("""
				MATCH (a)-[r]->(b)
				RETURN a.id AS from, type(r) AS type, b.id AS to, r.claimIds AS claimIds, r.quote AS quote
				ORDER BY from, type, to, quote
				""").fetch().all().toString();
		return nodes + relationships;
	}

	ApiClient.Answer post(String body, String contentType, String... headers) {
		return api.post("/api/claims", contentType, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	@Test
	void aValidFileIsLoadedAndCountedAndTheSameFileAgainWritesNothing() {
		var first = post(VALID, "application/yaml", WRITER);
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		JsonNode report = first.body();
		assertThat(report.get("source").asString()).isEqualTo(SOURCE);
		assertThat(report.get("claims").asInt()).isEqualTo(1);
		assertThat(report.get("changedClaims").asInt()).isEqualTo(1);
		assertThat(report.get("nodesCreated").asInt()).isEqualTo(1);
		// BY, ABOUT, CLAIMED_BY (no certainty given: the outlet, algemeiner, says it), EVIDENCED_BY, the derived BACKS
		assertThat(report.get("relationshipsCreated").asInt()).isEqualTo(5);
		assertThat(report.get("wroteNothing").asBoolean()).isFalse();
		// the file gives no certainty: the report names the claims that take the default
		assertThat(ApiClient.ids(report.get("withoutCertainty"), "")).containsExactly("zz-test-sugiono-backs-hakan-fidan");
		assertThat(neo4j.query("""
				MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) RETURN r.claimIds AS ids
				""").fetch().one().map(row -> row.get("ids"))).contains(List.of("zz-test-sugiono-backs-hakan-fidan"));
		// the API sees it
		var evidence = api.get("/api/evidence?actor=sugiono&relation=BACKS&target=hakan-fidan");
		assertThat(ApiClient.ids(evidence.body().at("/items"), "/claimId")).containsExactly("zz-test-sugiono-backs-hakan-fidan");

		var again = post(VALID, "application/yaml", WRITER);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("wroteNothing").asBoolean()).isTrue();
		assertThat(again.body().get("changedClaims").asInt()).isZero();
		assertThat(again.body().get("nodesCreated").asInt() + again.body().get("propertiesSet").asInt()
				+ again.body().get("relationshipsCreated").asInt()).isZero();
	}

	@Test
	void everySeedClaimFilePostedAgainValidatesAgainstTheGraphAndWritesNothing() throws Exception {
		var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
		var files = resolver.getResources("classpath:seeds/claims/*.yaml");
		assertThat(files).hasSizeGreaterThanOrEqualTo(5);
		for (var file : files) {
			var answer = api.post("/api/claims", "application/yaml", file.getContentAsByteArray(), WRITER);
			assertThat(answer.status()).as(file.getFilename() + ": " + answer.text()).isEqualTo(200);
			assertThat(answer.body().get("wroteNothing").asBoolean()).as(file.getFilename()).isTrue();
			assertThat(answer.body().get("claims").asInt()).as(file.getFilename()).isPositive();
		}
	}

	@Test
	void jsonIsAcceptedAsWell() {
		String json = """
				{"source": "%s", "claims": [{"id": "zz-test-sugiono-backs-hakan-fidan", "holder": "sugiono",
				 "relation": "BACKS", "target": "hakan-fidan", "date": "2025-11-04",
				 "quote": "Turkish Foreign Minister Hakan Fidan"}]}
				""".formatted(SOURCE);
		var answer = post(json, "application/json", "X-API-Key", "zz-test-api-key");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.body().get("changedClaims").asInt()).isEqualTo(1);
	}

	@Test
	void aBrokenFileIs422WithLocatedProblemsAndWritesNothing() {
		// the valid file with a second, broken claim after it
		String broken = VALID + """
				  - id: zz-test-nobody-supports-isf
				    holder: zz-test-nobody
				    relation: SUPPORTS
				    target: isf
				    date: "2025-11-04"
				    quote: "words that are not in the document"
				""";
		var answer = post(broken, "text/yaml", WRITER);
		assertThat(answer.status()).as(answer.text()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		List<Map<String, Object>> problems = ApiClient.stream(answer.body().get("problems"))
			.map(p -> Map.<String, Object>of("file", p.get("file").asString(), "line", p.get("line").asInt(),
					"field", p.get("field").asString()))
			.toList();
		assertThat(problems).contains(Map.of("file", "request body", "line", 10, "field", "claims[1].holder"),
				Map.of("file", "request body", "line", 14, "field", "claims[1].quote"));
		ApiClient.stream(answer.body().get("problems"))
			.forEach(p -> assertThat(p.get("message").asString()).isNotBlank());
		assertThat(neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' RETURN count(n) AS n").fetchAs(Long.class).one())
			.as("all or nothing: the valid claim is not written either").contains(0L);
	}

	@Test
	void aRequestIsValidatedWithTheEntitiesItNamesAndThoseTheyLeadToEachOnceNotTheWholeGraph() {
		// hakan-fidan SPEAKS_FOR turkey; arab-islamic-bodies-in-un-forces CONCERNS un-ceasefire-monitoring-force, which
		// CONCERNS gaza; hamas-political-leadership BELONGS_TO hamas; a quote and an unknown id find nothing
		var entities = graph.entities(List.of("turkey", "hakan-fidan", "arab-islamic-bodies-in-un-forces",
				"hamas-political-leadership", "Turkish Foreign Minister Hakan Fidan", "zz-test-nobody"), graph.documents(Set.of()),
				Map.of(), Set.of("hamas"));

		assertThat(entities).extracting(e -> e.get("id")).containsExactly("arab-islamic-bodies-in-un-forces", "gaza",
				"hakan-fidan", "hamas-political-leadership", "turkey", "un-ceasefire-monitoring-force");
		assertThat(entities).filteredOn(e -> e.get("id").equals("hakan-fidan")).singleElement()
			.satisfies(e -> assertThat(e.get("speaksFor")).isEqualTo(List.of("turkey")));
	}

	@Test
	void anUnknownSourceOrNotYamlIs422() {
		var unknown = post(VALID.replace(SOURCE, "zz-test-no-such-document"), "application/yaml", WRITER);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body().at("/problems/0/field").asString()).isEqualTo("source");
		assertThat(unknown.body().at("/problems/0/line").asInt()).isEqualTo(1);
		var notYaml = post("source: [unclosed\n", "application/yaml", WRITER);
		assertThat(notYaml.status()).isEqualTo(422);
		assertThat(notYaml.body().at("/problems/0/file").asString()).isEqualTo("request body");
	}

	@Test
	void anOversizedBodyIs413() {
		String big = VALID + "# " + "x".repeat(70 * 1024) + "\n";
		var answer = post(big, "application/yaml", WRITER);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anotherMediaTypeIs415() {
		assertThat(post(VALID, "text/plain", WRITER).status()).isEqualTo(415);
	}
}
