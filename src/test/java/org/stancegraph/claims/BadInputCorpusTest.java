package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bad-input corpus (src/test/resources/bad-input): every case must be refused with the problem it names (file,
 * line, field, message) by the path {@code load} takes (validate, then load), and leave the graph as it was: the same
 * {@link GraphFingerprint} (nodes and properties per label, relationships and properties per type).
 */
@StancegraphIntegrationTest
class BadInputCorpusTest {

	static final Path CORPUS = Path.of("src/test/resources/bad-input");
	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	/** One case of cases.yaml. */
	record Case(String name, String file, String replaces, String adds, String folder, String symlinkLoop,
			String problemFile, int line, String field, String message) {

		/** The dataset file the problem must name. */
		String expectedFile() {
			return problemFile != null ? problemFile : replaces;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@TempDir
	Path dir;

	static List<Case> cases() throws IOException {
		return YAMLMapper.builder().build().readValue(CORPUS.resolve("cases.yaml").toFile(), new TypeReference<List<Case>>() {
		});
	}

	@Test
	void theCorpusHasAtLeastFortyCasesEachWithItsFile() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		assertThat(cases).extracting(Case::name).doesNotHaveDuplicates();
		cases.stream().filter(c -> c.file() != null)
			.forEach(c -> assertThat(CORPUS.resolve("files").resolve(c.file())).as(c.name()).isRegularFile());
		try (Stream<Path> files = Files.list(CORPUS.resolve("files"))) {
			assertThat(files.map(f -> f.getFileName().toString()))
				.as("every file in the corpus is a case").containsExactlyInAnyOrderElementsOf(
						cases.stream().map(Case::file).filter(f -> f != null).toList());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachBadInputIsRefusedWithItsPlaceAndWritesNothing(Case c) throws IOException {
		Path root = TestDatasets.copy(TestDatasets.SMALL, dir);
		apply(c, root);
		Map<String, Long> before = GraphFingerprint.counts(neo4j);

		InvalidClaimFilesException refused = catchThrowableOfType(InvalidClaimFilesException.class,
				() -> loader.load(new ClaimValidator(TODAY).validate(DatasetFiles.fromPath(root))));

		assertThat(refused).as(c.name() + ": refused").isNotNull();
		assertThat(refused.problems()).as(c.name()).anySatisfy(problem -> {
			assertThat(problem.file()).endsWith(c.expectedFile());
			assertThat(problem.line()).isEqualTo(c.line());
			assertThat(problem.field()).isEqualTo(c.field());
			assertThat(problem.message()).startsWith(c.message());
		});
		// the first problem is the one the case is about: no echo of it comes before
		assertThat(refused.problems().getFirst().message()).as(c.name() + ": first problem").startsWith(c.message());
		assertThat(GraphFingerprint.counts(neo4j)).as(c.name() + ": the graph").isEqualTo(before);
	}

	private static void apply(Case c, Path root) throws IOException {
		if (c.replaces() != null) {
			Files.copy(CORPUS.resolve("files").resolve(c.file()), root.resolve(c.replaces()), StandardCopyOption.REPLACE_EXISTING);
		}
		if (c.adds() != null) {
			Files.copy(CORPUS.resolve("files").resolve(c.file()), root.resolve(c.adds()));
		}
		if (c.folder() != null) {
			Files.createDirectories(root.resolve(c.folder()));
		}
		if (c.symlinkLoop() != null) {
			Path link = root.resolve(c.symlinkLoop());
			Files.createSymbolicLink(link, link.getParent());
		}
	}
}
