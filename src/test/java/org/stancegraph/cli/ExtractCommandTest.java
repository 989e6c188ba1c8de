package org.stancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.claims.TestDatasets;

/**
 * extract and evaluate-extraction as a user runs them, without a database: the candidates printed for every seed
 * document validate as they are (every quote verbatim, every id known, every certainty one its quote's hedges allow),
 * and bad input is a located error that extracts nothing.
 */
class ExtractCommandTest {

	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = StancegraphCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Run(exit, out.toString(), err.toString());
	}

	@TempDir
	Path dir;

	@Test
	void theCandidatesOfEverySeedDocumentValidateAsTheyAre() throws IOException {
		Path dataset = TestDatasets.copy(TestDatasets.SEEDS, dir);
		Path extracted = Files.createDirectories(dataset.resolve("extracted"));
		List<Path> documents;
		try (Stream<Path> files = Files.list(dataset.resolve("documents"))) {
			documents = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(documents).hasSize(5);
		for (Path document : documents) {
			Run extract = run("extract", document.toString(), "--dataset", dataset.toString());
			assertThat(extract.exit()).as(extract.err()).isZero();
			assertThat(extract.err()).isEmpty();
			String id = document.getFileName().toString().replace(".yaml", "");
			assertThat(extract.out()).contains("source: " + id + "\n").contains("  - id: " + id + "-cand-001\n")
				.contains("# cue \"").contains("# mentions: ").contains("# quote at ");
			Path file = extracted.resolve(id + ".yaml");
			Files.writeString(file, extract.out(), StandardCharsets.UTF_8);
			Run validate = run("validate", file.toString());
			assertThat(validate.exit()).as("%s%n%s", validate.err(), extract.out()).isZero();
			assertThat(validate.out()).contains(": valid: ").doesNotContain("give no certainty");
		}
	}

	@Test
	void aPlainTextWithItsIdAndDate() throws IOException {
		Path text = dir.resolve("article.txt");
		Files.writeString(text, "Hamas officials rejected Resolution 2803 shortly after its passage. In contrast, Turkey is "
				+ "readying a brigade of 2,000 soldiers to join the ISF.\n", StandardCharsets.UTF_8);
		Run extract = run("extract", text.toString(), "--source-id", "zz-test-article", "--published", "2025-11-19");
		assertThat(extract.exit()).as(extract.err()).isZero();
		assertThat(extract.out()).contains("source: zz-test-article\n")
			.contains("holder: \"hamas\"\n    relation: \"OPPOSES\"\n    target: \"resolution-2803\"")
			.contains("holder: \"turkey\"\n    relation: \"OFFERS_TROOPS\"\n    target: \"isf\"")
			.contains("quote: \"Hamas officials rejected Resolution 2803\"");
	}

	@Test
	void badInputIsALocatedErrorAndExtractsNothing() throws IOException {
		Path text = dir.resolve("article.txt");
		Files.writeString(text, "Hamas rejected it.", StandardCharsets.UTF_8);
		Run noDate = run("extract", text.toString(), "--source-id", "zz-test-article");
		assertThat(noDate.exit()).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(noDate.err()).contains(text + ":0: a plain text needs --source-id and --published");
		assertThat(noDate.out()).isEmpty();
		Run badDate = run("extract", text.toString(), "--source-id", "zz-test-article", "--published", "2025-13-01");
		assertThat(badDate.err()).contains("--published: '2025-13-01' is not a date (YYYY-MM-DD)");
		Run missing = run("extract", dir.resolve("nothing.yaml").toString());
		assertThat(missing.exit()).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(missing.err()).contains("nothing.yaml:0: no such file");
		Files.write(dir.resolve("latin1.txt"), new byte[] { 'T', (byte) 0xfc, 'r', 'k', 'e', 'i' });
		Run latin1 = run("extract", dir.resolve("latin1.txt").toString(), "--source-id", "x", "--published", "2025-11-19");
		assertThat(latin1.err()).contains("latin1.txt:0: not UTF-8 text");
		Run noDataset = run("extract", text.toString(), "--source-id", "x", "--published", "2025-11-19", "--dataset", dir.toString());
		assertThat(noDataset.exit()).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(noDataset.err()).contains("entities.yaml");
	}

	@Test
	void everyCommandWithADatasetDescribesItAlike() {
		// one DatasetOption behind all three: the same line in each help, the seeds by default
		for (String command : List.of("add-document", "extract", "evaluate-extraction")) {
			Run help = run(command, "--help");
			assertThat(help.exit()).isZero();
			// picocli wraps the help at its own width: compared with the line breaks undone
			assertThat(help.out().replaceAll("\\s+", " ")).as(command)
				.contains("--dataset=<folder> The dataset folder (entities.yaml, documents/, claims/); default: seeds.");
		}
	}

	@Test
	void evaluateExtractionPrintsTheFiguresAndWritesTheTable() throws IOException {
		Path report = dir.resolve("report.md");
		Run evaluate = run("evaluate-extraction", "--dataset", "src/test/resources/datasets/extraction", "--report", report.toString());
		assertThat(evaluate.exit()).as(evaluate.err()).isZero();
		assertThat(evaluate.out()).contains("1 documents: recall 88% (7 of 8 curated claims found), precision 88% (7 of 8 candidates right)");
		assertThat(Files.readString(report)).contains("| relation | curated | found | recall | candidates | right | precision |")
			.contains("| overall | 8 | 7 | 88% | 8 | 7 | 88% | 6/7 |").contains("- zz-test-extraction-vote: resolution-9 AUTHORIZES gaza-board")
			.contains("- zz-test-extraction-vote: china MEMBER_OF security-council");
		Run badReport = run("evaluate-extraction", "--dataset", "src/test/resources/datasets/extraction", "--report",
				dir.resolve("no/such/folder/report.md").toString());
		assertThat(badReport.exit()).isEqualTo(StancegraphCommand.BAD_INPUT);
	}

	@Test
	void evaluateExtractionScoresTheHeldOutArticlesAlone() {
		Run heldOut = run("evaluate-extraction", "--held-out", "src/test/resources/datasets/held-out");
		assertThat(heldOut.exit()).as(heldOut.err()).isZero();
		// the five articles and their 196 curated claims, read against the seeds' entities; the seeds are not scored
		assertThat(heldOut.out()).containsPattern("held-out: 5 documents: recall \\d+% \\(\\d+ of 196 curated claims found\\)");
		Run noArticles = run("evaluate-extraction", "--held-out", dir.toString());
		assertThat(noArticles.exit()).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(noArticles.err()).contains("no documents/ folder");
	}
}
