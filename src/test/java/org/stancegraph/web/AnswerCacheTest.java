package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.database.GraphVersion;
import org.stancegraph.entities.EntityService;

/**
 * An answer carries an ETag of the graph's version and what was asked: asked again with it, the API answers 304
 * while the graph is unchanged, and the kept answer (the same bytes) without it; a load changes both at once, and a
 * change written past the loader (Cypher on the embedded database) too. The entity summaries answers name are kept
 * under the version the same way.
 */
@StancegraphIntegrationTest
class AnswerCacheTest {

	static final String EVIDENCE = "/api/evidence?actor=sugiono&target=hakan-fidan";

	static final String CLAIM = """
			source: algemeiner-2025-11-04-us-proposes-international-gaza-force
			claims:
			  - id: zz-test-cache-sugiono-backs-hakan-fidan
			    holder: sugiono
			    relation: BACKS
			    target: hakan-fidan
			    date: "2025-11-04"
			    quote: "Turkish Foreign Minister Hakan Fidan"
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void cleanUp() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-cache-' DETACH DELETE n").run();
		neo4j.query("MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) DELETE r").run();
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void anUnchangedGraphAnswers304OrTheKeptAnswerAndACommitChangesTheTag() throws Exception {
		HttpResponse<String> first = get(EVIDENCE);
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
		assertThat(first.body()).doesNotContain("zz-test-cache-");

		HttpResponse<String> notModified = get(EVIDENCE, "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		HttpResponse<String> kept = get(EVIDENCE);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.headers().firstValue("ETag")).contains(etag);
		assertThat(kept.body()).isEqualTo(first.body());
		assertThat(kept.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		// another question, another tag
		assertThat(get(EVIDENCE + "&certainty=stated").headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));

		ApiClient.Answer loaded = new ApiClient(port).post("/api/claims", "application/yaml", CLAIM.getBytes(StandardCharsets.UTF_8),
				"Authorization", ApiClient.basic("zz-test-writer", "zz-test-writer-password"));
		assertThat(loaded.status()).as(loaded.text()).isBetween(200, 201);
		HttpResponse<String> after = get(EVIDENCE, "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("zz-test-cache-sugiono-backs-hakan-fidan");
		String changed = after.headers().firstValue("ETag").orElseThrow();
		assertThat(changed).isNotEqualTo(etag);

		// a write past the loader: the embedded database tells the app of every commit
		neo4j.query("MATCH (c:Claim {id: 'zz-test-cache-sugiono-backs-hakan-fidan'}) DETACH DELETE c").run();
		HttpResponse<String> written = get(EVIDENCE, "If-None-Match", changed);
		assertThat(written.statusCode()).isEqualTo(200);
		assertThat(written.body()).doesNotContain("zz-test-cache-sugiono-backs-hakan-fidan");
	}

	@Test
	void theEntitiesAnAnswerNamesAreKeptUnderTheVersionAndFollowAWrite(@Autowired EntityService entities) throws Exception {
		String name = entities.require("sugiono").name();
		assertThat(entities.require("sugiono").name()).isEqualTo(name);
		try {
			neo4j.query("MATCH (e:Entity {id: 'sugiono'}) SET e.name = 'zz-test-cache-renamed'").run();
			assertThat(entities.require("sugiono").name()).isEqualTo("zz-test-cache-renamed");
			assertThat(get("/api/actors/sugiono/stances").body()).contains("zz-test-cache-renamed");
		}
		finally {
			neo4j.query("MATCH (e:Entity {id: 'sugiono'}) SET e.name = $name").bind(name).to("name").run();
		}
		assertThat(entities.require("sugiono").name()).isEqualTo(name);
		assertThatThrownBy(() -> entities.require("zz-test-cache-nobody"))
			.isInstanceOf(UnknownEntityException.class);
	}

	@Test
	void anotherStartOfTheAppOnTheSameGraphNeverGivesAnEarlierStartsTag(@Autowired ObjectProvider<DatabaseManagementService> embedded,
			@Autowired ObjectProvider<DatabaseSelectionProvider> selection, @Autowired CommitSignal commits) {
		// the counters start at 0 each time: without the start in the token, a restart would hand out old tags again
		GraphVersion first = new GraphVersion(embedded, selection, commits, Duration.ofSeconds(1));
		GraphVersion second = new GraphVersion(embedded, selection, commits, Duration.ofSeconds(1));
		assertThat(first.current()).isNotEqualTo(second.current());
	}

	@Test
	void whatWasAskedForIsPartOfTheKeyAndTheVocabularyIsLeftAlone() throws Exception {
		String matrix = "/api/matrix?targets=resolution-2803,isf";
		HttpResponse<String> csv = get(matrix, "Accept", "text/csv");
		HttpResponse<String> json = get(matrix, "Accept", "application/json");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(get(matrix, "Accept", "text/csv").body()).isEqualTo(csv.body());
		assertThat(csv.headers().firstValue("ETag")).isNotEqualTo(json.headers().firstValue("ETag"));
		assertThat(json.headers().firstValue("Vary").orElseThrow()).contains("Accept");
		// the vocabulary comes from the code and has a cache policy of its own
		assertThat(get("/api/vocabulary").headers().firstValue("ETag")).isEmpty();
	}
}
