package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description documents every endpoint with its parameters, seed-graph examples and error shapes. */
@StancegraphIntegrationTest
class OpenApiTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void everyEndpointIsDocumentedWithExamplesAndProblemResponses() {
		JsonNode docs = api.get("/v3/api-docs").body();
		assertThat(docs.at("/info/title").asString()).isEqualTo("Stancegraph API");
		JsonNode paths = docs.get("paths");
		List<String> endpoints = List.of("/api/entities", "/api/entities/{id}", "/api/targets/{id}/positions",
				"/api/actors/{id}/stances", "/api/actors/{id}/timeline", "/api/evidence", "/api/queries/backers-opposing",
				"/api/contradictions", "/api/votes/{instrumentId}", "/api/votes/{instrumentId}/divergences", "/api/paths",
				"/api/matrix");
		assertThat(paths.propertyNames()).containsAll(endpoints);
		for (String endpoint : endpoints) {
			JsonNode get = paths.at("/" + endpoint.replace("~", "~0").replace("/", "~1") + "/get");
			assertThat(get.get("summary").asString()).as(endpoint).isNotBlank();
			ApiClient.stream(get.get("parameters")).forEach(parameter -> assertThat(parameter.has("example"))
				.as(endpoint + " " + parameter.get("name").asString() + " has an example").isTrue());
			// the error shapes: problem+json from the application's exception handlers
			assertThat(get.at("/responses/404/content").propertyNames()).as(endpoint).contains("application/problem+json");
			assertThat(get.at("/responses/400/content").propertyNames()).as(endpoint).contains("application/problem+json");
		}
		assertThat(paths.at("/~1api~1queries~1backers-opposing/get/parameters/0/example").asString()).isEqualTo("resolution-2803");
		assertThat(paths.at("/~1api~1matrix/get/responses/200/content").propertyNames()).contains("application/json", "text/csv");
		// the one write says how to authenticate
		assertThat(docs.at("/components/securitySchemes").propertyNames()).contains("basicAuth", "apiKey");
		assertThat(paths.at("/~1api~1claims/post/security").toString()).contains("basicAuth", "apiKey");
	}

	@Test
	void swaggerUiIsServedFromTheJar() {
		var ui = api.get("/swagger-ui/index.html", "text/html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).contains("swagger-ui");
		assertThat(api.get("/swagger-ui/swagger-ui-bundle.js", "*/*").status()).isEqualTo(200);
	}
}
