package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

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
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.LoadProgress;
import org.stancegraph.claims.LoadReport;

/**
 * The JSON export is the dataset again: exported over HTTP, read back and validated as claim files, loaded into a
 * second, empty Neo4j, it makes the same graph: the same nodes per label, relationships per type, properties.
 */
@StancegraphIntegrationTest
class ExportJsonRoundTripTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path store;

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

	static long derivedEdges(Neo4jClient client) {
		return client.query("MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relations RETURN count(r)")
			.bind(ExportQueries.RELATIONS).to("relations").fetchAs(Long.class).one().orElseThrow();
	}
}
