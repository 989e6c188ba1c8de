package org.stancegraph.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.encode;
import static org.stancegraph.ApiClient.stream;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.junit.jupiter.api.BeforeEach;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The REST API over real HTTP against the seed graph. */
@StancegraphIntegrationTest
class StanceApiTest {

	static final String INJECTION = "x'}) DETACH DELETE n //";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	Answer get(String pathAndQuery) {
		return api.get(pathAndQuery);
	}

	@Test
	void backersOfThePlanOpposingTurkishParticipationIncludeIsraelWithEvidenceForBothEdges() {
		Answer answer = get("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().at("/backing/id").asString()).isEqualTo("twenty-point-plan");
		JsonNode israel = stream(answer.body().get("actors")).filter(a -> a.at("/actor/id").asString().equals("israel"))
			.findFirst().orElseThrow(() -> new AssertionError("Israel is not among " + answer.body()));
		assertThat(israel.at("/supports/evidence")).isNotEmpty();
		assertThat(israel.at("/opposes/sources").size()).isGreaterThanOrEqualTo(2);
		assertThat(stream(israel.at("/opposes/evidence")).map(e -> e.at("/source/id").asString()).distinct().count())
			.isGreaterThanOrEqualTo(2);
		stream(israel.at("/opposes/evidence")).forEach(e -> {
			assertThat(e.at("/quote").asString()).isNotBlank();
			assertThat(e.at("/source/corpusFile").asString()).endsWith(".txt");
		});
	}

	@Test
	void entitySearchIsCaseAndAccentInsensitiveOverNamesAndAliases() {
		for (String q : List.of("Türkiye", "turkiye", "TURKEY", "Ankara")) {
			Answer answer = get("/api/entities?q=" + encode(q));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(stream(answer.body().get("items")).map(e -> e.get("id").asString())).as(q).contains("turkey");
		}
		assertThat(stream(get("/api/entities?q=PIJ").body().get("items")).map(e -> e.get("id").asString())).contains("palestinian-islamic-jihad");
		assertThat(stream(get("/api/entities?kind=Person").body().get("items")).map(e -> e.get("kind").asString())).isNotEmpty().containsOnly("Person");
	}

	@Test
	void entityListsItsSpeakers() {
		Answer us = get("/api/entities/united-states");
		assertThat(us.status()).isEqualTo(200);
		assertThat(us.body().get("kind").asString()).isEqualTo("State");
		assertThat(stream(us.body().get("aliases")).map(JsonNode::asString)).contains("US");
		assertThat(stream(us.body().get("speakers")).map(s -> s.get("id").asString())).contains("mike-waltz");
		Answer waltz = get("/api/entities/mike-waltz");
		assertThat(stream(waltz.body().get("speaksFor")).map(s -> s.get("id").asString())).contains("united-states");
	}

	@Test
	void positionsOnATargetAreGroupedByRelation() {
		Answer answer = get("/api/targets/turkish-participation-in-isf/positions");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode opposes = answer.body().at("/by/OPPOSES");
		assertThat(stream(opposes).map(p -> p.at("/actor/id").asString())).contains("israel");
		stream(opposes).forEach(p -> {
			assertThat(p.get("claims")).isNotEmpty();
			assertThat(p.get("sources")).isNotEmpty();
		});
		Answer vote = get("/api/targets/resolution-2803/positions");
		assertThat(stream(vote.body().at("/by/ABSTAINED")).map(p -> p.at("/actor/id").asString())).contains("russia", "china");
	}

	@Test
	void anActorsStancesComeInDateOrderWithEvidence() {
		Answer answer = get("/api/actors/hamas/stances");
		assertThat(answer.status()).isEqualTo(200);
		List<JsonNode> stances = stream(answer.body().get("stances")).toList();
		assertThat(stances).isNotEmpty();
		assertThat(stances).extracting(s -> s.get("date").asString()).isSorted();
		assertThat(stances).allSatisfy(s -> assertThat(s.get("evidence")).isNotEmpty());
		assertThat(stances).anySatisfy(s -> {
			assertThat(s.get("relation").asString()).isEqualTo("OPPOSES");
			assertThat(s.at("/target/id").asString()).isEqualTo("resolution-2803");
		});
	}

	@Test
	void evidenceNamesQuoteSpeakerAndSource() {
		Answer answer = get("/api/evidence?actor=united-arab-emirates&relation=DECLINES&target=isf");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().at("/items")).isNotEmpty();
		JsonNode first = answer.body().at("/items/0");
		assertThat(first.at("/speaker/id").asString()).isEqualTo("anwar-gargash");
		assertThat(first.at("/quote").asString()).contains("will probably not participate");
		assertThat(first.at("/source/publisher").asString()).isNotBlank();
		assertThat(get("/api/evidence?target=isf").body().at("/items")).isNotEmpty();
	}

	static Stream<String> unknownIds() {
		return Stream.of("/api/entities/atlantis", "/api/targets/atlantis/positions", "/api/actors/atlantis/stances",
				"/api/evidence?actor=atlantis", "/api/evidence?actor=israel&target=atlantis",
				"/api/queries/backers-opposing?backing=atlantis&opposing=isf",
				"/api/queries/backers-opposing?backing=isf&opposing=atlantis");
	}

	@ParameterizedTest
	@MethodSource("unknownIds")
	void unknownIdIs404ProblemJson(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("detail").asString()).contains("atlantis");
	}

	static Stream<String> badParameters() {
		return Stream.of("/api/entities/Not%20An%20Id", "/api/evidence", "/api/evidence?actor=israel&relation=LIKES",
				"/api/queries/backers-opposing?backing=isf", "/api/entities?kind=Country",
				"/api/entities?q=" + "x".repeat(201), "/api/targets/" + "a".repeat(121) + "/positions");
	}

	@ParameterizedTest
	@MethodSource("badParameters")
	void badParameterIs400ProblemJsonSayingWhat(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("detail").asString()).isNotBlank().isNotEqualTo("Validation failure");
	}

	@Test
	void parametersHoldingCypherChangeNothing() {
		long before = count();
		List<String> paths = List.of("/api/entities?q=" + encode(INJECTION), "/api/entities/" + encode(INJECTION),
				"/api/evidence?actor=" + encode(INJECTION), "/api/targets/" + encode(INJECTION) + "/positions",
				"/api/queries/backers-opposing?backing=" + encode(INJECTION) + "&opposing=isf",
				"/api/entities?kind=" + encode(INJECTION));
		for (String path : paths) {
			assertThat(get(path).status()).as(path).isIn(200, 400, 404);
		}
		assertThat(get("/api/entities?q=" + encode(INJECTION)).body().get("items")).isEmpty();
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 1000000 + count(r)")
			.fetchAs(Long.class).one().orElseThrow();
	}
}
