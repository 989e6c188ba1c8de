package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.Relation;
import org.stancegraph.claims.SourceDocument;

/** The CSV export: one RFC 4180 row per claim and piece of evidence, quotes and all. */
@StancegraphIntegrationTest
class ExportCsvTest {

	static final String QUOTE = "He said \"no, never\", then left.\nA second line.";
	static final String OTHER_QUOTE = "Officials, speaking \"off the record\", agreed.";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	@Test
	void oneRowPerClaimAndEvidenceWithAHeader() {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=csv", "text/csv");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/csv");

		List<List<String>> rows = Csv.parse(answer.text());
		assertThat(rows.getFirst()).containsExactly("claim_id", "holder", "holder_name", "relation", "target", "target_name",
				"date", "condition", "speaker", "reported_by", "source_id", "source_title", "publisher", "published", "quote");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(15));
		assertThat((long) rows.size() - 1).isEqualTo(evidence());

		List<String> israel = rows.stream()
			.filter(r -> r.getFirst().equals("algemeiner-israel-opposes-turkish-participation-in-isf")).findFirst().orElseThrow();
		assertThat(israel.subList(1, 6)).containsExactly("israel", "Israel", "OPPOSES", "turkish-participation-in-isf",
				"Turkish participation in the ISF");
		assertThat(israel.get(6)).isEqualTo("2025-11-04");
		assertThat(israel.get(12)).isEqualTo("The Algemeiner");
		assertThat(israel.get(14)).isEqualTo("Israel has repeatedly opposed any involvement of Turkish security forces in post-war Gaza.");
	}

	@Test
	void aQuoteWithCommasQuotesAndALineBreakIsQuotedAndEachEvidenceIsARow() {
		var first = new SourceDocument("zz-test-export-source", "A title, with a comma", "Test \"Press\"", LocalDate.of(2025, 11, 20),
				"b", List.of(), "f", "Officials: " + QUOTE);
		var second = new SourceDocument("zz-test-export-other", "Other", "Other press", LocalDate.of(2025, 11, 21), "b", List.of(),
				"f", OTHER_QUOTE);
		var a = new EntityDefinition("zz-test-export-a", "State", "A, the state", List.of(), null, null, List.of());
		var b = new EntityDefinition("zz-test-export-b", "Proposition", "B", List.of(), null, null, List.of());
		var claim = new ClaimDefinition("zz-test-export-claim", "zz-test-export-source", "zz-test-export-a", Relation.SUPPORTS,
				"zz-test-export-b", LocalDate.of(2025, 11, 20), null, null, "if, and only if, \"asked\"", null, null, null, null,
				null, null, List.of(new Evidence("zz-test-export-source", QUOTE), new Evidence("zz-test-export-other", OTHER_QUOTE)),
				"test.yaml");
		loader.load(new ClaimSet(List.of(first, second), List.of(a, b), List.of(claim)));

		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=csv", "text/csv");
		assertThat(answer.text()).contains("\"He said \"\"no, never\"\", then left.\nA second line.\"")
			.contains(",\"A, the state\",")
			.contains(",\"if, and only if, \"\"asked\"\"\",");

		List<List<String>> rows = Csv.parse(answer.text());
		assertThat((long) rows.size() - 1).isEqualTo(evidence());
		List<List<String>> mine = rows.stream().filter(r -> r.getFirst().equals("zz-test-export-claim")).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0)).containsExactly("zz-test-export-claim", "zz-test-export-a", "A, the state", "SUPPORTS",
				"zz-test-export-b", "B", "2025-11-20", "if, and only if, \"asked\"", "", "", "zz-test-export-source",
				"A title, with a comma", "Test \"Press\"", "2025-11-20", QUOTE);
		assertThat(mine.get(1).subList(10, 15)).containsExactly("zz-test-export-other", "Other", "Other press", "2025-11-21",
				OTHER_QUOTE);
	}

	private long evidence() {
		return neo4j.query("MATCH (:Claim)-[e:EVIDENCED_BY]->(:Source) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
	}
}
