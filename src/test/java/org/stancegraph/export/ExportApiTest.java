package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * The export endpoint itself: the formats by format= or Accept, the 400 for an unknown format= and the 406 for an
 * Accept none meets, a download streamed without a length.
 */
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
			.contains("attachment; filename=\"stancegraph.csv\"");
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

	/** What the OpenAPI description declares is what is served: each media type of its 200, asked for by Accept. */
	@Test
	void theOpenApiDescriptionDeclaresTheMediaTypesServedByAccept() throws Exception {
		var docs = new ApiClient(port).get("/v3/api-docs").body();
		var get = docs.at("/paths/~1api~1export/get");
		assertThat(get.get("summary").asString()).isNotBlank();
		List<String> declared = List.copyOf(get.at("/responses/200/content").propertyNames());
		assertThat(declared).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(ExportFormat.values()).map(f -> f.baseMediaType().toString()).toList());
		// declared once under components/responses, referred to here
		assertThat(get.at("/responses/400/$ref").asString()).isEqualTo("#/components/responses/BadRequest");
		assertThat(docs.at("/components/responses/BadRequest/content").propertyNames()).containsExactly("application/problem+json");
		assertThat(get.at("/responses/406/content").propertyNames()).containsExactly("application/problem+json");
		assertThat(get.at("/parameters/0/name").asString()).isEqualTo("format");
		assertThat(get.at("/parameters/0/example").asString()).isEqualTo("json");
		assertThat(get.get("parameters")).hasSize(1);

		for (String mediaType : declared) {
			HttpResponse<String> response = get("/api/export", mediaType);
			assertThat(response.statusCode()).as(mediaType).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(mediaType)
				.hasValueSatisfying(type -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.parseMediaType(mediaType))).isTrue());
			assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept");
			assertThat(response.body()).as(mediaType).startsWith(switch (mediaType) {
				case "application/json" -> "{\"format\":\"stancegraph-export\"";
				case "text/csv" -> String.join(",", CsvExport.HEADER.subList(0, 3));
				default -> "<?xml";
			});
		}
	}

	@ParameterizedTest(name = "Accept: {0} -> {1}")
	@CsvSource(delimiter = '|', value = { "*/*|json", "text/*|csv", "application/*|json", "application/*+xml|graphml",
			"text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8|json", "application/json;q=0.5, text/csv|csv",
			"text/csv;q=0, */*|json", "application/graphml+xml, application/json|graphml", "text/csv;charset=UTF-8|csv" })
	void acceptChoosesTheFormat(String accept, String format) throws Exception {
		HttpResponse<String> response = get("/api/export", accept);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").map(MediaType::parseMediaType))
			.hasValueSatisfying(type -> assertThat(type.isCompatibleWith(ExportFormat.parse(format).mediaType())).isTrue());
	}

	@Test
	void formatWinsOverAcceptAndWithoutEitherItIsJson() throws Exception {
		assertThat(get("/api/export?format=graphml", "text/csv").headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/graphml+xml"));
		assertThat(get("/api/export?format=csv", "image/png").statusCode()).isEqualTo(200);
		assertThat(get("/api/export?format=", "text/csv").headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(get("/api/export").headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "image/png", "text/html", "application/xml", "application/json;q=0, text/csv;q=0, application/graphml+xml;q=0" })
	void anAcceptNoFormatMeetsIs406AsProblemJson(String accept) {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export", accept);
		assertThat(answer.status()).isEqualTo(406);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().path("detail").asString()).contains("application/json", "text/csv", "application/graphml+xml");
	}

	@Test
	void theSameGraphExportsToTheSameBytes() throws Exception {
		for (String format : new String[] { "json", "csv", "graphml" }) {
			assertThat(get("/api/export?format=" + format).body()).isEqualTo(get("/api/export?format=" + format).body());
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
			if (accept != null) {
				request.header("Accept", accept);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
