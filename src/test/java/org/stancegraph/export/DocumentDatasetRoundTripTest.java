package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.TestClaims;
import org.stancegraph.Zips;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.claims.TestDatasets;
import org.stancegraph.claims.VoteRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /api/documents/{id}/dataset} gives a document's claim file as its curator would have written it: unzipped
 * into the dataset it came from, in place of the document's own files, and read back with the validator, every claim
 * and tally is the one the source file gives, field by field (as {@link ExportJsonRoundTripTest} for the JSON export);
 * each claim states nothing its source claim did not (no defaults written out: the claimant, {@code reported}, a
 * certainty the file left to the default), and every date is a quoted string, which any YAML reader takes as the
 * string the schema wants.
 */
@StancegraphIntegrationTest
class DocumentDatasetRoundTripTest {

	/**
	 * A date written without quotes: {@code date: 2025-11-19}, which YAML 1.1 readers take for a timestamp, or a year
	 * ({@code date: 2025}), which any reader takes for a number.
	 */
	static final Pattern UNQUOTED_DATE = Pattern.compile(
			"(?m)^[ -]*(?:[A-Za-z]+: \\d{4}-\\d{2}(?:-\\d{2})?|(?:date|reported|published|validFrom|validUntil): \\d{4})\\s*$");

	static final YAMLMapper YAML = YAMLMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@TempDir
	Path dir;

	@AfterEach
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	@Test
	void everySeedDocumentReadsBackAsItsClaimFile() throws IOException {
		ClaimSet seeds = new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS));
		assertThat(seeds.documents()).hasSize(5);
		for (SourceDocument document : seeds.documents()) {
			Path copy = TestDatasets.copy(TestDatasets.SEEDS, dir.resolve(document.id()));
			assertReadsBackAsItsFile(document.id(), copy, seeds);
		}
	}

	@Test
	void claimsWithEveryFieldReadBackAsTheirFileStatesThem() throws IOException {
		Path source = dir.resolve("every-field");
		ClaimSet set = EveryFieldDataset.validated(source);
		loader.load(set);
		assertReadsBackAsItsFile(EveryFieldDataset.DOCUMENT, TestDatasets.copy(source, dir.resolve("copy")), set);
	}

	/**
	 * The zip of {@code id} unzipped over {@code copy} (a copy of the dataset {@code loaded} was validated from): its
	 * claim file states what the original states and no more, its dates are quoted, and validated it gives the same
	 * claims and tallies.
	 */
	private void assertReadsBackAsItsFile(String id, Path copy, ClaimSet loaded) throws IOException {
		JsonNode original = YAML.readTree(Files.readString(copy.resolve("claims/" + id + ".yaml")));
		var zip = new ApiClient(port).download("/api/documents/" + id + "/dataset", "application/zip");
		assertThat(zip.statusCode()).as(id).isEqualTo(200);
		Map<String, String> files = Zips.unzip(zip.body(), copy);

		String claimFile = files.get("claims/" + id + ".yaml");
		assertThat(UNQUOTED_DATE.matcher(claimFile).results().map(m -> m.group())).as(id).isEmpty();
		assertThat(UNQUOTED_DATE.matcher(files.get("documents/" + id + ".yaml")).results().map(m -> m.group())).as(id).isEmpty();
		Map<String, JsonNode> written = byId(YAML.readTree(claimFile).get("claims"));
		Map<String, JsonNode> given = byId(original.get("claims"));
		assertThat(written.keySet()).as(id).isEqualTo(given.keySet());
		for (var claim : given.entrySet()) {
			assertThat(more(written.get(claim.getKey()), claim.getValue(), "")).as("%s states what its file did not", claim.getKey())
				.isEmpty();
		}

		ClaimSet readBack = new ClaimValidator().validate(DatasetFiles.fromPath(copy));
		assertThat(claimsOf(readBack, id)).as(id).containsExactlyInAnyOrderElementsOf(claimsOf(loaded, id));
		assertThat(votesOf(readBack, id)).as(id).containsExactlyInAnyOrderElementsOf(votesOf(loaded, id));
	}

	/** The fields of {@code written} (and of its objects: quantity, period) that {@code stated} does not have. */
	private static List<String> more(JsonNode written, JsonNode stated, String path) {
		List<String> more = new ArrayList<>();
		for (String field : written.propertyNames()) {
			JsonNode value = written.get(field);
			if (!stated.has(field)) {
				more.add(path + field + ": " + value);
			}
			else if (value.isObject()) {
				more.addAll(more(value, stated.get(field), path + field + "."));
			}
		}
		return more;
	}

	/** The claims of one document's file, their file name left aside (the copy's path is not the original's). */
	private static List<ClaimDefinition> claimsOf(ClaimSet set, String source) {
		return set.claims().stream().filter(c -> c.source().equals(source))
			.map(c -> ExportJsonRoundTripTest.as(c, source, c.attribution())).toList();
	}

	private static List<VoteRecord> votesOf(ClaimSet set, String source) {
		return set.votes().stream().filter(v -> v.source().equals(source))
			.map(v -> new VoteRecord(v.id(), v.source(), v.instrument(), v.body(), v.date(), v.votesFor(), v.against(), v.abstain(),
					v.quote(), source))
			.toList();
	}

	private static Map<String, JsonNode> byId(JsonNode claims) {
		Map<String, JsonNode> byId = new HashMap<>();
		ApiClient.stream(claims).forEach(c -> byId.put(c.path("id").asString(), c));
		return byId;
	}
}
