package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/** The export endpoint itself: the formats, the 400 for any other, a download streamed without a length. */
@StancegraphIntegrationTest
class ExportApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	@Test
	void anUnknownFormatIsABadRequestAsProblemJson() {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=xlsx");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().path("detail").asString()).contains("'xlsx'").contains("json, csv, graphml");
	}

	@Test
	void jsonIsTheDefaultAndEveryFormatIsADownloadWithAFileName() throws Exception {
		HttpResponse<String> json = get("/api/export");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(json.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"stancegraph-export.json\"");
		assertThat(json.body()).startsWith("{\"format\":\"stancegraph-export\",\"version\":1,\"documents\":[");

		assertThat(get("/api/export?format=CSV").headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"stancegraph-claims.csv\"");
		assertThat(get("/api/export?format=graphml").headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"stancegraph.graphml\"");
	}

	@Test
	void theExportIsStreamedWithoutAContentLength() throws Exception {
		for (String format : new String[] { "json", "csv", "graphml" }) {
			HttpResponse<String> response = get("/api/export?format=" + format);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Length")).as(format).isEmpty();
			assertThat(response.headers().firstValue("Transfer-Encoding")).as(format).contains("chunked");
		}
	}

	@Test
	void theOpenApiDescriptionDocumentsTheExport() {
		var get = new ApiClient(port).get("/v3/api-docs").body().at("/paths/~1api~1export/get");
		assertThat(get.get("summary").asString()).isNotBlank();
		assertThat(get.at("/responses/200/content").propertyNames()).contains("application/json", "text/csv", "application/graphml+xml");
		assertThat(get.at("/responses/400/content").propertyNames()).contains("application/problem+json");
		assertThat(get.at("/parameters/0/example").asString()).isEqualTo("json");
	}

	@Test
	void theSameGraphExportsToTheSameBytes() throws Exception {
		for (String format : new String[] { "json", "csv", "graphml" }) {
			assertThat(get("/api/export?format=" + format).body()).isEqualTo(get("/api/export?format=" + format).body());
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * An entity whose aliases are not a list cannot be exported. In the JSON export it comes after the documents,
	 * whose text has gone out by then: the response is cut short, never completed with an error body appended. In
	 * the GraphML export it comes before the first buffer is full: the answer is a plain 500 problem+json.
	 */
	@Test
	void aFailureCutsTheStreamShortOrIsAProblemWhenNothingWasSent() {
		neo4j.query("CREATE (:Entity:State {id: 'zz-test-export-broken', name: 'Broken', kind: 'State', aliases: 'not a list'})").run();

		assertThatThrownBy(() -> get("/api/export?format=json")).isInstanceOf(IOException.class);

		ApiClient.Answer graphml = new ApiClient(port).get("/api/export?format=graphml");
		assertThat(graphml.status()).isEqualTo(500);
		assertThat(graphml.contentType()).startsWith("application/problem+json");
	}
}
