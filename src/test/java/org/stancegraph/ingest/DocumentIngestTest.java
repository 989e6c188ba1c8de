package org.stancegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.TestClaims;
import org.stancegraph.Zips;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.NewDocument;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.claims.TestDatasets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * POST /api/documents on the real graph: a document with a new entity and its claims is validated, saved all at once
 * and then answered by the positions, the evidence and the source, and downloaded as dataset files that validate
 * with the seeds; every way a request can be wrong is answered with
 * every problem named by its field, and writes nothing.
 */
@StancegraphIntegrationTest
class DocumentIngestTest {

	static final String ID = "zz-test-doc-article";
	static final String PLAN = "zz-test-doc-plan";
	static final String OUTLET = "zz-test-doc-outlet";
	static final String FDD = "fdd-2025-11-19-hamas-rejects-resolution-2803";

	static final String TEXT = """
			Jerusalem, 20 November 2025. Israel firmly rejects the zz-test plan for Gaza, Prime Minister Benjamin
			Netanyahu said on Thursday. Turkey reportedly backs the zz-test plan, diplomats told the Outlet.
			""";

	static final String[] WRITER = { "Authorization", ApiClient.basic("zz-test-writer", "zz-test-writer-password") };
	static final String[] READER = { "Authorization", ApiClient.basic("zz-test-reader", "zz-test-reader-password") };

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final YAMLMapper YAML = YAMLMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	ApiClient api;
	List<String> before;

	@TempDir
	Path dir;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		before = fingerprint();
	}

	@AfterEach
	void cleanUp() {
		TestClaims.removeAll(neo4j);
		assertThat(fingerprint()).as("the shared seed graph is as loaded").isEqualTo(before);
	}

	/** Every node and relationship with its properties: what a stray write would change. */
	List<String> fingerprint() {
		return GraphFingerprint.content(neo4j);
	}

	/** A valid request: the document, its outlet and the plan as new entities, two claims. */
	static ObjectNode request() {
		ObjectNode request = JSON.createObjectNode();
		request.put("id", ID);
		request.put("title", "Israel rejects the zz-test plan");
		request.put("publisher", "The zz-test Outlet");
		request.put("outlet", OUTLET);
		request.put("published", "2025-11-20");
		request.put("publishedBasis", "The dateline gives the date.");
		request.putArray("authors").add("A. Reporter");
		request.put("url", "https://outlet.example/2025/11/20/zz-test-plan");
		request.put("text", TEXT);
		ArrayNode entities = request.putArray("entities");
		entities.addObject().put("id", OUTLET).put("kind", "Organization").put("name", "The zz-test Outlet");
		entities.addObject().put("id", PLAN).put("kind", "Proposition").put("name", "The zz-test plan").putArray("concerns").add("gaza");
		ArrayNode claims = request.putArray("claims");
		claims.addObject().put("id", "zz-test-doc-israel-opposes-plan").put("holder", "israel").put("relation", "OPPOSES")
			.put("target", PLAN).put("date", "2025-11-20").put("speaker", "benjamin-netanyahu").put("certainty", "stated")
			.put("quote", "Israel firmly rejects the zz-test plan for Gaza, Prime Minister Benjamin Netanyahu said on Thursday.");
		claims.addObject().put("id", "zz-test-doc-turkey-supports-plan").put("holder", "turkey").put("relation", "SUPPORTS")
			.put("target", PLAN).put("date", "2025-11-20").put("certainty", "reported").put("claimant", OUTLET)
			.put("quote", "Turkey reportedly backs the zz-test plan");
		return request;
	}

	ApiClient.Answer post(JsonNode request, String... headers) {
		return post("/api/documents", request.toString().getBytes(StandardCharsets.UTF_8), headers.length == 0 ? WRITER : headers);
	}

	ApiClient.Answer post(String path, byte[] body, String... headers) {
		return api.post(path, "application/json", body, headers);
	}

	/** The answer's problems as "field: message". */
	static List<String> problems(ApiClient.Answer answer) {
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return ApiClient.stream(answer.body().get("problems")).map(p -> p.get("field").asString() + ": " + p.get("message").asString())
			.toList();
	}

	@Test
	void aDocumentWithANewEntityAndClaimsIsSavedAndAnswered() throws Exception {
		var dry = post("/api/documents?dryRun=true", request().toString().getBytes(StandardCharsets.UTF_8), WRITER);
		assertThat(dry.status()).as(dry.text()).isEqualTo(200);
		assertThat(dry.body().get("saved").asBoolean()).isFalse();
		assertThat(fingerprint()).as("a dry run writes nothing").isEqualTo(before);

		HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
			.header("Content-Type", "application/json").header(WRITER[0], WRITER[1])
			.POST(HttpRequest.BodyPublishers.ofString(request().toString())).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		assertThat(saved.headers().firstValue("Location")).contains("/api/sources/" + ID);
		JsonNode report = JSON.readTree(saved.body());
		assertThat(report.get("document").asString()).isEqualTo(ID);
		assertThat(report.get("saved").asBoolean()).isTrue();
		assertThat(report.get("contentHash").asString()).isEqualTo(SourceDocument.contentHash(TEXT));
		assertThat(ApiClient.ids(report.get("entitiesCreated"), "")).containsExactly(OUTLET, PLAN);
		assertThat(ApiClient.ids(report.get("claims"), "")).containsExactly("zz-test-doc-israel-opposes-plan", "zz-test-doc-turkey-supports-plan");
		assertThat(report.get("withoutCertainty")).isEmpty();
		assertThat(report.get("derivedEdges").asInt()).isEqualTo(2);

		JsonNode source = api.get("/api/sources/" + ID).body();
		assertThat(source.get("url").asString()).isEqualTo("https://outlet.example/2025/11/20/zz-test-plan");
		assertThat(source.get("contentHash").asString()).isEqualTo(SourceDocument.contentHash(TEXT));
		assertThat(source.get("text").asString()).isEqualTo(TEXT);
		assertThat(source.get("claimCount").asInt()).isEqualTo(2);

		JsonNode positions = api.get("/api/targets/" + PLAN + "/positions").body();
		assertThat(ApiClient.ids(positions.at("/by/OPPOSES"), "/actor/id")).containsExactly("israel");
		assertThat(ApiClient.ids(positions.at("/by/SUPPORTS"), "/actor/id")).containsExactly("turkey");
		JsonNode evidence = api.get("/api/evidence?actor=israel&target=" + PLAN).body();
		assertThat(ApiClient.ids(evidence.get("items"), "/claimId")).containsExactly("zz-test-doc-israel-opposes-plan");
		assertThat(neo4j.query("MATCH (e:Entity {id: $id})-[:CONCERNS]->(:Entity {id: 'gaza'}) RETURN count(*)").bind(PLAN).to("id")
			.fetchAs(Long.class).one()).contains(1L);

		// downloaded for the repository: unzipped into the seeds, with the entities they lack, it validates
		HttpResponse<byte[]> zip = api.download("/api/documents/" + ID + "/dataset", "application/zip");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(ID + ".zip"));
		Path seeds = TestDatasets.copy(TestDatasets.SEEDS, dir);
		Map<String, String> files = Zips.unzip(zip.body(), seeds);
		assertThat(files.keySet()).containsExactlyInAnyOrder("documents/" + ID + ".yaml", "documents/" + ID + ".txt",
				"claims/" + ID + ".yaml", "entities-of-" + ID + ".yaml");
		assertThat(files.get("documents/" + ID + ".txt")).isEqualTo(TEXT);
		assertThat(YAML.readTree(files.get("documents/" + ID + ".yaml")).get("url").asString())
			.isEqualTo("https://outlet.example/2025/11/20/zz-test-plan");
		JsonNode named = YAML.readTree(files.get("entities-of-" + ID + ".yaml")).get("entities");
		assertThat(ApiClient.ids(named, "/id")).containsExactlyInAnyOrder("benjamin-netanyahu", "israel", "turkey", OUTLET, PLAN);
		ObjectNode entityFile = (ObjectNode) YAML.readTree(seeds.resolve("entities.yaml").toFile());
		ApiClient.stream(named).filter(e -> e.get("id").asString().startsWith("zz-test-"))
			.forEach(((ArrayNode) entityFile.get("entities"))::add);
		Files.writeString(seeds.resolve("entities.yaml"), YAML.writeValueAsString(entityFile));
		ClaimSet set = new ClaimValidator().validate(DatasetFiles.fromPath(seeds));
		assertThat(set.claims()).extracting(c -> c.id()).contains("zz-test-doc-israel-opposes-plan", "zz-test-doc-turkey-supports-plan");
		assertThat(api.get("/api/documents/zz-test-no-such-document/dataset", "application/zip").status()).isEqualTo(404);

		// the same again: its id, its text and its entities are there already
		var again = post(request());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("existingDocument").asString()).isEqualTo(ID);
		assertThat(problems(again)).anySatisfy(p -> assertThat(p).startsWith("id: a document '" + ID + "' exists already"))
			.anySatisfy(p -> assertThat(p).startsWith("text: the same text is the document '" + ID + "' already"))
			.anySatisfy(p -> assertThat(p).startsWith("entities[0].id: an entity '" + OUTLET + "' exists already"));
	}

	@Test
	void aDryRunOfTheDocumentAloneReportsTheIdItWouldMake() {
		// what the add-document page asks when its id field is empty: the id comes from the server's rule alone
		ObjectNode request = request();
		request.remove("id");
		request.remove("claims");
		var dry = post("/api/documents?dryRun=true", request.toString().getBytes(StandardCharsets.UTF_8), WRITER);
		assertThat(dry.status()).as(dry.text()).isEqualTo(200);
		assertThat(dry.body().get("document").asString()).isEqualTo(NewDocument.idFor(OUTLET, java.time.LocalDate.of(2025, 11, 20),
				"Israel rejects the zz-test plan")).isEqualTo("zz-test-doc-2025-11-20-israel-rejects-the-zz-test-plan");
		assertThat(dry.body().get("saved").asBoolean()).isFalse();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aDocumentWithoutOutletEntitiesOrClaimsIsValidated() {
		ObjectNode request = request();
		request.remove("outlet");
		request.remove("entities");
		request.remove("claims");
		var dry = post("/api/documents?dryRun=true", request.toString().getBytes(StandardCharsets.UTF_8), WRITER);
		assertThat(dry.status()).as(dry.text()).isEqualTo(200);
		assertThat(dry.body().get("document").asString()).isEqualTo(ID);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void textThatIsNotUtf8IsNamedByItsOffsetAndNothingIsWritten() {
		ObjectNode request = request();
		request.remove("text");
		byte[] latin1 = "Jerusalem.\nT\u00fcrkiye backs it.".getBytes(StandardCharsets.ISO_8859_1);
		request.put("textBase64", Base64.getEncoder().encodeToString(latin1));
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(problems(answer)).contains("textBase64: line 2: not UTF-8: the byte at offset 12 (0xFC) starts no UTF-8 character; save the text as UTF-8");

		byte[] body = ("{\"title\": \"T\u00fcrkiye\"}").getBytes(StandardCharsets.ISO_8859_1);
		var raw = post("/api/documents", body, WRITER);
		assertThat(raw.status()).isEqualTo(422);
		assertThat(raw.body().at("/problems/0/message").asString()).startsWith("not UTF-8: the byte at offset 12 (0xFC)");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aTextOverOneMebibyteIs413() {
		ObjectNode request = request();
		request.put("text", TEXT + "a".repeat(1024 * 1024));
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(problems(answer)).anySatisfy(p -> assertThat(p).startsWith("text: the text is 1,048,"));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aBlankTextOrMissingMetadataIs422WithEveryProblem() {
		ObjectNode request = request();
		request.put("text", " \n\t ");
		request.remove("publisher");
		request.put("published", "2999-01-01");
		request.put("url", "not a url");
		request.put("colour", "red");
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(problems(answer)).contains("text: the text is blank", "publisher: required", "published: 2999-01-01 is in the future")
			.anySatisfy(p -> assertThat(p).startsWith("url: 'not a url' is not"))
			.anySatisfy(p -> assertThat(p).startsWith("colour: unknown field"));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void theTextOfADocumentInTheGraphIs409NamingIt() {
		ObjectNode request = request();
		request.put("id", "zz-test-doc-copy");
		request.put("text", api.get("/api/sources/" + FDD).body().get("text").asString());
		request.remove("claims");
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.body().get("existingDocument").asString()).isEqualTo(FDD);
		assertThat(answer.body().get("detail").asString()).contains(FDD);
		assertThat(problems(answer)).singleElement().asString().startsWith("text: the same text is the document '" + FDD + "' already");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void anIdInTheGraphIs409() {
		ObjectNode request = request();
		request.put("id", FDD);
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(409);
		assertThat(problems(answer)).singleElement().asString().startsWith("id: a document '" + FDD + "' exists already");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aQuoteNotInTheTextAndAnUnknownEntityAre422NamedByClaim() {
		ObjectNode request = request();
		((ObjectNode) request.get("claims").get(1)).put("quote", "Turkey firmly backs the zz-test plan");
		((ObjectNode) request.get("claims").get(0)).put("holder", "zz-test-no-such-entity");
		var answer = post(request);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(problems(answer)).contains("claims[0].holder: unknown entity 'zz-test-no-such-entity'")
			.anySatisfy(p -> assertThat(p).startsWith("claims[1].quote: quote does not occur in the text of '" + ID + "'"));

		request = request();
		((ObjectNode) request.get("entities").get(1)).put("kind", "Planet");
		((ObjectNode) request.get("entities").get(0)).putArray("speaksFor").add("israel");
		answer = post(request);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(problems(answer)).anySatisfy(p -> assertThat(p).startsWith("entities[1].kind: 'Planet'"))
			.anySatisfy(p -> assertThat(p).startsWith("entities[0].speaksFor[0]: '" + OUTLET + "' speaks for 'israel' but no claim"));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void onlyTheWriterMaySave() {
		byte[] body = request().toString().getBytes(StandardCharsets.UTF_8);
		assertThat(post("/api/documents", body, "X-Test", "no credentials").status()).isEqualTo(401);
		assertThat(post("/api/documents", body, READER).status()).isEqualTo(403);
		assertThat(post("/api/documents?dryRun=true", body, READER).status()).isEqualTo(403);
		assertThat(post("/api/documents", body, "X-API-Key", "zz-test-api-key").status()).isEqualTo(201);
		assertThat(neo4j.query("MATCH (s:Source {id: $id}) RETURN count(s)").bind(ID).to("id").fetchAs(Long.class).one()).contains(1L);
	}
}
