package org.stancegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * Writes need the writer (Basic) or the API key; the reader gets 403; reads stay open; 401 and 403 are
 * problem+json; the Browser keeps the app's Content-Security-Policy. The credentials are the test ones from
 * src/test/resources/application.properties. The bodies posted here are refused before they are read (or, for the
 * reader's, would be invalid anyway), so nothing is written.
 */
@StancegraphIntegrationTest
class SecurityTest {

	static final byte[] BODY = "source: zz-test-none\nclaims: []\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@AfterEach
	void nothingWritten() {
		assertThat(neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' RETURN count(n) AS n").fetchAs(Long.class).one())
			.contains(0L);
	}

	void assertProblem(ApiClient.Answer answer, int status) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("status").asInt()).isEqualTo(status);
		assertThat(answer.body().get("detail").asString()).isNotBlank();
	}

	@Test
	void aWriteWithoutCredentialsIs401() {
		var answer = api.post("/api/claims", "application/yaml", BODY);
		assertProblem(answer, 401);
		assertThat(answer.body().get("instance").asString()).isEqualTo("/api/claims");
	}

	@Test
	void aWrongPasswordOrUnknownUserIs401() {
		assertProblem(api.post("/api/claims", "application/yaml", BODY, "Authorization",
				ApiClient.basic("zz-test-writer", "wrong")), 401);
		assertProblem(api.post("/api/claims", "application/yaml", BODY, "Authorization",
				ApiClient.basic("zz-test-nobody", "zz-test-writer-password")), 401);
	}

	@Test
	void aWrongApiKeyIs401EvenWithTheWritersPassword() {
		assertProblem(api.post("/api/claims", "application/yaml", BODY, "X-API-Key", "wrong"), 401);
		assertProblem(api.post("/api/claims", "application/yaml", BODY, "X-API-Key", "wrong", "Authorization",
				ApiClient.basic("zz-test-writer", "zz-test-writer-password")), 401);
	}

	@Test
	void theApiKeyAndTheWriterGetThrough() {
		// past security, the validator answers: an unknown source document
		assertThat(api.post("/api/claims", "application/yaml", BODY, "X-API-Key", "zz-test-api-key").status()).isEqualTo(422);
		assertThat(api.post("/api/claims", "application/yaml", BODY, "Authorization",
				ApiClient.basic("zz-test-writer", "zz-test-writer-password")).status()).isEqualTo(422);
	}

	@Test
	void theReaderMayNotWrite() {
		var answer = api.post("/api/claims", "application/yaml", BODY, "Authorization",
				ApiClient.basic("zz-test-reader", "zz-test-reader-password"));
		assertProblem(answer, 403);
	}

	@Test
	void writesToOtherPathsNeedTheWriterToo() {
		assertProblem(api.post("/api/entities", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 401);
	}

	/**
	 * Every path the API describes (path variables filled in), and a few it does not, with every method that writes:
	 * 401 without credentials, 401 with a wrong password, 403 for the reader (but POST /api/extraction, a read).
	 * Security answers before any handler, whether or not the path has one for that method.
	 */
	@Test
	void everyWriteMethodOnEveryPathNeedsTheWriter() {
		List<String> paths = new ArrayList<>();
		api.get("/v3/api-docs").body().get("paths").propertyNames()
			.forEach(path -> paths.add(path.replaceAll("\\{[^}]+}", "israel")));
		assertThat(paths).hasSizeGreaterThanOrEqualTo(12).contains("/api/claims", "/api/targets/israel/positions");
		paths.addAll(List.of("/", "/browser/", "/guide", "/actuator/health", "/api/nothing-here", "/db/neo4j/tx/commit"));
		String[] reader = { "Authorization", ApiClient.basic("zz-test-reader", "zz-test-reader-password") };
		String[] wrongPassword = { "Authorization", ApiClient.basic("zz-test-writer", "zz-test-reader-password") };
		List<String> wrong = new ArrayList<>();
		for (String path : paths) {
			for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
				expect(wrong, method, path, 401, wrongPassword);
				if (method.equals("POST") && path.equals("/api/extraction")) {
					// reads a text and writes nothing: a read, open to all as the GETs are (here 415: a YAML body)
					expect(wrong, method, path, 415);
					expect(wrong, method, path, 415, reader);
					continue;
				}
				expect(wrong, method, path, 401);
				expect(wrong, method, path, 403, reader);
			}
		}
		assertThat(wrong).as("requests that got past security or answered otherwise (of %d)", paths.size() * 12).isEmpty();
	}

	private void expect(List<String> wrong, String method, String path, int status, String... headers) {
		var answer = api.send(method, path, "application/yaml", BODY, headers);
		if (answer.status() != status || !answer.contentType().startsWith("application/problem+json")) {
			wrong.add(method + " " + path + (headers.length > 0 ? " (as " + headers[1] + ")" : "") + ": " + answer.status());
		}
	}

	@Test
	void readsAreOpenWithoutCredentials() {
		assertThat(api.get("/api/entities/israel").status()).isEqualTo(200);
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(api.get("/guide", "text/html").status()).isEqualTo(200);
		assertThat(api.get("/", "application/json").status()).isEqualTo(200);
		// a reader's or writer's credentials on a read are fine too
		assertThat(api.get("/api/entities/israel").status()).isEqualTo(200);
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		assertThat(api.get("/actuator/env").status()).isEqualTo(404);
		assertThat(api.get("/actuator/beans").status()).isEqualTo(404);
	}

	@Test
	void theBrowserKeepsTheAppsContentSecurityPolicy() throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/browser/"))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(200);
		var csp = response.headers().allValues("Content-Security-Policy");
		assertThat(csp).hasSize(1);
		assertThat(csp.getFirst()).contains("default-src 'self'").contains("connect-src 'self' http://localhost:" + port);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
	}

	@Test
	void anAnswerIsNotObserved(@Autowired ObservationRegistry registry) {
		// nothing reads observations (the actuator exposes health and info only), and each cost CPU on every request
		List<String> observed = new CopyOnWriteArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				observed.add(context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		assertThat(api.get("/api/targets/resolution-2803/positions?limit=3").status()).isEqualTo(200);
		assertThat(api.post("/api/claims", "application/yaml", BODY).status()).isEqualTo(401);
		assertThat(observed).noneMatch(name -> name.startsWith("http.server") || name.startsWith("spring.security"));
	}
}
