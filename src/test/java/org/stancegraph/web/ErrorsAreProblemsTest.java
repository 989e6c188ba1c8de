package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.web.InjectionSweepTest.Operation;
import org.stancegraph.web.InjectionSweepTest.Parameter;
import org.stancegraph.web.RawHttp.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error is application/problem+json with status, title and an instance that is a URI reference, as the
 * OpenAPI description declares: those Tomcat answers before the app runs (a bad request line, a header over the
 * limit, %00 or %5C in a path), those of the firewall (a%2Fb, //), of Spring MVC (404, 405, 406, 415), of the
 * security chain (401, 403) and of the app (413 over the ingest limit, sent whole, without a reset). Requests go
 * out over a plain socket, byte for byte as written here. Then every GET of the description with hostile raw values
 * in each parameter: every error answer a problem.
 */
@StancegraphIntegrationTest
class ErrorsAreProblemsTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** RFC 3986's characters; '%' only in an escape. Possessive: a long instance must not overflow the stack. */
	static final Pattern URI_CHARACTERS = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})*+");

	@LocalServerPort
	int port;

	@Value("${stancegraph.security.writer.username}")
	String writer;

	@Value("${stancegraph.security.writer.password}")
	String writerPassword;

	@Value("${stancegraph.security.reader.username}")
	String reader;

	@Value("${stancegraph.security.reader.password}")
	String readerPassword;

	@Value("${stancegraph.security.max-ingest-size}")
	DataSize maxIngestSize;

	RawHttp http;

	@BeforeEach
	void client() {
		http = new RawHttp(port);
	}

	static String basic(String user, String password) {
		return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The answer is a problem of this status; its body, for more checks. */
	static JsonNode assertProblem(Answer answer, int status, String request) {
		String what = request + " -> " + answer.status() + " " + answer.header("Content-Type") + " "
				+ RawHttp.abbreviate(answer.text());
		assertThat(answer.status()).as(what).isEqualTo(status);
		String problem = problem(answer);
		assertThat(problem).as(what).isNull();
		return JSON.readTree(answer.text());
	}

	/** Null when the answer is a well-formed problem of its own status; else what is wrong with it. */
	static String problem(Answer answer) {
		String type = answer.header("Content-Type");
		if (type == null || !MediaType.parseMediaType(type).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
			return "Content-Type " + type;
		}
		JsonNode body;
		try {
			body = JSON.readTree(answer.text());
		}
		catch (RuntimeException ex) {
			return "not JSON: " + ex.getMessage();
		}
		if (!body.isObject()) {
			return "not a JSON object";
		}
		if (!body.path("status").isInt() || body.get("status").asInt() != answer.status()) {
			return "status " + body.get("status") + " in the body";
		}
		if (!body.path("title").isString() || body.get("title").asString().isBlank()) {
			return "no title";
		}
		if (body.has("detail") && !body.get("detail").isString()) {
			return "a detail that is not a string";
		}
		for (String member : List.of("instance", "type")) {
			if (body.has(member) && !uriReference(body.get(member))) {
				return member + " " + body.get(member) + " is not a URI reference";
			}
		}
		return null;
	}

	/**
	 * A string of RFC 3986's characters that java.net.URI parses, and not a path passing for a host (a reference
	 * without scheme starting with "//" names a host).
	 */
	static boolean uriReference(JsonNode value) {
		if (!value.isString() || !URI_CHARACTERS.matcher(value.asString()).matches()) {
			return false;
		}
		try {
			URI uri = new URI(value.asString());
			return uri.getScheme() != null || !value.asString().startsWith("//");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	JsonNode get(String target, int status, String... headers) {
		return assertProblem(http.get(target, headers), status, "GET " + RawHttp.abbreviate(target));
	}

	// answered by Tomcat before the app: the host's error report valve

	@Test
	void encodedBackslashAndNulInAPathAre400() {
		for (String target : List.of("/api/entities/%5C", "/api/entities/%00", "/api/entities/a%5Cb", "/api/nope/%00")) {
			JsonNode problem = get(target, 400);
			assertThat(problem.get("instance").asString()).isEqualTo(target);
		}
	}

	@Test
	void malformedPercentEncodingIs400() {
		// in the path Tomcat refuses it; in the query the app does, when it reads the parameter
		for (String target : List.of("/api/entities/%zz", "/api/entities/%", "/api/entities/a%2", "/api/entities/%E2%82",
				"/api/entities?q=%zz", "/api/entities?q=%", "/api/entities?q=%C3", "/api/entities?q=a%FFb")) {
			get(target, 400);
		}
		// the instance of a path that is not a URI reference is made one
		assertThat(get("/api/entities/%zz", 400).get("instance").asString()).isEqualTo("/api/entities/%25zz");
	}

	@Test
	void charactersAUriMayNotHoldAre400() {
		for (String target : List.of("/api/entities/a\"b", "/api/entities/<script>", "/api/entities/{id}",
				"/api/entities/a|b", "/api/entities/a[0]", "/api/entities/a\\b", "/api/entities/a^b", "/api/entities/a`b",
				"/api/entities/t\u00fcrkiye", "/api/entities?q=\u00e9", "/api/entities/a#b")) {
			get(target, 400);
		}
		// Tomcat's message quotes the request: a JSON string, however hostile, and nothing else in the body changes
		JsonNode problem = get("/api/entities/\"},\"status\":200,\"title\":\"ok\",\"x\":{\"", 400);
		assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
	}

	@Test
	void aRequestLineOverTheLimitIs400() {
		get("/api/entities/" + "a".repeat(10_000), 400);
		get("/api/entities?q=" + "a".repeat(10_000), 400);
	}

	@Test
	void aHeaderOverTheLimitIs400() {
		JsonNode problem = get("/api/entities", 400, "X-Padding: " + "b".repeat(20_000));
		assertThat(problem.get("detail").asString()).contains("too large");
		get("/api/entities", 400, Arrays.stream(new String[200]).map(h -> "X-Many: " + "c".repeat(100)).toArray(String[]::new));
	}

	@Test
	void aMalformedRequestLineIs400() {
		for (String target : List.of("/api/entities HTTP/1.1 extra", "/api/entities\u0000")) {
			get(target, 400);
		}
	}

	// answered by the firewall, on the error page

	@Test
	void anEncodedSlashIs400() {
		JsonNode problem = get("/api/entities/a%2Fb", 400);
		assertThat(problem.get("instance").asString()).isEqualTo("/api/entities/a%2Fb");
		assertThat(problem.get("detail").asString()).contains("%2F");
	}

	@Test
	void anEmptySegmentOrADotSegmentIs400() {
		get("/api/votes//divergences", 400);
		get("/api/entities/a/../israel", 400);
		get("/api/entities/%2e%2e/x", 400);
		get("/api/entities/israel;x=1", 400);
		// a path starting with "//" would read as a host: the instance keeps it a path
		assertThat(get("//api/entities", 400).get("instance").asString()).isEqualTo("/.//api/entities");
	}

	// answered by Spring MVC

	@Test
	void unknownPathsAre404() {
		get("/api/nope", 404);
		get("/api/nope", 404, "Accept: text/html");
		get("/nope", 404, "Accept: image/png");
		get("/api/entities/zz-test-no-such-entity", 404);
		// the error page itself, asked for directly, is not there either
		get("/error", 404);
	}

	@Test
	void aWrongMethodIs405() {
		assertProblem(http.send("PUT", "/api/entities", new byte[0], basic(writer, writerPassword)), 405, "PUT /api/entities");
		assertProblem(http.send("DELETE", "/api/claims", null, basic(writer, writerPassword)), 405, "DELETE /api/claims");
		assertProblem(http.send("POST", "/api/entities", new byte[0], basic(writer, writerPassword),
				"Content-Type: application/json"), 405, "POST /api/entities");
	}

	@Test
	void anAcceptTheEndpointCannotGiveIs406() {
		get("/api/entities", 406, "Accept: image/png");
		get("/api/matrix?actors=israel&targets=isf", 406, "Accept: application/pdf");
	}

	@Test
	void aContentTypeTheIngestCannotReadIs415() {
		assertProblem(http.send("POST", "/api/claims", "<claims/>".getBytes(StandardCharsets.UTF_8),
				basic(writer, writerPassword), "Content-Type: application/xml"), 415, "POST /api/claims as XML");
		assertProblem(http.send("POST", "/api/claims", new byte[] { 1, 2 }, basic(writer, writerPassword),
				"Content-Type: image/png"), 415, "POST /api/claims as PNG");
	}

	// the ingest's limit: the whole body is sent, and the answer arrives instead of a reset

	@Test
	void aBodyOfFiveMegabytesIs413NotAReset() {
		byte[] body = "a".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
		assertThat((long) body.length).isGreaterThan(maxIngestSize.toBytes() + DataSize.ofMegabytes(2).toBytes());
		String yaml = "Content-Type: application/yaml";
		JsonNode problem = assertProblem(http.send("POST", "/api/claims", body, basic(writer, writerPassword), yaml), 413,
				"POST 5 MB with Content-Length");
		assertThat(problem.get("detail").asString()).contains(String.valueOf(maxIngestSize.toBytes()));
		assertProblem(http.send("POST", "/api/claims", body, basic(writer, writerPassword), yaml, "Transfer-Encoding: chunked"),
				413, "POST 5 MB chunked");
		// unauthenticated it is not read at all: 401, equally without a reset
		assertProblem(http.send("POST", "/api/claims", body, yaml), 401, "POST 5 MB without credentials");
		assertProblem(http.send("POST", "/api/claims", body, yaml, "Transfer-Encoding: chunked"), 401,
				"POST 5 MB chunked without credentials");
		// as java.net.http sends it
		var answer = new ApiClient(port).post("/api/claims", "application/yaml", body, "Authorization",
				ApiClient.basic(writer, writerPassword));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void aBodyOfFortyMegabytesIs413NotAReset() {
		// on loopback the socket buffers take what Tomcat leaves unread of 5 MB, so only a larger body shows a reset
		// here the way a slower network shows it for 5 MB
		byte[] body = "a".repeat(40 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
		assertProblem(http.send("POST", "/api/claims", body, basic(writer, writerPassword), "Content-Type: application/yaml"),
				413, "POST 40 MB");
	}

	@Test
	void aClientThatAsksFirstHearsTheRefusalBeforeSending() {
		// Expect: 100-continue: no "100 Continue" for a body the app refuses unread, so nothing is sent in vain
		String[] head = { "Content-Type: application/yaml", "Content-Length: " + 5 * 1024 * 1024, "Expect: 100-continue" };
		String[] withWriter = Arrays.copyOf(head, head.length + 1);
		withWriter[head.length] = basic(writer, writerPassword);
		assertProblem(http.sendHeadOnly("POST", "/api/claims", withWriter), 413, "POST expecting 100");
		assertProblem(http.sendHeadOnly("POST", "/api/claims", head), 401, "POST expecting 100, without credentials");
	}

	// the security chain's own problems stay as they were

	@Test
	void missingCredentialsAre401AndAReaderWritingIs403() {
		byte[] body = "source: x\nclaims: []\n".getBytes(StandardCharsets.UTF_8);
		JsonNode problem = assertProblem(http.send("POST", "/api/claims", body, "Content-Type: application/yaml"), 401,
				"POST without credentials");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/claims");
		assertProblem(http.send("POST", "/api/claims", body, "Content-Type: application/yaml",
				basic(writer, "wrong")), 401, "POST with a wrong password");
		assertProblem(http.send("POST", "/api/claims", body, "Content-Type: application/yaml",
				basic(reader, readerPassword)), 403, "POST as the reader");
	}

	// the description says what is sent

	@Test
	void theDescriptionDeclaresTheProblemAsSent() {
		JsonNode problem = JSON.readTree(http.get("/v3/api-docs").text()).at("/components/schemas/ProblemDetail");
		assertThat(problem.at("/properties/instance/format").asString()).isEqualTo("uri-reference");
		assertThat(problem.at("/properties/type/format").asString()).isEqualTo("uri-reference");
		assertThat(problem.at("/properties/status/type").asString()).isEqualTo("integer");
		// extension members are members of the problem itself (the 422's "problems"), not of a "properties" member
		assertThat(problem.get("properties").has("properties")).isFalse();
		assertThat(problem.get("additionalProperties").asBoolean()).isTrue();
	}

	// fuzz: every GET of the description, hostile raw values in each parameter

	/** Written into the request line as they are: some are escapes on purpose, some are what no URI may hold. */
	static final List<String> RAW_HOSTILE = List.of("'", "\"", "x'})%20DETACH%20DELETE%20n%20//", "israel%27%20OR%201%3D1",
			"%22%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n%20//", "%00", "israel%00", "%2F", "..%2F..%2Fetc%2Fpasswd", "%5C", "\\",
			"%zz", "%", "%E2%82", "%C3%28", "%E2%80%AEleasri", "isr%E2%80%8Bael", "\u0456srael", "%EF%BC%87", "{id:$id}",
			"${jndi:ldap://x/a}", "<script>alert(1)</script>", "%0D%0AX-Injected:%201", "a b", ";x=1", "#", "",
			"a".repeat(300), "a".repeat(3_000), "a".repeat(10_000));

	@Test
	void everyGetWithHostileRawValuesAnswersItsErrorsAsProblems() throws Exception {
		List<String> failures = new ArrayList<>();
		List<Operation> operations = InjectionSweepTest.operations(JSON.readTree(http.get("/v3/api-docs").text()), failures);
		assertThat(failures).isEmpty();
		assertThat(operations).hasSizeGreaterThan(10);
		List<String> targets = new ArrayList<>();
		for (Operation op : operations) {
			for (Parameter swept : op.parameters()) {
				for (String value : RAW_HOSTILE) {
					targets.add(target(op, swept, value));
				}
			}
		}
		AtomicInteger errors = new AtomicInteger();
		Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
		failures.addAll(InjectionSweepTest.inParallel(targets, target -> {
			Answer answer;
			try {
				answer = http.get(target, "Accept: application/json");
			}
			catch (RuntimeException ex) {
				return "no answer: GET " + RawHttp.abbreviate(target) + ": " + ex.getMessage();
			}
			statuses.merge(answer.status(), 1, Integer::sum);
			if (answer.status() < 400) {
				return null;
			}
			errors.incrementAndGet();
			String problem = answer.status() >= 500 ? "a server error" : problem(answer);
			return problem == null ? null : problem + ": GET " + RawHttp.abbreviate(target) + " -> " + answer.status()
					+ " " + answer.header("Content-Type") + " " + RawHttp.abbreviate(answer.text());
		}));
		System.out.printf("Errors-as-problems fuzz: %d operations, %d requests, %d error answers, %d not problems or 5xx; "
				+ "statuses %s%n", operations.size(), targets.size(), errors.get(), failures.size(), statuses);
		assertThat(failures).as("%d of %d requests:%n%s", failures.size(), targets.size(), String.join("\n", failures))
			.isEmpty();
		assertThat(errors.get()).as("error answers").isGreaterThan(targets.size() / 2);
	}

	/** The operation's path and query: {@code raw} as it is for {@code swept}, the valid value encoded for the others. */
	static String target(Operation op, Parameter swept, String raw) {
		String path = op.path();
		List<String> query = new ArrayList<>();
		for (Parameter parameter : op.parameters()) {
			String value = parameter.equals(swept) ? raw : ApiClient.encode(parameter.value()).replace("+", "%20");
			if (parameter.in().equals("path")) {
				path = path.replace("{" + parameter.name() + "}", value);
			}
			else {
				query.add(parameter.name() + "=" + value);
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}
}
