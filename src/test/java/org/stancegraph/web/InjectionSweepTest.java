package org.stancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.encode;
import static org.stancegraph.ApiClient.stream;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.unit.DataSize;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6: every path variable and query parameter of every GET under /api, as the app's own OpenAPI description
 * lists them (so a new endpoint is swept without a word here), fed Cypher, JSON, Lucene and other hostile strings
 * and oversized values, one parameter at a time with valid seed-graph values for the others; and claim files
 * carrying the same strings posted to /api/claims. No answer is a 5xx; each is a 4xx or an empty result; the graph
 * holds the same after as before. All offending requests are reported together.
 */
@StancegraphIntegrationTest
class InjectionSweepTest {

	/** At most this many characters of a path or body in a failure message. */
	static final int SHOWN = 200;

	static final List<String> HOSTILE = List.of(
			// Cypher: close a string literal or a map, then run a clause of one's own
			"x'}) DETACH DELETE n //",
			"israel' OR 1=1 //",
			"\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
			"israel`}) DETACH DELETE n //",
			"`id`",
			"$param",
			"{id: $id}",
			"CALL dbms.components()",
			"; CREATE (:Pwned)",
			"israel\u0000",
			"israel\nMATCH (n) DETACH DELETE n",
			"israel\r\nX-Injected: 1",
			// unicode: right-to-left override, zero-width space, a Cyrillic i, a fullwidth apostrophe
			"\u202Eleasri",
			"isr\u200Bael",
			"\u0456srael",
			"israel\uFF07 OR 1=1 //",
			// paths and encodings: once decoded by the test's own encoding, these are what the app sees
			"%",
			"israel%27%20OR%201%3D1",
			"..%2F..%2Fetc%2Fpasswd",
			"../../etc/passwd",
			// JSON and NoSQL operators, JSON literals, numbers that break parsers
			"{\"$ne\":null}",
			"{\"id\":{\"$gt\":\"\"}}",
			"[]",
			"null",
			"true",
			"-1",
			"1e309",
			"NaN",
			"99999999999999999999",
			// Lucene, which the entity search runs on
			"*",
			"?",
			"~",
			"id:*",
			"a AND b",
			"\\",
			// as many prefix terms as q's 200 characters hold
			"a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 ".repeat(2).strip(),
			// other interpreters: log4shell, HTML
			"${jndi:ldap://x/a}",
			"<script>alert(1)</script>",
			// oversized: letters an id may hold, so that only a length limit stands in the way; the app's own limits
			// answer the first, Tomcat's limit on the request line (8 KiB) the others
			"a".repeat(1_000),
			"a".repeat(10_000),
			"a".repeat(100_000));

	/** Valid values for parameters the description has no example for (today it has one for each: OpenApiTest). */
	static final Map<String, String> FALLBACK = Map.ofEntries(Map.entry("id", "israel"),
			Map.entry("instrumentId", "resolution-2803"), Map.entry("actor", "israel"), Map.entry("target", "isf"),
			Map.entry("backing", "resolution-2803"), Map.entry("opposing", "turkish-participation-in-isf"),
			Map.entry("from", "hamas"), Map.entry("to", "israel"), Map.entry("actors", "israel"),
			Map.entry("targets", "turkish-participation-in-isf"), Map.entry("offset", "0"), Map.entry("limit", "25"),
			Map.entry("maxHops", "2"), Map.entry("asOf", "2025-11-10"), Map.entry("relation", "OPPOSES"),
			Map.entry("q", "turkey"), Map.entry("kind", "State"), Map.entry("format", "json"));

	/** The lists an answer's result is made of; a 2xx JSON object is empty when all of these it has are empty. */
	static final List<String> RESULTS = List.of("items", "actors", "stances", "claims", "by", "counts", "divergences",
			"cells");

	static final String SOURCE = "algemeiner-2025-11-04-us-proposes-international-gaza-force";

	static final Pattern ID = Pattern.compile(Ids.PATTERN);

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Requests at once: the sweep is some two thousand of them, and the app answers several at a time. */
	static final int THREADS = 4;

	static final String[] WRITER = { "Authorization", ApiClient.basic("zz-test-writer", "zz-test-writer-password") };

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Value("${stancegraph.security.max-ingest-size}")
	DataSize maxIngestSize;

	/** Tomcat's limit on the request line and headers (Spring Boot's default unless configured). */
	@Value("${server.max-http-request-header-size:8KB}")
	DataSize maxHeaderSize;

	ApiClient api;

	/** Requests sent, for the figures printed. */
	final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	/** A path or query parameter, a valid value for it, and whether it is a (comma-separated) list. */
	record Parameter(String name, String in, boolean required, boolean list, String value) {
	}

	/** A GET and the media types its 200 answer comes in. */
	record Operation(String path, List<Parameter> parameters, List<String> mediaTypes) {

		String key(Parameter parameter) {
			return path + " " + parameter.name();
		}
	}

	/**
	 * One request: {@code value} for {@code parameter} (none: valid values only) and valid values for the other
	 * parameters, all of them or only the required ones, asking for {@code mediaType}.
	 */
	record Probe(Operation op, Parameter parameter, String value, boolean all, String mediaType) {

		String request() {
			return InjectionSweepTest.request(op, parameter, value, all);
		}

		Probe with(String other) {
			return new Probe(op, parameter, other, all, mediaType);
		}
	}

	/** What an answer was ("400", "200 empty", ...), and what is wrong with it: null when nothing. */
	record Verdict(String outcome, String problem) {

		static Verdict ok(String outcome) {
			return new Verdict(outcome, null);
		}
	}

	@Test
	void everyGetParameterFedHostileValuesAnswers4xxOrNothingAndChangesNothing() throws Exception {
		long start = System.nanoTime();
		Map<String, Long> before = GraphFingerprint.counts(neo4j);
		Set<String> labelsBefore = labels();
		assertThat(labelsBefore).doesNotContain("Pwned");
		List<String> failures = new ArrayList<>();
		List<Operation> operations = operations(api.get("/v3/api-docs").body(), failures);

		List<String> swept = operations.stream().flatMap(op -> op.parameters().stream().map(op::key)).toList();
		// the discovery must find the API, not silently nothing
		assertThat(swept).contains("/api/targets/{id}/positions id", "/api/targets/{id}/positions offset",
				"/api/targets/{id}/positions limit", "/api/queries/backers-opposing backing",
				"/api/queries/backers-opposing opposing", "/api/paths from", "/api/paths to", "/api/paths maxHops",
				"/api/matrix actors", "/api/matrix targets", "/api/evidence actor", "/api/evidence relation",
				"/api/evidence target", "/api/entities q", "/api/entities kind", "/api/entities/{id} id",
				"/api/votes/{instrumentId} instrumentId", "/api/export format");

		// the check of a search answer can fail: every entity is no answer to "id:*"
		assertThat(searchExplainedByWords("id:*", api.get("/api/entities").body())).isNotNull();
		for (Operation op : operations) {
			String problem = validValues(op);
			if (problem != null) {
				failures.add(problem);
			}
		}
		// every parameter of every operation, every hostile value, every media type the operation answers in (the
		// CSV matrix is a handler of its own; the export's Accept changes how its errors are written), with valid
		// values for all the other parameters and again for the required ones only (an optional one changes the
		// query: q without kind searches every entity, positions without asOf reads the derived edges)
		Map<String, Probe> probes = new LinkedHashMap<>();
		for (Operation op : operations) {
			for (Parameter parameter : op.parameters()) {
				for (String value : HOSTILE) {
					for (String mediaType : op.mediaTypes()) {
						for (boolean all : List.of(true, false)) {
							Probe probe = new Probe(op, parameter, value, all, mediaType);
							probes.putIfAbsent(mediaType + " " + probe.request(), probe);
						}
					}
				}
			}
		}
		Map<String, Integer> outcomes = new ConcurrentSkipListMap<>();
		failures.addAll(inParallel(List.copyOf(probes.values()), probe -> {
			Answer answer = send(probe);
			Verdict verdict = judge(probe, answer);
			outcomes.merge(verdict.outcome(), 1, Integer::sum);
			return verdict.problem() == null ? null
					: verdict.problem() + ": " + probe.mediaType() + " " + describe(probe.request(), answer);
		}));

		Map<String, Long> after = GraphFingerprint.counts(neo4j);
		System.out.printf("Injection sweep: %d operations, %d parameters, %d hostile values, %d requests, %d s; %s%n",
				operations.size(), swept.size(), HOSTILE.size(), requests.get(), (System.nanoTime() - start) / 1_000_000_000,
				outcomes);
		assertThat(failures).as("%d of %d requests failed:%n%s", failures.size(), requests.get(), String.join("\n", failures))
			.isEmpty();
		assertThat(after).as("the graph's counts per label and type").isEqualTo(before);
		assertThat(labels()).as("no new label").isSubsetOf(labelsBefore).doesNotContain("Pwned");
	}

	/**
	 * Null when the operation answers its valid values with 200 and (as JSON) something non-empty: the sweep's
	 * requests get as far as the handler, and "empty" can tell. With every parameter or, failing that, the required
	 * ones: an example asOf may predate what answers (backers-opposing as of 2025-11-10 has no backers yet).
	 */
	String validValues(Operation op) {
		Probe all = new Probe(op, null, null, true, op.mediaTypes().getFirst());
		Answer answer = send(all);
		if (answer.status() != 200) {
			return "valid values: " + describe(all.request(), answer);
		}
		if (answer.body() == null || !empty(answer.body())) {
			return null;
		}
		Probe required = new Probe(op, null, null, false, all.mediaType());
		Answer some = send(required);
		return some.status() == 200 && some.body() != null && !empty(some.body()) ? null
				: "valid values answer nothing: " + describe(all.request(), answer) + "; " + describe(required.request(), some);
	}

	/** No 5xx, and a 4xx or an empty result; the exceptions each say why. */
	Verdict judge(Probe probe, Answer answer) {
		int status = answer.status();
		if (status == -1) {
			// Tomcat refuses a request line over its header limit with 400 before the app sees it, and so far the
			// client has always read that 400; should it ever find the connection closed first, that is the same
			// refusal. Any other request that gets no answer is a failure.
			return probe.request().length() > maxHeaderSize.toBytes() ? Verdict.ok("no answer: request line over Tomcat's limit")
					: new Verdict("no answer", "no answer (" + answer.text() + ")");
		}
		if (status >= 400 && status < 500) {
			return Verdict.ok(String.valueOf(status));
		}
		if (status != 200) {
			return new Verdict(String.valueOf(status), "status " + status);
		}
		if (probe.parameter().list()) {
			// A list parameter is comma-separated and Spring trims each element with String.trim, which drops every
			// character up to U+0020 at either end, NUL and line breaks included: "israel\0" is "israel". What
			// reaches the query is the trimmed id, so the answer must be exactly the one for it.
			String trimmed = Arrays.stream(probe.value().split(",", -1)).map(String::trim).collect(Collectors.joining(","));
			if (!trimmed.equals(probe.value())) {
				Answer plain = send(probe.with(trimmed));
				return plain.status() == status && plain.text().equals(answer.text()) ? Verdict.ok("200 as for the trimmed list")
						: new Verdict("200", "not the answer for the trimmed " + abbreviate(trimmed) + " ("
								+ describe(probe.with(trimmed).request(), plain) + ")");
			}
		}
		if (probe.parameter().name().equals("q") && probe.op().path().equals("/api/entities")) {
			String problem = searchExplainedByWords(probe.value(), answer.body());
			return new Verdict(answer.body() != null && empty(answer.body()) ? "200 empty"
					: "200 entities with the words of '" + abbreviate(probe.value()) + "'", problem);
		}
		if (probe.mediaType().equals("text/csv") && probe.op().path().equals("/api/matrix")) {
			// the CSV matrix: one row per cell, so no cells is the header alone
			return answer.text().strip().lines().count() <= 1 ? Verdict.ok("200 empty") : new Verdict("200", "a non-empty CSV matrix");
		}
		return answer.body() != null && empty(answer.body()) ? Verdict.ok("200 empty") : new Verdict("200", "a non-empty 200");
	}

	/** Empty: [], or an object whose result lists (and page total) are all empty; another shape is not. */
	static boolean empty(JsonNode body) {
		if (body.isArray()) {
			return body.isEmpty();
		}
		if (body.has("page") && body.at("/page/total").asLong(-1) != 0) {
			return false;
		}
		List<String> results = RESULTS.stream().filter(body::has).toList();
		return !results.isEmpty() && results.stream().allMatch(field -> body.get(field).isEmpty());
	}

	/**
	 * The entity search takes words, not Lucene syntax: only runs of letters and digits count, each a word prefix
	 * (EntityService.fullTextTerms). A hostile q may still hold words ("a AND b": a, and, b; "id:*": id), and the
	 * entities whose name, id or alias has a word starting with each of them are a legitimate answer. Checked here
	 * against the graph, not the index: any entity the syntax let in (all of them, for "*") fails.
	 */
	String searchExplainedByWords(String q, JsonNode body) {
		if (body == null || !body.path("items").isArray()) {
			return "not a page of entities";
		}
		List<String> words = words(q);
		List<String> ids = ApiClient.ids(body.get("items"), "/id");
		if (ids.isEmpty()) {
			return null;
		}
		if (words.isEmpty()) {
			return "entities for no words: " + ids;
		}
		Map<String, String> texts = new LinkedHashMap<>();
		neo4j.query("MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.id + ' ' + e.name + ' ' + coalesce(e.searchText, '') AS text")
			.bind(ids).to("ids").fetch().all().forEach(row -> texts.put((String) row.get("id"), (String) row.get("text")));
		List<String> unexplained = ids.stream().filter(id -> {
			List<String> tokens = words(texts.getOrDefault(id, ""));
			return !words.stream().allMatch(word -> tokens.stream().anyMatch(token -> token.startsWith(word)));
		}).toList();
		return unexplained.isEmpty() ? null : "entities matching not every word of " + words + ": " + unexplained;
	}

	static List<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
	}

	/**
	 * Every GET under /api with its path and query parameters, each with a valid value: its example, else a
	 * fallback by name. A parameter with neither, or in a header or cookie, is a failure, not a silent skip.
	 */
	static List<Operation> operations(JsonNode docs, List<String> failures) {
		List<Operation> operations = new ArrayList<>();
		docs.get("paths").properties().forEach(entry -> {
			JsonNode get = entry.getValue().get("get");
			if (!entry.getKey().startsWith("/api/") || get == null) {
				return;
			}
			List<Parameter> parameters = new ArrayList<>();
			stream(get.get("parameters")).forEach(p -> {
				if (p.has("$ref")) {
					p = docs.at(p.get("$ref").asString().substring(1));
				}
				String name = p.get("name").asString();
				String in = p.get("in").asString();
				JsonNode example = p.has("example") ? p.get("example") : p.at("/schema/example");
				// a list's example is an array, sent comma-joined (the form style, not exploded, that it declares)
				String value = example.isMissingNode() || example.isNull() ? FALLBACK.get(name)
						: example.isArray() ? stream(example).map(JsonNode::asString).collect(Collectors.joining(","))
						: example.isValueNode() ? example.asString() : example.toString();
				if (!in.equals("path") && !in.equals("query")) {
					failures.add(entry.getKey() + " " + name + ": a parameter in " + in + ", which this test does not sweep");
				}
				else if (value == null) {
					failures.add(entry.getKey() + " " + name + ": no example and no fallback value");
				}
				else {
					parameters.add(new Parameter(name, in, p.path("required").asBoolean(false),
							p.at("/schema/type").asString("").equals("array"), value));
				}
			});
			List<String> mediaTypes = new ArrayList<>(get.at("/responses/200/content").propertyNames());
			// JSON first: the answer checked with valid values
			mediaTypes.sort((a, b) -> Boolean.compare(!a.contains("json"), !b.contains("json")));
			if (mediaTypes.isEmpty()) {
				mediaTypes.add("application/json");
			}
			operations.add(new Operation(entry.getKey(), List.copyOf(parameters), List.copyOf(mediaTypes)));
		});
		return operations;
	}

	/**
	 * The operation's path and query with {@code value} for {@code swept} and valid values for every other
	 * parameter ({@code all}) or for the required ones.
	 */
	static String request(Operation op, Parameter swept, String value, boolean all) {
		String path = op.path();
		List<String> query = new ArrayList<>();
		for (Parameter parameter : op.parameters()) {
			if (!all && !parameter.required() && !parameter.equals(swept)) {
				continue;
			}
			String v = parameter.equals(swept) ? value : parameter.value();
			if (parameter.in().equals("path")) {
				// a path segment: %20 for a space, not the form encoding's +
				path = path.replace("{" + parameter.name() + "}", encode(v).replace("+", "%20"));
			}
			else {
				query.add(parameter.name() + "=" + encode(v));
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	Answer send(Probe probe) {
		requests.incrementAndGet();
		try {
			return api.get(probe.request(), probe.mediaType());
		}
		catch (UncheckedIOException ex) {
			return new Answer(-1, "", null, "connection failed: " + ex.getCause());
		}
	}

	/** The probes on a few threads, each answered by {@code check}: null, or a failure; the failures in probe order. */
	static <T> List<String> inParallel(List<T> probes, Function<T, String> check) throws Exception {
		List<String> failures = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
			List<Future<String>> results = new ArrayList<>();
			for (T probe : probes) {
				results.add(threads.submit(() -> check.apply(probe)));
			}
			for (Future<String> result : results) {
				String failure = result.get();
				if (failure != null) {
					failures.add(failure);
				}
			}
		}
		return failures;
	}

	static String describe(String request, Answer answer) {
		return "GET " + abbreviate(request) + " -> " + answer.status() + " " + abbreviate(answer.text());
	}

	/** At most {@value #SHOWN} characters, with control and format characters (NUL, CR, RTL override...) as escapes. */
	static String abbreviate(String text) {
		String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " chars)";
		StringBuilder escaped = new StringBuilder();
		shown.codePoints().forEach(c -> {
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT) {
				escaped.append(String.format("\\u%04X", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}

	Set<String> labels() {
		return new TreeSet<>(neo4j.query("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label")
			.fetchAs(String.class).all());
	}

	// POST /api/claims

	/** The fields of one claim file, valid: a new holder-relation-target triple, quoting its document. */
	static Map<String, String> validClaim() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("source", SOURCE);
		fields.put("id", "zz-test-injection-sweep");
		fields.put("holder", "sugiono");
		fields.put("relation", "BACKS");
		fields.put("target", "hakan-fidan");
		fields.put("date", "2025-11-04");
		fields.put("quote", "Turkish Foreign Minister Hakan Fidan");
		return fields;
	}

	/** The claim file as YAML, every value a double-quoted scalar (JSON's escapes are YAML's), so the YAML is valid. */
	static String claimFile(Map<String, String> fields) {
		StringBuilder yaml = new StringBuilder("source: " + JSON.writeValueAsString(fields.get("source")) + "\nclaims:\n");
		String indent = "  - ";
		for (var field : fields.entrySet()) {
			if (!field.getKey().equals("source")) {
				yaml.append(indent).append(field.getKey()).append(": ").append(JSON.writeValueAsString(field.getValue())).append('\n');
				indent = "    ";
			}
		}
		return yaml.toString();
	}

	@Test
	void claimFilesCarryingHostileValuesAreRefusedAndWriteNothing() throws Exception {
		long start = System.nanoTime();
		assertThat(backs()).as("the triple the claim files state is new").isZero();
		Map<String, Long> before = GraphFingerprint.counts(neo4j);
		String document;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/documents/" + SOURCE + ".txt")) {
			document = normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		List<String> failures = new ArrayList<>();

		// the file as it is, valid: a 422 below is the hostile value's doing
		Map<String, String> valid = validClaim();
		Answer answer = post(valid);
		if (answer.status() != 200 || answer.body() == null || answer.body().get("changedClaims").asInt() != 1) {
			failures.add("valid file: " + answer.status() + " " + abbreviate(answer.text()));
		}
		removeClaim(valid.get("id"));

		// every field of the claim file, every hostile value: the files that load (see loads) one at a time, each
		// removed before the next, the others all at once
		List<Map.Entry<String, String>> loading = new ArrayList<>();
		List<Map.Entry<String, String>> refused = new ArrayList<>();
		for (String field : valid.keySet()) {
			for (String value : HOSTILE) {
				(loads(field, value, document) ? loading : refused).add(Map.entry(field, value));
			}
		}
		for (var file : loading) {
			String failure = postLoaded(file.getKey(), file.getValue());
			if (failure != null) {
				failures.add(failure);
			}
		}
		failures.addAll(inParallel(refused, file -> postRefused(file.getKey(), file.getValue())));

		System.out.printf("Claim file sweep: %d fields, %d hostile values, %d requests (%d loaded as valid files), %d s%n",
				valid.size(), HOSTILE.size(), requests.get(), loading.size(), (System.nanoTime() - start) / 1_000_000_000);
		assertThat(failures).as("%d of %d claim files failed:%n%s", failures.size(), requests.get(), String.join("\n", failures))
			.isEmpty();
		assertThat(neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' RETURN count(n) AS n").fetchAs(Long.class).one())
			.contains(0L);
		assertThat(GraphFingerprint.counts(neo4j)).as("the graph's counts per label and type").isEqualTo(before);
		assertThat(labels()).doesNotContain("Pwned");
	}

	/**
	 * Whether the file with {@code value} in {@code field} is a valid claim file: "true", "null", "1e309" and
	 * "99999999999999999999" are well-formed claim ids, and a quote that happens to occur in the document is a
	 * valid quote (none of the list does today). Such a file is loaded like any other, and must be, with the value
	 * as it is (a claim with id "null", not a null id). A file over the size limit is not read at all.
	 */
	boolean loads(String field, String value, String document) {
		if (size(field, value) > maxIngestSize.toBytes()) {
			return false;
		}
		return switch (field) {
			case "id" -> ID.matcher(value).matches() && value.length() <= Ids.MAX_LENGTH;
			case "quote" -> !value.isBlank() && value.length() <= 2000 && document.contains(normalize(value));
			default -> false;
		};
	}

	/** Null when the file loaded its one claim, with the value as it is; the claim is removed again. */
	String postLoaded(String field, String value) {
		Map<String, String> fields = validClaim();
		fields.put(field, value);
		Answer answer = post(fields);
		String id = fields.get("id");
		boolean loaded = answer.status() == 200 && answer.body() != null && answer.body().get("changedClaims").asInt() == 1
				&& claims(id) == 1;
		removeClaim(id);
		return loaded ? null : "a valid file not loaded as such: " + field + "=" + abbreviate(value) + " -> "
				+ answer.status() + " " + abbreviate(answer.text());
	}

	/** Null for a 422 naming the field, or a 413 over the size limit; else what is wrong. */
	String postRefused(String field, String value) {
		Map<String, String> fields = validClaim();
		fields.put(field, value);
		Answer answer = post(fields);
		String problem;
		if (size(field, value) > maxIngestSize.toBytes()) {
			problem = answer.status() == 413 ? null : "not 413 over the size limit";
		}
		else if (answer.status() != 422) {
			problem = "not 422";
		}
		else {
			List<String> named = stream(answer.body().get("problems")).map(p -> p.path("field").asString("")).toList();
			String expected = field.equals("source") ? "source" : "claims[0]." + field;
			problem = named.contains(expected) ? null : "a 422 not naming " + expected + " but " + named;
		}
		return problem == null ? null
				: problem + ": " + field + "=" + abbreviate(value) + " -> " + answer.status() + " " + abbreviate(answer.text());
	}

	static long size(String field, String value) {
		Map<String, String> fields = validClaim();
		fields.put(field, value);
		return claimFile(fields).getBytes(StandardCharsets.UTF_8).length;
	}

	Answer post(Map<String, String> fields) {
		requests.incrementAndGet();
		return api.post("/api/claims", "application/yaml", claimFile(fields).getBytes(StandardCharsets.UTF_8), WRITER);
	}

	long claims(String id) {
		return neo4j.query("MATCH (c:Claim {id: $id}) RETURN count(c)").bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
	}

	long backs() {
		return neo4j.query("MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) RETURN count(r)")
			.fetchAs(Long.class).one().orElseThrow();
	}

	/** A claim a valid file loaded, and the derived edge it made (the triple is new: asserted first). */
	void removeClaim(String id) {
		neo4j.query("MATCH (c:Claim {id: $id}) DETACH DELETE c").bind(id).to("id").run();
		neo4j.query("MATCH (:Entity {id: 'sugiono'})-[r:BACKS]->(:Entity {id: 'hakan-fidan'}) DELETE r").run();
	}

	/** As the validator compares quotes: whitespace runs as one space. */
	static String normalize(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
