package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stancegraph.ApiClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.LoadProgress;
import org.stancegraph.claims.LoadReport;
import org.stancegraph.claims.Qualifiers;
import tools.jackson.databind.JsonNode;

/**
 * The JSON export is the dataset again: exported over HTTP, read back and validated as claim files, loaded into a
 * second, empty Neo4j, it makes the same graph: the same nodes per label, relationships per type, properties. Read
 * back, every claim is the claim its file gave, field by field (certainty, claimant, chain, the date's precision,
 * quantity, period... all of {@link ClaimDefinition}), every document and entity likewise.
 */
@StancegraphIntegrationTest
class ExportJsonRoundTripTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@TempDir
	Path store;

	@TempDir
	Path dataset;

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	@Test
	void theJsonExportLoadedIntoAnEmptyDatabaseMakesTheSameGraph() {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.body().path("format").asString()).isEqualTo("stancegraph-export");

		// read back through the claim validator: schemas, ids, speakers, every quote in its document
		ClaimSet set = ExportReader.read(new ByteArrayInputStream(answer.text().getBytes(StandardCharsets.UTF_8)), "export.json");
		Map<String, Long> original = GraphFingerprint.counts(neo4j);
		assertThat((long) set.documents().size()).isEqualTo(original.get("label:Source"));
		assertThat((long) set.entities().size()).isEqualTo(original.get("label:Entity"));
		assertThat((long) set.claims().size()).isEqualTo(original.get("label:Claim"));
		assertThat((long) set.votes().size()).isEqualTo(original.getOrDefault("label:Vote", 0L));
		assertThat(set.claims()).hasSizeGreaterThanOrEqualTo(174);

		try (SecondNeo4j second = new SecondNeo4j(store)) {
			assertThat(GraphFingerprint.counts(second.client())).as("an empty database").isEmpty();
			var transactionManager = new Neo4jTransactionManager(second.driver());
			var transactions = new TransactionTemplate(transactionManager);
			LoadReport report = transactions.execute(status -> new ClaimLoader(second.client(), transactionManager).load(set));
			assertThat(report.changedClaims()).isEqualTo(set.claims().size());
			assertThat(report.changedVoteTallies()).isEqualTo(set.votes().size());

			assertThat(GraphFingerprint.counts(second.client())).isEqualTo(original);
			assertThat(GraphFingerprint.content(second.client())).containsExactlyElementsOf(GraphFingerprint.content(neo4j));
			// and the edges the export carries are those the loader derived again
			assertThat((long) answer.body().path("edges").size()).isEqualTo(derivedEdges(second.client())).isEqualTo(derivedEdges(neo4j));
		}
	}

	/** Loaded in many small transactions, the same claims make the same graph as in one (edges across chunks too). */
	@Test
	void loadedInTransactionsOfSevenClaimsItMakesTheSameGraph() {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=json");
		ClaimSet set = ExportReader.read(new ByteArrayInputStream(answer.text().getBytes(StandardCharsets.UTF_8)), "export.json");
		try (SecondNeo4j second = new SecondNeo4j(store)) {
			var loader = second.loader();
			LoadReport report = loader.load(set, 7, LoadProgress.NONE);
			assertThat(report.changedClaims()).isEqualTo(set.claims().size());
			assertThat(report.changedVoteTallies()).isEqualTo(set.votes().size());
			assertThat(GraphFingerprint.counts(second.client())).isEqualTo(GraphFingerprint.counts(neo4j));
			assertThat(GraphFingerprint.content(second.client())).containsExactlyElementsOf(GraphFingerprint.content(neo4j));

			assertThat(loader.load(set, 7, LoadProgress.NONE).wroteNothing()).as("again, in chunks").isTrue();
		}
	}

	/** The seed graph exported and read back: each claim, document and entity is the one the seed files give. */
	@Test
	void theSeedClaimsReadBackAsTheSeedFilesGiveThem() {
		ClaimSet seeds = new ClaimValidator().validate(DatasetFiles.fromClasspath("classpath:seeds/"));
		ClaimSet exported = ExportReader.read(in(new ApiClient(port).get("/api/export?format=json").text()), "export.json");
		assertReadBackAsLoaded(seeds, exported);
		assertThat(exported.claims()).hasSameSizeAs(seeds.claims());
	}

	/** Every field a claim file can give since issue 16, loaded, exported and read back: the same claims. */
	@Test
	void claimsWithEveryFieldReadBackAsTheyWereLoaded() {
		ClaimSet set = EveryFieldDataset.validated(dataset);
		loader.load(set);

		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=json");
		ClaimSet exported = ExportReader.read(in(answer.text()), "export.json");
		assertReadBackAsLoaded(set, exported);

		// as the export writes them
		Map<String, JsonNode> claims = byId(answer.body().get("claims"));
		JsonNode offers = claims.get(EveryFieldDataset.OFFERS);
		assertThat(offers.path("date").asString()).isEqualTo("2025-11");
		assertThat(offers.path("reported").asString()).isEqualTo("2025-11-19");
		assertThat(offers.path("certainty").asString()).isEqualTo("possible");
		assertThat(offers.path("certaintyBasis").asString()).startsWith("'could'");
		assertThat(offers.path("claimant").asString()).isEqualTo("zz-test-export-gov-source");
		assertThat(ApiClient.stream(offers.path("via")).map(JsonNode::asString)).containsExactly("zz-test-export-agency");
		assertThat(offers.path("conditionKind").asString()).isEqualTo("only-if");
		assertThat(offers.path("conditionOn").asString()).isEqualTo("zz-test-export-war-end");
		assertThat(offers.path("quantity").path("value").isIntegralNumber()).isTrue();
		assertThat(offers.path("quantity").toString())
			.isEqualTo("{\"value\":2000,\"unit\":\"soldiers\",\"approximate\":true,\"bound\":\"at-most\"}");
		assertThat(offers.path("period").toString()).isEqualTo("{\"duration\":\"P2Y\",\"extendable\":true,\"minimum\":true}");
		assertThat(offers.has("hedges")).as("derived from the quote, not a field of claim files").isFalse();
		JsonNode demands = claims.get(EveryFieldDataset.DEMANDS);
		assertThat(demands.path("date").asString()).isEqualTo("2025");
		assertThat(demands.path("addressee").asString()).isEqualTo("zz-test-export-usland");
		assertThat(demands.path("quantity").path("value").asDouble()).isEqualTo(2.5);
		assertThat(demands.path("quantity").path("bound").asString()).isEqualTo("exactly");
		// the default certainty stays the default: read back, the claim is listed by validate, not hedge-checked
		JsonNode backs = claims.get(EveryFieldDataset.BACKS);
		assertThat(backs.has("certainty")).isFalse();
		assertThat(backs.path("claimant").asString()).as("the document's outlet, written out").isEqualTo("zz-test-export-outlet");
		// (and the claim that states the default, until the graph records that it did: certaintyGiven)
		assertThat(exported.defaultCertainty()).hasEntrySatisfying("export.json!/claims/" + EveryFieldDataset.DOCUMENT + ".yaml",
				ids -> assertThat(ids).contains(EveryFieldDataset.BACKS).isSubsetOf(EveryFieldDataset.BACKS, EveryFieldDataset.REPORTED));
		assertThat(claims.get(EveryFieldDataset.SUPPORTS).path("claimant").asString()).isEqualTo("zz-test-export-envoy");

		Map<String, JsonNode> entities = byId(answer.body().get("entities"));
		assertThat(entities.get("zz-test-export-gov-source").path("belongsTo").asString()).isEqualTo("zz-test-export-azer");
		assertThat(entities.get("zz-test-export-azer").has("belongsTo")).isFalse();
		JsonNode document = byId(answer.body().get("documents")).get(EveryFieldDataset.DOCUMENT);
		assertThat(document.path("outlet").asString()).isEqualTo("zz-test-export-outlet");
		assertThat(document.path("url").asString()).isEqualTo(EveryFieldDataset.URL);
		assertThat(document.has("contentHash")).as("derived from the text, not a field of document files").isFalse();
		assertThat(exported.documents()).filteredOn(d -> d.id().equals(EveryFieldDataset.DOCUMENT)).singleElement()
			.satisfies(d -> assertThat(d.url()).isEqualTo(EveryFieldDataset.URL));
		JsonNode edge = ApiClient.stream(answer.body().get("edges"))
			.filter(e -> e.path("holder").asString().equals("zz-test-export-azer") && e.path("relation").asString().equals("OFFERS_TROOPS"))
			.findFirst().orElseThrow();
		assertThat(edge.path("certainty").asString()).isEqualTo("possible");
		assertThat(List.of(edge.path("statedClaims").asInt(), edge.path("reportedClaims").asInt(), edge.path("probableClaims").asInt(),
				edge.path("possibleClaims").asInt())).containsExactly(0, 0, 0, 1);
	}

	/**
	 * A claim's certainty is written where its file gave one, which the graph records as {@code certaintyGiven}; where
	 * it records nothing (loaded before it did), a certainty other than the default was given and the default was not.
	 */
	@Test
	void certaintyIsWrittenWhereTheClaimFileGaveIt() {
		loader.load(EveryFieldDataset.validated(dataset));
		String reported = EveryFieldDataset.REPORTED;
		String backs = EveryFieldDataset.BACKS;

		neo4j.query("MATCH (c:Claim) WHERE c.id STARTS WITH $prefix REMOVE c.certaintyGiven").bind(EveryFieldDataset.PREFIX).to("prefix").run();
		Map<String, JsonNode> claims = byId(new ApiClient(port).get("/api/export?format=json").body().get("claims"));
		assertThat(claims.get(reported).has("certainty")).isFalse();
		assertThat(claims.get(backs).has("certainty")).isFalse();
		assertThat(claims.get(EveryFieldDataset.OFFERS).path("certainty").asString()).isEqualTo("possible");
		assertThat(claims.get(EveryFieldDataset.SUPPORTS).path("certainty").asString()).isEqualTo("stated");

		neo4j.query("MATCH (c:Claim {id: $id}) SET c.certaintyGiven = true").bind(reported).to("id").run();
		neo4j.query("MATCH (c:Claim {id: $id}) SET c.certaintyGiven = false").bind(backs).to("id").run();
		claims = byId(new ApiClient(port).get("/api/export?format=json").body().get("claims"));
		assertThat(claims.get(reported).path("certainty").asString()).isEqualTo("reported");
		assertThat(claims.get(backs).has("certainty")).isFalse();
	}

	/**
	 * Each claim, document and entity of {@code loaded} is in {@code readBack} as it was loaded: claims field by field,
	 * named by the file the export stands for. Two things the graph does not keep are left aside: the order of an
	 * entity's speaksFor and concerns (relationships), and, where the graph does not record it (certaintyGiven),
	 * whether a claim's file gave the default certainty or left it to the default.
	 */
	private void assertReadBackAsLoaded(ClaimSet loaded, ClaimSet readBack) {
		Map<String, Boolean> certaintyRecorded = new HashMap<>();
		neo4j.query("MATCH (c:Claim) RETURN c.id AS id, c.certaintyGiven IS NOT NULL AS recorded").fetch().all()
			.forEach(row -> certaintyRecorded.put((String) row.get("id"), (Boolean) row.get("recorded")));

		Map<String, ClaimDefinition> claims = readBack.claims().stream().collect(Collectors.toMap(ClaimDefinition::id, Function.identity()));
		List<ClaimDefinition> expected = new ArrayList<>();
		List<ClaimDefinition> actual = new ArrayList<>();
		for (ClaimDefinition c : loaded.claims()) {
			Attribution a = c.attribution();
			boolean given = certaintyRecorded.getOrDefault(c.id(), false) ? a.certaintyGiven()
					: ExportQueries.certaintyGiven(a.certainty().word(), null);
			expected.add(as(c, "export.json!/claims/" + c.source() + ".yaml",
					new Attribution(a.certainty(), given, a.certaintyBasis(), a.claimant(), a.via(), a.hedges())));
			actual.add(claims.get(c.id()));
		}
		assertThat(actual).containsExactlyElementsOf(expected);

		var documents = readBack.documents().stream().collect(Collectors.toMap(d -> d.id(), Function.identity()));
		assertThat(loaded.documents()).allSatisfy(d -> assertThat(documents.get(d.id())).isEqualTo(d));
		var entities = readBack.entities().stream().collect(Collectors.toMap(EntityDefinition::id, Function.identity()));
		assertThat(loaded.entities()).allSatisfy(e -> assertThat(sorted(entities.get(e.id()))).isEqualTo(sorted(e)));
	}

	/** The claim as read from {@code file}, with {@code attribution}. */
	static ClaimDefinition as(ClaimDefinition c, String file, Attribution attribution) {
		Qualifiers q = c.qualifiers();
		return new ClaimDefinition(c.id(), c.source(), c.holder(), c.relation(), c.target(), c.date(), c.speaker(), attribution,
				c.condition(), c.detail(), c.regarding(), c.validFrom(), c.validUntil(), c.vote(), c.urging(), c.evidence(), file, q);
	}

	private static EntityDefinition sorted(EntityDefinition e) {
		return e == null ? null : new EntityDefinition(e.id(), e.kind(), e.name(), e.aliases(), e.description(), e.role(),
				e.speaksFor().stream().sorted().toList(), e.concerns().stream().sorted().toList(), e.belongsTo());
	}

	private static Map<String, JsonNode> byId(JsonNode array) {
		Map<String, JsonNode> byId = new HashMap<>();
		ApiClient.stream(array).forEach(item -> byId.put(item.path("id").asString(), item));
		return byId;
	}

	private static ByteArrayInputStream in(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static long derivedEdges(Neo4jClient client) {
		return client.query("MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relations RETURN count(r)")
			.bind(ExportQueries.RELATIONS).to("relations").fetchAs(Long.class).one().orElseThrow();
	}
}
