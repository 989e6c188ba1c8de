package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphApplication;

/**
 * The app stopped and started again on the same data dir: the same graph, node for node (the same element ids, so
 * the seed load at the second start rewrote nothing), and the same answers from the API, down to the whole export.
 */
class DurabilityTest {

	static final List<String> CALLS = List.of("/api/export?format=json",
			"/api/targets/resolution-2803/positions?limit=1000",
			"/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf",
			"/api/actors/israel/stances?limit=1000", "/api/actors/united-states/timeline?target=isf&limit=1000",
			"/api/evidence?target=isf&limit=1000", "/api/votes/resolution-2803", "/api/contradictions?limit=1000",
			"/api/entities?q=" + ApiClient.encode("Türkiye"), "/api/paths?from=israel&to=hamas",
			"/api/matrix?actors=israel,united-states,turkey&targets=resolution-2803,isf,turkish-participation-in-isf");

	@TempDir
	Path store;

	record State(Map<String, String> answers, List<String> graph, List<String> elementIds) {
	}

	@Test
	void aRestartOnTheSameDataDirKeepsTheGraphAndEveryAnswer() {
		State first = startAndRead();
		assertThat(first.graph()).hasSizeGreaterThan(1000);
		assertThat(first.answers().values()).allSatisfy(answer -> assertThat(answer).startsWith("200 "));

		State second = startAndRead();
		assertThat(second.elementIds()).as("the nodes and relationships of the first run, none written again")
			.isEqualTo(first.elementIds());
		assertThat(second.graph()).isEqualTo(first.graph());
		assertThat(second.answers()).isEqualTo(first.answers());
	}

	private State startAndRead() {
		var app = new SpringApplication(StancegraphApplication.class);
		try (var context = app.run("--server.port=0", "--stancegraph.neo4j.embedded.bolt-port=0",
				"--stancegraph.neo4j.embedded.data-dir=" + store)) {
			var api = new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
			Map<String, String> answers = new LinkedHashMap<>();
			CALLS.forEach(call -> {
				var answer = api.get(call);
				answers.put(call, answer.status() + " " + answer.text());
			});
			Neo4jClient neo4j = context.getBean(Neo4jClient.class);
			List<String> elementIds = neo4j.query("""
					MATCH (n) RETURN elementId(n) AS id
					UNION ALL
					MATCH ()-[r]->() RETURN elementId(r) AS id
					""").fetchAs(String.class).all().stream().sorted().toList();
			return new State(answers, GraphFingerprint.content(neo4j), elementIds);
		}
	}
}
