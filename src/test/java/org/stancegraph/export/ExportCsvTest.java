package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.graph.Relation;

/**
 * The CSV export: one RFC 4180 table, a row per record with its kind first; one evidence row per claim and piece of
 * evidence, quotes and all. (That it holds every record of the graph: {@link ExportCompletenessTest}.)
 */
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
	void oneTableWithTheRecordKindFirstAndOneEvidenceRowPerClaimAndQuote() {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=csv", "text/csv");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/csv");

		List<List<String>> rows = Csv.parse(answer.text());
		assertThat(rows.getFirst()).containsExactlyElementsOf(CsvExport.HEADER);
		assertThat(rows.getFirst().subList(0, 16)).containsExactly("record", "claim_id", "holder", "holder_name", "relation",
				"target", "target_name", "date", "condition", "speaker", "reported_by", "source_id", "source_title", "publisher",
				"published", "quote");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvExport.HEADER.size()));
		assertThat(evidenceRows(rows)).hasSize((int) evidence());

		List<String> israel = evidenceRows(rows).stream()
			.filter(r -> r.get(1).equals("algemeiner-israel-opposes-turkish-participation-in-isf")).findFirst().orElseThrow();
		assertThat(israel.subList(2, 7)).containsExactly("israel", "Israel", "OPPOSES", "turkish-participation-in-isf",
				"Turkish participation in the ISF");
		assertThat(israel.get(7)).isEqualTo("2025-11-04");
		assertThat(israel.get(13)).isEqualTo("The Algemeiner");
		assertThat(israel.get(15)).isEqualTo("Israel has repeatedly opposed any involvement of Turkish security forces in post-war Gaza.");
		// the columns of other kinds of record stay empty on an evidence row
		assertThat(israel.subList(16, israel.size())).containsOnly("");
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
				"zz-test-export-b", LocalDate.of(2025, 11, 20), null, Attribution.unstated(), "if, and only if, \"asked\"", null, null, null, null,
				null, null, List.of(new Evidence("zz-test-export-source", QUOTE), new Evidence("zz-test-export-other", OTHER_QUOTE)),
				"test.yaml", Qualifiers.none(LocalDate.of(2025, 11, 20)));
		loader.load(new ClaimSet(List.of(first, second), List.of(a, b), List.of(claim)));

		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=csv", "text/csv");
		assertThat(answer.text()).contains("\"He said \"\"no, never\"\", then left.\nA second line.\"")
			.contains(",\"A, the state\",")
			.contains(",\"if, and only if, \"\"asked\"\"\",");

		List<List<String>> rows = Csv.parse(answer.text());
		assertThat(evidenceRows(rows)).hasSize((int) evidence());
		List<List<String>> mine = evidenceRows(rows).stream().filter(r -> r.get(1).equals("zz-test-export-claim")).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0).subList(0, 16)).containsExactly("evidence", "zz-test-export-claim", "zz-test-export-a", "A, the state",
				"SUPPORTS", "zz-test-export-b", "B", "2025-11-20", "if, and only if, \"asked\"", "", "", "zz-test-export-source",
				"A title, with a comma", "Test \"Press\"", "2025-11-20", QUOTE);
		assertThat(mine.get(1).subList(11, 16)).containsExactly("zz-test-export-other", "Other", "Other press", "2025-11-21",
				OTHER_QUOTE);
		// the claim itself once, with its own source and quote; the entities and the documents as records of their own
		assertThat(rows.stream().filter(r -> r.get(0).equals("claim") && r.get(1).equals("zz-test-export-claim")))
			.singleElement().satisfies(row -> assertThat(row.subList(11, 16)).containsExactly("zz-test-export-source",
					"A title, with a comma", "Test \"Press\"", "2025-11-20", QUOTE));
		int id = CsvExport.HEADER.indexOf("id");
		assertThat(rows.stream().filter(r -> r.get(0).equals("entity") && r.get(id).equals("zz-test-export-a")))
			.singleElement().satisfies(entity -> assertThat(entity.get(id + 1)).isEqualTo("A, the state"));
		int text = CsvExport.HEADER.indexOf("text");
		assertThat(rows.stream().filter(r -> r.get(0).equals("document") && r.get(11).equals("zz-test-export-source")))
			.singleElement().satisfies(document -> assertThat(document.get(text)).isEqualTo("Officials: " + QUOTE));
	}

	/** The columns issue 16 added, after the earlier ones, each filled from what the graph holds. */
	@Test
	void claimsCarryCertaintyClaimantChainAndQualifiersEdgesTheirCertainty(@TempDir Path dataset) {
		loader.load(EveryFieldDataset.validated(dataset));
		List<List<String>> rows = Csv.parse(new ApiClient(port).get("/api/export?format=csv", "text/csv").text());
		List<String> header = rows.getFirst();
		assertThat(header.subList(header.indexOf("text") + 1, header.size())).containsExactly("certainty", "certainty_basis",
				"hedges", "claimant", "via", "date_precision", "reported", "quantity_value", "quantity_unit",
				"quantity_approximate", "quantity_bound", "period_duration", "period_extendable", "period_minimum",
				"condition_kind", "condition_on", "addressee", "outlet", "belongs_to", "stated_claims", "reported_claims",
				"probable_claims", "possible_claims", "url", "content_hash");

		Map<String, String> offers = record(rows, "claim", "claim_id", EveryFieldDataset.OFFERS);
		assertThat(offers).containsEntry("certainty", "possible").containsEntry("hedges", "source; could")
			.containsEntry("claimant", "zz-test-export-gov-source").containsEntry("via", "zz-test-export-agency")
			.containsEntry("reported_by", "zz-test-export-agency").containsEntry("date", "2025-11-01")
			.containsEntry("date_precision", "month").containsEntry("reported", "2025-11-19")
			.containsEntry("quantity_value", "2000").containsEntry("quantity_unit", "soldiers")
			.containsEntry("quantity_approximate", "true").containsEntry("quantity_bound", "at-most")
			.containsEntry("period_duration", "P2Y").containsEntry("period_extendable", "true")
			.containsEntry("period_minimum", "true").containsEntry("condition", "only if the war ends")
			.containsEntry("condition_kind", "only-if").containsEntry("condition_on", "zz-test-export-war-end")
			.containsEntry("addressee", "").containsEntry("outlet", "zz-test-export-outlet");
		assertThat(offers.get("certainty_basis")).startsWith("'could'");
		assertThat(record(rows, "claim", "claim_id", EveryFieldDataset.DEMANDS)).containsEntry("certainty", "probable")
			.containsEntry("claimant", "zz-test-export-envoy").containsEntry("via", "zz-test-export-agency > zz-test-export-gov-source")
			.containsEntry("date", "2025-01-01").containsEntry("date_precision", "year")
			.containsEntry("quantity_value", "2.5").containsEntry("quantity_bound", "exactly")
			.containsEntry("quantity_approximate", "true").containsEntry("period_duration", "")
			.containsEntry("addressee", "zz-test-export-usland");
		assertThat(record(rows, "claim", "claim_id", EveryFieldDataset.BACKS)).containsEntry("certainty", "reported")
			.containsEntry("hedges", "may").containsEntry("claimant", "zz-test-export-outlet").containsEntry("via", "")
			.containsEntry("date_precision", "day").containsEntry("quantity_value", "");

		assertThat(record(rows, "entity", "id", "zz-test-export-gov-source")).containsEntry("belongs_to", "zz-test-export-azer")
			.containsEntry("kind", "UnnamedSource");
		assertThat(record(rows, "document", "source_id", EveryFieldDataset.DOCUMENT)).containsEntry("outlet", "zz-test-export-outlet")
			.containsEntry("url", EveryFieldDataset.URL)
			.containsEntry("content_hash", org.stancegraph.claims.SourceDocument.contentHash(EveryFieldDataset.TEXT));

		Predicate<List<String>> azer = r -> r.get(header.indexOf("holder")).equals("zz-test-export-azer");
		Map<String, String> troops = record(rows.stream().filter(azer).toList(), header, "edge", "relation", "OFFERS_TROOPS");
		assertThat(troops).containsEntry("certainty", "possible").containsEntry("stated_claims", "0")
			.containsEntry("reported_claims", "0").containsEntry("probable_claims", "0").containsEntry("possible_claims", "1");
		// SUPPORTS the force (stated), SUPPORTS the end of the war (reported): two edges, each its certainty
		assertThat(rows.stream().filter(azer).filter(r -> r.getFirst().equals("edge") && r.get(header.indexOf("relation")).equals("SUPPORTS"))
			.map(r -> r.get(header.indexOf("target")) + " " + r.get(header.indexOf("certainty")) + " " + r.get(header.indexOf("stated_claims"))
					+ r.get(header.indexOf("reported_claims")) + r.get(header.indexOf("probable_claims")) + r.get(header.indexOf("possible_claims"))))
			.containsExactly("zz-test-export-force stated 1000", "zz-test-export-war-end reported 0100");

		// an evidence row stays the claim's columns of before, reported_by its first link
		List<String> evidence = evidenceRows(rows).stream().filter(r -> r.get(1).equals(EveryFieldDataset.DEMANDS)).findFirst().orElseThrow();
		assertThat(evidence.get(header.indexOf("reported_by"))).isEqualTo("zz-test-export-agency");
		assertThat(evidence.subList(16, evidence.size())).containsOnly("");
	}

	/** The one row of a kind of record whose column holds the value, by column name. */
	private static Map<String, String> record(List<List<String>> rows, String record, String column, String value) {
		return record(rows.subList(1, rows.size()), rows.getFirst(), record, column, value);
	}

	private static Map<String, String> record(List<List<String>> rows, List<String> header, String record, String column, String value) {
		List<String> row = rows.stream().filter(r -> r.getFirst().equals(record) && r.get(header.indexOf(column)).equals(value))
			.reduce((a, b) -> {
				throw new AssertionError("two " + record + " rows with " + column + " " + value);
			}).orElseThrow(() -> new AssertionError("no " + record + " row with " + column + " " + value));
		Map<String, String> byName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.put(header.get(i), row.get(i));
		}
		return byName;
	}

	private static List<List<String>> evidenceRows(List<List<String>> rows) {
		return rows.stream().filter(r -> r.getFirst().equals("evidence")).toList();
	}

	private long evidence() {
		return neo4j.query("MATCH (:Claim)-[e:EVIDENCED_BY]->(:Source) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
	}
}
