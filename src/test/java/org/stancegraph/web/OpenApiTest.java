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
				"/api/matrix", "/api/vocabulary");
		assertThat(paths.propertyNames()).containsAll(endpoints);
		for (String endpoint : endpoints) {
			JsonNode get = paths.at("/" + endpoint.replace("~", "~0").replace("/", "~1") + "/get");
			assertThat(get.get("summary").asString()).as(endpoint).isNotBlank();
			ApiClient.stream(get.path("parameters")).forEach(parameter -> assertThat(parameter.has("example"))
				.as(endpoint + " " + parameter.get("name").asString() + " has an example").isTrue());
			// the error shapes: problem+json, declared once and referred to; 400 where there is a parameter to get wrong
			boolean takesParameters = !get.path("parameters").isEmpty();
			assertThat(get.at("/responses").has("400")).as(endpoint + " 400").isEqualTo(takesParameters);
			for (String status : takesParameters ? List.of("400", "406", "500") : List.of("406", "500")) {
				assertThat(response(docs, get, status).path("content").propertyNames()).as(endpoint + " " + status)
					.containsExactly("application/problem+json");
			}
			// 404 where an id is looked up, and only there
			assertThat(get.at("/responses").has("404")).as(endpoint + " 404").isEqualTo(!endpoint.equals("/api/entities")
					&& !endpoint.equals("/api/contradictions") && !endpoint.equals("/api/vocabulary"));
		}
		assertThat(response(docs, paths.at("/~1api~1entities~1{id}/get"), "404").path("content").propertyNames())
			.containsExactly("application/problem+json");
		assertThat(paths.at("/~1api~1queries~1backers-opposing/get/parameters/0/example").asString()).isEqualTo("twenty-point-plan");
		// the minimum certainty on every stance read: the words of graph.Certainty, everything by default
		for (String endpoint : List.of("/api/targets/{id}/positions", "/api/actors/{id}/stances", "/api/actors/{id}/timeline",
				"/api/evidence", "/api/queries/backers-opposing", "/api/contradictions", "/api/votes/{instrumentId}",
				"/api/votes/{instrumentId}/divergences", "/api/entities/{id}/neighbourhood", "/api/paths", "/api/matrix")) {
			JsonNode certainty = ApiClient.stream(paths.get(endpoint).at("/get/parameters"))
				.filter(p -> p.get("name").asString().equals(MinimumCertainty.NAME)).findFirst()
				.orElseThrow(() -> new AssertionError(endpoint + " takes no certainty"));
			assertThat(ApiClient.stream(certainty.at("/schema/enum")).map(JsonNode::asString)).as(endpoint)
				.containsExactlyElementsOf(org.stancegraph.graph.Certainty.words());
			assertThat(certainty.at("/schema/default").asString()).as(endpoint).isEqualTo(MinimumCertainty.DEFAULT);
			assertThat(certainty.get("required").asBoolean()).as(endpoint).isFalse();
		}
		assertThat(paths.at("/~1api~1matrix/get/responses/200/content").propertyNames()).contains("application/json", "text/csv");
		// a list is an array, its example an array, written comma-joined (form, not exploded)
		JsonNode actors = paths.at("/~1api~1matrix/get/parameters/0");
		assertThat(actors.get("name").asString()).isEqualTo("actors");
		assertThat(actors.at("/schema/type").asString()).isEqualTo("array");
		assertThat(actors.get("example").isArray()).isTrue();
		assertThat(actors.get("style").asString()).isEqualTo("form");
		assertThat(actors.get("explode").asBoolean(true)).isFalse();
		// the vocabulary takes no parameter: its answer's fields carry the examples
		JsonNode relationTerm = docs.at("/components/schemas/RelationTerm/properties");
		assertThat(relationTerm.propertyNames()).contains("name", "heading", "axis", "side", "stance", "affiliation");
		for (String field : List.of("name", "heading", "axis", "side", "stance")) {
			assertThat(relationTerm.get(field).has("example")).as("RelationTerm." + field + " has an example").isTrue();
		}
		assertThat(relationTerm.at("/side/enum").toString()).isEqualTo("[\"FOR\",\"AGAINST\",\"NEUTRAL\"]");
		// OpenAPI 3.1 wants an SPDX identifier or a URL beside the licence's name
		// extraction: a read by POST, with an example body; 400 for what it cannot read, 413 over its limit, no login
		JsonNode extraction = paths.at("/~1api~1extraction/post");
		assertThat(extraction.get("summary").asString()).isNotBlank();
		assertThat(extraction.at("/requestBody/content/application~1json/examples").isEmpty()).isFalse();
		assertThat(extraction.at("/responses").propertyNames()).contains("200", "400", "413", "415", "500");
		assertThat(extraction.has("security")).isFalse();
		assertThat(response(docs, extraction, "400").path("content").propertyNames()).containsExactly("application/problem+json");
		assertThat(docs.at("/info/license/identifier").asString()).isEqualTo("GPL-3.0-or-later");
		// the one write says how to authenticate
		assertThat(docs.at("/components/securitySchemes").propertyNames()).contains("basicAuth", "apiKey");
		assertThat(paths.at("/~1api~1claims/post/security").toString()).contains("basicAuth", "apiKey");
		// a new document: the writer's, 201 or (a dry run) 200, and every way it can be refused, problems listed
		JsonNode documents = paths.at("/~1api~1documents/post");
		assertThat(documents.get("security").toString()).contains("basicAuth", "apiKey");
		assertThat(documents.get("responses").propertyNames()).contains("200", "201", "401", "403", "409", "413", "415", "422");
		assertThat(response(docs, documents, "409").at("/content/application~1problem+json/schema/$ref").asString())
			.endsWith("/ClaimFileProblems");
		assertThat(documents.at("/requestBody/content/application~1json/examples").propertyNames()).isNotEmpty();
		assertThat(paths.at("/~1api~1documents~1{id}~1dataset/get/responses/200/content").propertyNames()).containsExactly("application/zip");
	}

	/** The operation's response for the status, a reference to components/responses followed. */
	static JsonNode response(JsonNode docs, JsonNode operation, String status) {
		JsonNode response = operation.at("/responses/" + status);
		return response.has("$ref") ? docs.at(response.get("$ref").asString().substring(1)) : response;
	}

	@Test
	void swaggerUiIsServedFromTheJar() {
		var ui = api.get("/swagger-ui/index.html", "text/html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).contains("swagger-ui");
		assertThat(api.get("/swagger-ui/swagger-ui-bundle.js", "*/*").status()).isEqualTo(200);
	}
}
