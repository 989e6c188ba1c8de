package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.TestDatasets;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.graph.Relation;
import tools.jackson.databind.JsonNode;

/**
 * Reads through the API while loads flip three derived edges of one actor between SUPPORTS and OPPOSES, each flip
 * one transaction: every answer shows all three before a flip or all three after it, never a mix, an edge torn by the
 * commit, or a 5xx. Neo4j's read-committed isolation alone lets a read see a commit half applied; the app's commit
 * signal ({@code ConsistentReads}) reads again. The 60 s run at 32 connections is {@code mvn -Pload verify}.
 */
@StancegraphIntegrationTest
class ReadsDuringLoadTest {

	static final String PREFIX = "zz-test-flip-";
	static final int FLIPS = 40;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	Map<String, Long> before;
	String holder;
	List<String> targets;

	/** A state and three propositions or instruments it has no claim on, that others take positions on. */
	private static final String CHOOSE = """
			MATCH (h:Entity {kind: 'State'})
			MATCH (t:Entity) WHERE t.kind IN ['Proposition', 'Instrument']
			  AND EXISTS { (t)<-[:SUPPORTS|OPPOSES]-(:Entity) }
			  AND NOT EXISTS { (h)-[]->(t) } AND NOT EXISTS { (h)<-[:BY]-(:Claim)-[:ABOUT]->(t) }
			WITH h, t ORDER BY t.id
			WITH h, collect(t.id) AS targets WHERE size(targets) >= 3
			RETURN h.id AS holder, targets[0..3] AS targets
			ORDER BY holder LIMIT 1
			""";

	@Test
	void everyAnswerShowsTheEdgesBeforeOrAfterALoadNeverBetween() throws Exception {
		before = GraphFingerprint.counts(neo4j);
		Map<String, Object> chosen = neo4j.query(CHOOSE).fetch().one().orElseThrow();
		holder = (String) chosen.get("holder");
		targets = ((List<?>) chosen.get("targets")).stream().map(String.class::cast).toList();
		Map<String, Object> source = neo4j.query("MATCH (s:Source) RETURN s.id AS id, s.text AS text ORDER BY id LIMIT 1")
			.fetch().one().orElseThrow();
		ClaimSet supports = flipped(Relation.SUPPORTS, source);
		ClaimSet opposes = flipped(Relation.OPPOSES, source);
		loader.load(supports);

		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicLong answers = new AtomicLong();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		List<String> wrong = Collections.synchronizedList(new ArrayList<>());
		ApiClient api = new ApiClient(port);
		List<Thread> readers = new ArrayList<>();
		for (String path : List.of("/api/actors/" + holder + "/stances?limit=1000",
				"/api/matrix?actors=" + holder + "&targets=" + String.join(",", targets))) {
			readers.add(Thread.ofPlatform().start(() -> {
				while (writing.get()) {
					ApiClient.Answer answer = api.get(path);
					answers.incrementAndGet();
					String state = answer.status() == 200 ? state(path, answer.body()) : "HTTP " + answer.status() + " " + answer.text();
					seen.add(state);
					if (!state.equals("SUPPORTS") && !state.equals("OPPOSES") && wrong.size() < 20) {
						wrong.add(path + ": " + state);
					}
				}
			}));
		}
		for (int flip = 0; flip < FLIPS; flip++) {
			loader.load(flip % 2 == 0 ? opposes : supports);
			Thread.sleep(5);
		}
		writing.set(false);
		for (Thread reader : readers) {
			reader.join();
		}

		assertThat(wrong).as("answers between two states (of %d)", answers.get()).isEmpty();
		assertThat(seen).as("both states seen").containsExactlyInAnyOrder("SUPPORTS", "OPPOSES");
		assertThat(answers.get()).isGreaterThan(FLIPS);
	}

	@Autowired
	CommitSignal commits;

	@Test
	void aLoadThatWritesNothingSignalsNoCommitAndAnswersAtOnce() {
		CommitSignal.State before = commits.state();
		assertThat(before.committing()).isFalse();
		assertThat(loader.load(new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS))).wroteNothing()).isTrue();
		assertThat(commits.state()).isEqualTo(before);
		assertThat(new ApiClient(port).get("/api/entities/israel").status()).isEqualTo(200);
	}

	@AfterEach
	void removeTheFlippedClaims() {
		if (holder == null) {
			return;
		}
		neo4j.query("MATCH (c:Claim) WHERE c.id STARTS WITH $prefix DETACH DELETE c").bind(PREFIX).to("prefix").run();
		// the edges and standings the flipped claims made: the holder had no claim on these targets
		neo4j.query("MATCH (:Entity {id: $holder})-[r:SUPPORTS|OPPOSES|STANDS_ON]->(t:Entity) WHERE t.id IN $targets DELETE r")
			.bindAll(Map.of("holder", holder, "targets", targets)).run();
		assertThat(GraphFingerprint.counts(neo4j)).isEqualTo(before);
	}

	private ClaimSet flipped(Relation relation, Map<String, Object> source) {
		String id = (String) source.get("id");
		String quote = ((String) source.get("text")).lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
		List<ClaimDefinition> claims = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			claims.add(new ClaimDefinition(PREFIX + i, id, holder, relation, targets.get(i), LocalDate.of(2025, 11, 20), null,
					Attribution.unstated(), null, null, null, null, null, null, null, List.of(new Evidence(id, quote)), "zz-test-flip.yaml",
					Qualifiers.none(LocalDate.of(2025, 11, 20))));
		}
		return new ClaimSet(List.of(), List.of(), claims, List.of());
	}

	/** The one relation every flipped edge or claim in the answer has, else what the answer shows instead. */
	private String state(String path, JsonNode body) {
		Map<String, Set<String>> relations = new java.util.TreeMap<>();
		targets.forEach(t -> relations.put(t, new TreeSet<>()));
		if (path.contains("/stances")) {
			ApiClient.stream(body.get("stances")).filter(s -> s.path("claimId").asString().startsWith(PREFIX))
				.forEach(s -> relations.get(s.at("/target/id").asString()).add(s.path("relation").asString()));
		}
		else {
			ApiClient.stream(body.get("cells")).forEach(cell -> ApiClient.stream(cell.get("relations"))
				.forEach(r -> relations.get(cell.path("target").asString()).add(r.path("relation").asString()
						+ (r.get("claims").size() == 1 ? "" : " with claims " + r.get("claims")))));
		}
		Set<Set<String>> distinct = new java.util.HashSet<>(relations.values());
		return distinct.size() == 1 && distinct.iterator().next().size() == 1 ? distinct.iterator().next().iterator().next()
				: relations.toString();
	}
}
