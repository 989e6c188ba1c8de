package org.stancegraph;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the app a test started, JSON answers as trees. */
public final class ApiClient {

	public record Answer(int status, String contentType, JsonNode body, String text) {
	}

	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();
	private final int port;

	public ApiClient(int port) {
		this.port = port;
	}

	public Answer get(String pathAndQuery) {
		return get(pathAndQuery, "application/json");
	}

	public Answer get(String pathAndQuery, String accept) {
		try {
			var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
				.header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			boolean isJson = contentType.contains("json") && !response.body().isEmpty();
			return new Answer(response.statusCode(), contentType, isJson ? json.readTree(response.body()) : null, response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GET whose answer is bytes (a zip): its status and body. */
	public HttpResponse<byte[]> download(String pathAndQuery, String accept) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A POST with the body and its content type, and more headers as name, value pairs ({@code "X-API-Key", key}). */
	public Answer post(String path, String contentType, byte[] body, String... headers) {
		return send("POST", path, contentType, body, headers);
	}

	/** A request of any method with a body (PUT, PATCH, DELETE ...), and more headers as name, value pairs. */
	public Answer send(String method, String path, String contentType, byte[] body, String... headers) {
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", contentType).header("Accept", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String type = response.headers().firstValue("Content-Type").orElse("");
			boolean isJson = type.contains("json") && !response.body().isEmpty();
			return new Answer(response.statusCode(), type, isJson ? json.readTree(response.body()) : null, response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The value of an HTTP Basic Authorization header. */
	public static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static Stream<JsonNode> stream(JsonNode array) {
		return array == null || array.isMissingNode() ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
	}

	/** The ids of the entities at {@code pointer} in each element: {@code ids(actors, "/actor/id")}. */
	public static java.util.List<String> ids(JsonNode array, String pointer) {
		return stream(array).map(n -> n.at(pointer).asString()).toList();
	}
}
