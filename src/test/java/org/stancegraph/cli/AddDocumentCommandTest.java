package org.stancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.claims.TestDatasets;

/**
 * {@code add-document}: writes the document's two files into a copy of the seeds in the seed format, which
 * {@code validate} then accepts; refuses the text of a seed document, an id the folder has, bad bytes and bad options,
 * each named, writing nothing. No database: the command starts none.
 */
class AddDocumentCommandTest {

	static final String TEXT = """
			Ankara, 20 November 2025. Turkish Foreign Minister Hakan Fidan said on Thursday that Turkey stands ready
			to contribute troops to the International Stabilization Force.
			""";

	@TempDir
	Path dir;

	Path seeds;
	Path article;
	StringWriter out = new StringWriter();
	StringWriter err = new StringWriter();

	@BeforeEach
	void copySeeds() throws IOException {
		seeds = TestDatasets.copy(TestDatasets.SEEDS, dir);
		article = dir.resolve("zz-test-article.txt");
		Files.writeString(article, TEXT);
	}

	int run(String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return StancegraphCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	/** add-document with the test's options, those in {@code changed} (option, value pairs) instead of its own. */
	String[] add(Path text, String... changed) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("--title", "Turkey ready to send troops, Fidan says");
		options.put("--publisher", "The Example Outlet");
		options.put("--published", "2025-11-20");
		options.put("--published-basis", "The dateline gives the date.");
		options.put("--url", "https://news.example/2025/11/20/turkey-isf");
		options.put("--dataset", seeds.toString());
		for (int i = 0; i + 1 < changed.length; i += 2) {
			options.put(changed[i], changed[i + 1]);
		}
		List<String> args = new ArrayList<>(List.of("add-document", text.toString(), "--author", "A. Reporter", "--author", "B. Editor"));
		options.forEach((option, value) -> args.addAll(List.of(option, value)));
		return args.toArray(String[]::new);
	}

	@Test
	void writesTheMetadataAndTheTextWhichValidate() throws IOException {
		assertThat(run(add(article))).as(err.toString()).isZero();
		String id = "example-outlet-2025-11-20-turkey-ready-to-send-troops-fidan-says";
		Path metadata = seeds.resolve("documents/" + id + ".yaml");
		Path text = seeds.resolve("documents/" + id + ".txt");
		assertThat(out.toString().lines()).containsExactly(id, metadata.toString(), text.toString());
		assertThat(Files.readAllBytes(text)).isEqualTo(Files.readAllBytes(article));
		var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(metadata.toFile());
		assertThat(yaml.propertyNames()).containsExactly("id", "title", "publisher", "published", "publishedBasis", "authors",
				"corpusFile", "url");
		assertThat(yaml.get("title").asString()).isEqualTo("Turkey ready to send troops, Fidan says");
		assertThat(yaml.get("corpusFile").asString()).isEqualTo("zz-test-article.txt");
		assertThat(Files.readString(metadata)).startsWith("id: " + id + "\n");
		assertThat(yaml.get("published").asString()).isEqualTo("2025-11-20");

		assertThat(run("validate", seeds.toString())).as(err.toString()).isZero();
		ClaimSet set = new ClaimValidator().validate(DatasetFiles.fromPath(seeds));
		SourceDocument document = set.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
		assertThat(document.url()).isEqualTo("https://news.example/2025/11/20/turkey-isf");
		assertThat(document.authors()).containsExactly("A. Reporter", "B. Editor");
		assertThat(document.contentHash()).isEqualTo(SourceDocument.contentHash(TEXT)).hasSize(64);

		// the same id again, or the same text under another id: refused, nothing written
		assertThat(run(add(article))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--id: a document '" + id + "' exists already")
			.contains(article + ": the same text is the document '" + id + "' already");
		assertThat(run(add(article, "--id", "zz-test-other-id"))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(seeds.resolve("documents/zz-test-other-id.yaml")).doesNotExist();
	}

	@Test
	void theTextOfASeedDocumentIsADuplicate() throws IOException {
		Path copy = dir.resolve("copy.txt");
		Files.copy(seeds.resolve("documents/fdd-2025-11-19-hamas-rejects-resolution-2803.txt"), copy);
		List<Path> before = files();
		assertThat(run(add(copy, "--id", "zz-test-copy", "--outlet", "foundation-for-defense-of-democracies")))
			.isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(copy + ": the same text is the document 'fdd-2025-11-19-hamas-rejects-resolution-2803' already")
			.contains("1 problem(s); nothing written.");
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void badBytesAndBadOptionsAreNamedAndNothingIsWritten() throws IOException {
		List<Path> before = files();
		Path latin1 = dir.resolve("latin1.txt");
		Files.write(latin1, "Line one\nT\u00fcrkiye said so.\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(run(add(latin1))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(latin1 + ":2: not UTF-8: the byte at offset 10 (0xFC)");

		Path control = dir.resolve("control.txt");
		Files.writeString(control, "Line one\nLine\u0007 two\r\nthree\tfour\n");
		assertThat(run(add(control))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(control + ":2: control character U+0007 at column 5").contains("1 problem(s)");

		Path blank = dir.resolve("blank.txt");
		Files.writeString(blank, " \n\t\n");
		assertThat(run(add(blank))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(blank + ": the text is blank");

		Path large = dir.resolve("large.txt");
		Files.writeString(large, "a".repeat(1024 * 1024 + 1));
		assertThat(run(add(large))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(large + ": the text is 1,048,577 bytes; a document's text is at most 1,048,576 bytes");

		assertThat(run(add(article, "--published", "2999-01-01", "--url", "ftp://x", "--published-basis", " ")))
			.isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--published: 2999-01-01 is in the future", "--url: 'ftp://x' is not an http or https address",
				"--published-basis: must not be blank", "3 problem(s); nothing written.");
		assertThat(run(add(article, "--outlet", "no-such-outlet"))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--outlet: unknown entity 'no-such-outlet'");
		assertThat(run(add(article, "--published", "20 November 2025", "--id", "Not An Id"))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--published: '20 November 2025' is not a date (YYYY-MM-DD)", "--id: 'Not An Id' is no document id");

		assertThat(files()).isEqualTo(before);
	}

	@Test
	void theCommandLineListsIt() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("add-document");
		assertThat(run("add-document", "--help")).isZero();
		assertThat(out.toString()).contains("--published-basis", "--dataset", "1 MiB");
		assertThat(run("add-document", article.toString(), "--dataset", seeds.toString())).as("without the required options")
			.isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--title: required", "--publisher: required", "--published: required",
				"--published-basis: required", "4 problem(s); nothing written.");
	}

	@Test
	void anIdIsMadeAsTheSeedIdsAre() {
		assertThat(org.stancegraph.claims.NewDocument.idFor("Foundation for Defense of Democracies", java.time.LocalDate.of(2025, 11, 19),
				"Hamas rejects UN Security Council Resolution 2803")).isEqualTo("foundation-for-defense-2025-11-19-hamas-rejects-un-security-council-resolution-2803");
		assertThat(org.stancegraph.claims.NewDocument.idFor("matzav", java.time.LocalDate.of(2025, 11, 15),
				"Trump Rethinks Gaza Peace Strategy Amid Stalled Talks and Israeli Pushback — Türkiye’s role"))
			.isEqualTo("matzav-2025-11-15-trump-rethinks-gaza-peace-strategy-amid-stalled-talks-and");
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(seeds)) {
			return files.sorted().toList();
		}
	}
}
