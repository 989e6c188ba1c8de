package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.stancegraph.ApiClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.security.StancegraphSecurityProperties;
import org.stancegraph.web.RawHttp.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API against its own description, with nothing listed here: every operation /v3/api-docs has is sent its
 * documented examples (every parameter's, the request body's) and must answer 2xx; every GET is then sent hostile
 * values in each parameter in turn, the other parameters at their examples. Every answer must have a status the
 * operation declares, a Content-Type declared for that status (application/problem+json for an error), and a body
 * that validates against the declared schema (JSON Schema 2020-12, $refs into the description resolved), or for
 * media types that are not JSON (CSV, GraphML, HTML) a body at all. No answer may be a 5xx, though 500 is declared:
 * that is for faults, not for a client's values. The one write is sent its examples with the writer's credentials,
 * which must write nothing (they are claims the seed graph has), then without credentials, as the reader, and with
 * malformed, oversized and unreadable bodies; the graph must hold the same after.
 */
@StancegraphIntegrationTest
class ContractTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The IRI the description is known by to the JSON Schema validator, so that its "#/components/..." resolve. */
	static final String DESCRIPTION_IRI = "https://stancegraph.invalid/v3/api-docs";

	/** Values a client may send: the test encodes them, so the app sees them as they are here. */
	static final List<String> HOSTILE = List.of("'", "\"", "x'}) DETACH DELETE n //", "israel' OR 1=1 //",
			"\"}) MATCH (n) DETACH DELETE n RETURN 1 //", "{id: $id}", "{\"$ne\": null}", "[]", "null", "true", "-1", "0",
			"1e309", "NaN", "99999999999999999999", "\u0000", "israel\u0000", "israel\r\nX-Injected: 1", "\u202Eleasri",
			"isr\u200Bael", "\u0456srael", "israel\uFF07", "\uD83D\uDE00", "T\u00fcrkiye", "../../etc/passwd", "${jndi:ldap://x/a}",
			"<script>alert(1)</script>", "a,b", ",", "=", "a=1,a=2", " ", "", "*", "a".repeat(300), "a".repeat(3_000),
			"a".repeat(10_000));

	/** Written into the request target as they are: malformed or meaningful escapes, and what no URI may hold. */
	static final List<String> RAW = List.of("%00", "%zz", "%", "%E2%82", "%C3%28", "%FF", "%2F", "%5C", "..%2F..%2Fetc",
			"%2e%2e", ";x=1", "\"", "<a>", "{x}", "a|b", "\\");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	/** The test's writer and reader (src/test/resources/application.properties) and the ingest's size limit. */
	@Autowired
	StancegraphSecurityProperties security;

	RawHttp http;

	JsonNode docs;

	SchemaRegistry registry;

	/** Compiled schemas by their place in the description. */
	final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	@BeforeEach
	void description() {
		http = new RawHttp(port);
		Answer answer = http.get("/v3/api-docs", "Accept: application/json");
		assertThat(answer.status()).isEqualTo(200);
		docs = JSON.readTree(answer.text());
		registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(Map.of(DESCRIPTION_IRI, answer.text()))
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
	}

	// the description, read

	/** A parameter: where it goes, how it is written (OpenAPI's style and explode) and its examples. */
	record Parameter(String name, String in, boolean required, String style, boolean explode, List<JsonNode> examples) {
	}

	/** An operation, the pointer to it in the description, and its parameters. */
	record Operation(String method, String path, String pointer, JsonNode node, List<Parameter> parameters) {

		String name() {
			return method.toUpperCase() + " " + path;
		}
	}

	List<Operation> operations(List<String> failures) {
		List<Operation> operations = new ArrayList<>();
		docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			if (!List.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(entry.getKey())) {
				return;
			}
			String pointer = "/paths/" + escape(path.getKey()) + "/" + entry.getKey();
			// the path item's parameters, unless the operation has one of the same name and place
			Map<String, JsonNode> declared = new LinkedHashMap<>();
			for (JsonNode level : List.of(path.getValue().path("parameters"), entry.getValue().path("parameters"))) {
				ApiClient.stream(level).map(this::resolve).forEach(p -> declared.put(p.get("in").asString() + " " + p.get("name").asString(), p));
			}
			List<Parameter> parameters = new ArrayList<>();
			for (JsonNode p : declared.values()) {
				String name = p.get("name").asString();
				String in = p.get("in").asString();
				String style = p.path("style").asString(in.equals("query") ? "form" : "simple");
				boolean explode = p.path("explode").asBoolean(style.equals("form"));
				List<JsonNode> examples = new ArrayList<>();
				if (p.has("example")) {
					examples.add(p.get("example"));
				}
				p.path("examples").properties().forEach(e -> examples.add(resolve(e.getValue()).get("value")));
				String where = entry.getKey().toUpperCase() + " " + path.getKey() + " " + name;
				if (examples.isEmpty()) {
					failures.add(where + ": no example");
				}
				else if (!in.equals("path") && !in.equals("query")) {
					failures.add(where + ": a parameter in " + in + ", which this test does not send");
				}
				else if (!(in.equals("path") && style.equals("simple")) && !(in.equals("query") && style.equals("form"))) {
					failures.add(where + ": style " + style + ", which this test does not write");
				}
				else {
					parameters.add(new Parameter(name, in, p.path("required").asBoolean(false), style, explode, examples));
				}
			}
			operations.add(new Operation(entry.getKey(), path.getKey(), pointer, entry.getValue(), List.copyOf(parameters)));
		}));
		return operations;
	}

	/** A Reference Object replaced by what it refers to (within the description). */
	JsonNode resolve(JsonNode node) {
		return node.has("$ref") ? resolve(docs.at(node.get("$ref").asString().substring(1))) : node;
	}

	static String escape(String pointerToken) {
		return pointerToken.replace("~", "~0").replace("/", "~1");
	}

	/** The media types of the operation's 2xx answers, each asked for in turn; any, when they declare none. */
	List<String> successTypes(Operation op) {
		List<String> types = new ArrayList<>();
		op.node().get("responses").properties().forEach(r -> {
			if (r.getKey().startsWith("2")) {
				resolve(r.getValue()).path("content").propertyNames().forEach(types::add);
			}
		});
		return types.isEmpty() ? List.of("*/*") : types;
	}

	// requests, written as OpenAPI says

	/** RFC 3986's unreserved characters stay, everything else is a %XX of its UTF-8 bytes. */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

	/** A parameter's value in the request: an array joined by commas (simple; form not exploded) or repeated (form exploded). */
	static List<String> written(Parameter parameter, JsonNode example) {
		if (!example.isArray()) {
			return List.of(encode(example.isValueNode() ? example.asString() : example.toString()));
		}
		List<String> items = ApiClient.stream(example).map(item -> encode(item.asString())).toList();
		return parameter.in().equals("query") && parameter.explode() ? items : List.of(String.join(",", items));
	}

	/**
	 * The request target: the examples chosen in {@code values} (by parameter), and {@code raw} as it is for
	 * {@code swept}, if any.
	 */
	static String target(Operation op, Map<Parameter, JsonNode> values, Parameter swept, String raw) {
		String path = op.path();
		List<String> query = new ArrayList<>();
		for (Parameter parameter : op.parameters()) {
			List<String> written = parameter.equals(swept) ? List.of(raw) : written(parameter, values.get(parameter));
			if (parameter.in().equals("path")) {
				path = path.replace("{" + parameter.name() + "}", written.getFirst());
			}
			else {
				written.forEach(value -> query.add(parameter.name() + "=" + value));
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	/** Each parameter at its first example; then each further example of a parameter, the others at their first. */
	static List<Map<Parameter, JsonNode>> exampleSets(Operation op) {
		Map<Parameter, JsonNode> first = new LinkedHashMap<>();
		op.parameters().forEach(p -> first.put(p, p.examples().getFirst()));
		List<Map<Parameter, JsonNode>> sets = new ArrayList<>(List.of(first));
		for (Parameter parameter : op.parameters()) {
			for (JsonNode example : parameter.examples().subList(1, parameter.examples().size())) {
				Map<Parameter, JsonNode> set = new LinkedHashMap<>(first);
				set.put(parameter, example);
				sets.add(set);
			}
		}
		return sets;
	}

	// answers, judged by the description

	/** Null when the answer is one the operation declares, as declared; else what is wrong. */
	String check(Operation op, Answer answer) {
		int status = answer.status();
		JsonNode responses = op.node().get("responses");
		String key = responses.has(String.valueOf(status)) ? String.valueOf(status)
				: responses.has(status / 100 + "XX") ? status / 100 + "XX" : responses.has("default") ? "default" : null;
		if (key == null) {
			return "status " + status + " is not declared (" + String.join(", ", responses.propertyNames()) + ")";
		}
		if (status >= 500) {
			return "a server error";
		}
		String pointer = op.pointer() + "/responses/" + key;
		JsonNode response = responses.get(key);
		while (response.has("$ref")) {
			pointer = response.get("$ref").asString().substring(1);
			response = docs.at(pointer);
		}
		JsonNode content = response.path("content");
		if (content.isEmpty()) {
			return answer.body().length == 0 ? null : "a body where " + status + " declares none";
		}
		String type = answer.header("Content-Type");
		if (type == null) {
			return "no Content-Type";
		}
		MediaType actual = MediaType.parseMediaType(type);
		String declared = content.propertyNames().stream().filter(d -> MediaType.parseMediaType(d).includes(actual))
			.findFirst().orElse(null);
		if (declared == null) {
			return "Content-Type " + type + " is not declared for " + status + " (" + String.join(", ", content.propertyNames()) + ")";
		}
		if (status >= 400 && !actual.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
			return "an error as " + type + ", not application/problem+json";
		}
		if (answer.body().length == 0) {
			return "an empty body";
		}
		if (!actual.getSubtype().equals("json") && !actual.getSubtype().endsWith("+json")) {
			return null;
		}
		if (!content.get(declared).has("schema")) {
			return null;
		}
		String schemaPointer = pointer + "/content/" + escape(declared) + "/schema";
		JsonNode body;
		try {
			body = JSON.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			return "a body that is not JSON: " + ex.getMessage();
		}
		List<Error> errors = schema(schemaPointer, content.get(declared).get("schema")).validate(body);
		return errors.isEmpty() ? null
				: "a body not valid against " + schemaPointer + ": " + errors.stream().limit(5).map(Error::toString)
					.collect(Collectors.joining("; "));
	}

	/**
	 * The schema at that place in the description. Its references ("#/components/schemas/X") are made absolute, to
	 * the description as the registry knows it: given a schema by itself, the validator would look for them in it.
	 */
	Schema schema(String pointer, JsonNode node) {
		return schemas.computeIfAbsent(pointer, p -> {
			Schema schema = registry.getSchema(SchemaLocation.of(DESCRIPTION_IRI + "/checked/" + encode(p)), absolute(node));
			schema.initializeValidators();
			return schema;
		});
	}

	static JsonNode absolute(JsonNode node) {
		JsonNode copy = node.deepCopy();
		copy.findParents("$ref").forEach(parent -> {
			String ref = parent.get("$ref").asString();
			if (ref.startsWith("#")) {
				((ObjectNode) parent).put("$ref", DESCRIPTION_IRI + ref);
			}
		});
		return copy;
	}

	// the test

	@Test
	void everyOperationAnswersItsExamplesAndHostileValuesAsDeclared() throws Exception {
		long start = System.nanoTime();
		List<String> failures = new ArrayList<>();
		List<Operation> operations = operations(failures);
		assertThat(operations).as("operations in the description").hasSizeGreaterThan(15);

		// (a) the examples, asking for each media type of the success answer: 2xx, as declared
		record Request(Operation op, String target, String accept, boolean example) {
		}
		List<Request> requests = new ArrayList<>();
		for (Operation op : operations) {
			if (!op.method().equals("get")) {
				continue;
			}
			for (String accept : successTypes(op)) {
				for (Map<Parameter, JsonNode> set : exampleSets(op)) {
					requests.add(new Request(op, target(op, set, null, null), accept, true));
				}
			}
		}
		int examples = requests.size();
		// (b) hostile values, one parameter at a time, the others at their first example
		for (Operation op : operations) {
			if (!op.method().equals("get")) {
				continue;
			}
			Map<Parameter, JsonNode> first = exampleSets(op).getFirst();
			for (Parameter swept : op.parameters()) {
				List<String> values = new ArrayList<>(HOSTILE.stream().map(ContractTest::encode).toList());
				values.addAll(RAW);
				for (String value : values) {
					for (String accept : successTypes(op)) {
						requests.add(new Request(op, target(op, first, swept, value), accept, false));
					}
				}
			}
		}
		Map<String, Integer> statuses = new ConcurrentSkipListMap<>();
		failures.addAll(InjectionSweepTest.inParallel(requests, request -> {
			Answer answer;
			try {
				answer = http.get(request.target(), "Accept: " + request.accept());
			}
			catch (RuntimeException ex) {
				return request.op().name() + ": no answer to GET " + RawHttp.abbreviate(request.target()) + ": " + ex.getMessage();
			}
			statuses.merge(request.op().name() + " " + answer.status(), 1, Integer::sum);
			String problem = check(request.op(), answer);
			if (problem == null && request.example() && answer.status() / 100 != 2) {
				problem = "the examples are answered " + answer.status() + ", not 2xx";
			}
			return problem == null ? null
					: request.op().name() + ": " + problem + ": GET " + RawHttp.abbreviate(request.target()) + " (Accept "
							+ request.accept() + ") -> " + answer.status() + " " + answer.header("Content-Type") + " "
							+ RawHttp.abbreviate(answer.text());
		}));

		// the operations that are not GETs: their example bodies, and what a client may get wrong
		List<String> graphBefore = GraphFingerprint.content(neo4j);
		int writes = 0;
		for (Operation op : operations) {
			if (!op.method().equals("get")) {
				writes += sendBodies(op, failures, statuses);
			}
		}
		List<String> graphAfter = GraphFingerprint.content(neo4j);

		System.out.printf("Contract test: %d operations, %d requests (%d with the examples, %d with hostile values, %d "
				+ "to the writes), %d failures, %d s; statuses %s%n", operations.size(), requests.size() + writes, examples,
				requests.size() - examples, writes, failures.size(), (System.nanoTime() - start) / 1_000_000_000, statuses);
		assertThat(failures).as("%d failures:%n%s", failures.size(), String.join("\n", failures)).isEmpty();
		assertThat(graphAfter).as("the graph after the writes' examples and bad bodies").isEqualTo(graphBefore);
		assertThat(writes).as("requests to the writes").isPositive();
	}

	/**
	 * A write's documented example bodies with the writer's credentials (they must change nothing: see the graph
	 * comparison), without credentials and as the reader; then bodies it must refuse. Returns the requests sent.
	 */
	int sendBodies(Operation op, List<String> failures, Map<String, Integer> statuses) {
		String target = target(op, exampleSets(op).getFirst(), null, null);
		String accept = "Accept: " + successTypes(op).getFirst();
		String asWriter = ErrorsAreProblemsTest.basic(security.writer().username(), security.writer().password());
		String asReader = ErrorsAreProblemsTest.basic(security.reader().username(), security.reader().password());
		JsonNode content = resolve(op.node().path("requestBody")).path("content");
		AtomicInteger sent = new AtomicInteger();
		BiConsumer<String, Answer> judge = (what, answer) -> {
			sent.incrementAndGet();
			statuses.merge(op.name() + " " + answer.status(), 1, Integer::sum);
			String problem = check(op, answer);
			if (problem != null) {
				failures.add(op.name() + ": " + problem + ": " + what + " -> " + answer.status() + " "
						+ answer.header("Content-Type") + " " + RawHttp.abbreviate(answer.text()));
			}
		};
		if (content.isEmpty()) {
			failures.add(op.name() + ": no request body declared, so nothing to send");
			return 0;
		}
		content.properties().forEach(media -> {
			String type = "Content-Type: " + media.getKey();
			List<JsonNode> bodies = new ArrayList<>();
			media.getValue().path("examples").properties().forEach(e -> bodies.add(resolve(e.getValue()).get("value")));
			if (media.getValue().has("example")) {
				bodies.add(media.getValue().get("example"));
			}
			if (bodies.isEmpty()) {
				failures.add(op.name() + " " + media.getKey() + ": no example body");
			}
			for (JsonNode example : bodies) {
				byte[] body = (example.isString() ? example.asString() : example.toString()).getBytes(StandardCharsets.UTF_8);
				Answer answer = http.send(op.method().toUpperCase(), target, body, type, accept, asWriter);
				judge.accept("the example as " + media.getKey(), answer);
				if (answer.status() / 100 != 2) {
					failures.add(op.name() + ": the example as " + media.getKey() + " is answered " + answer.status() + ", not 2xx");
				}
				judge.accept("the example without credentials", http.send(op.method().toUpperCase(), target, body, type, accept));
				judge.accept("the example as the reader", http.send(op.method().toUpperCase(), target, body, type, accept, asReader));
			}
			List<byte[]> malformed = new ArrayList<>(HOSTILE.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList());
			malformed.add(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });
			malformed.add("a".repeat((int) security.maxIngestSize().toBytes() + 1).getBytes(StandardCharsets.US_ASCII));
			for (byte[] body : malformed) {
				judge.accept("a body of " + body.length + " bytes: " + RawHttp.abbreviate(new String(body, StandardCharsets.UTF_8)),
						http.send(op.method().toUpperCase(), target, body, type, accept, asWriter));
			}
		});
		// a Content-Type it does not declare
		judge.accept("a PNG", http.send(op.method().toUpperCase(), target, new byte[] { (byte) 0x89, 'P', 'N', 'G' },
				"Content-Type: image/png", accept, asWriter));
		return sent.get();
	}

	/** The checks can fail: answers the description does not allow, each found. */
	@Test
	void theCheckFindsAnswersTheDescriptionDoesNotAllow() {
		List<String> failures = new ArrayList<>();
		Operation search = operations(failures).stream().filter(op -> op.name().equals("GET /api/entities")).findFirst()
			.orElseThrow();
		Map<String, String> json = Map.of("content-type", "application/json");
		Map<String, String> problem = Map.of("content-type", "application/problem+json");
		assertThat(check(search, new Answer(200, json, "{\"items\": []}".getBytes(StandardCharsets.UTF_8)))).isNull();
		assertThat(check(search, new Answer(418, problem, "{}".getBytes(StandardCharsets.UTF_8)))).contains("not declared");
		assertThat(check(search, new Answer(200, Map.of("content-type", "text/plain"), "x".getBytes(StandardCharsets.UTF_8))))
			.contains("not declared");
		assertThat(check(search, new Answer(200, json, "{\"items\": 5}".getBytes(StandardCharsets.UTF_8)))).contains("not valid");
		assertThat(check(search, new Answer(200, json, "{\"page\": {\"total\": \"many\"}}".getBytes(StandardCharsets.UTF_8))))
			.contains("not valid");
		assertThat(check(search, new Answer(400, json, "{\"status\": 400, \"title\": \"t\"}".getBytes(StandardCharsets.UTF_8))))
			.contains("not declared");
		assertThat(check(search, new Answer(400, problem, "{\"title\": \"no status\"}".getBytes(StandardCharsets.UTF_8))))
			.contains("not valid");
		assertThat(check(search, new Answer(400, problem, "{\"status\": 400, \"title\": \"t\", \"instance\": \"a b\"}"
			.getBytes(StandardCharsets.UTF_8)))).as("instance must be a URI reference").contains("not valid");
		assertThat(check(search, new Answer(500, problem, "{\"status\": 500, \"title\": \"t\"}".getBytes(StandardCharsets.UTF_8))))
			.contains("server error");
	}
}
