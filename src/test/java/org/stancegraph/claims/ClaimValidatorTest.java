package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * The validator on a small valid dataset broken one way at a time: each kind of broken file must give a problem
 * that names the file, the line and the field, and say what is wrong. No database is involved.
 */
class ClaimValidatorTest {

	static final Path SMALL = TestDatasets.SMALL;
	static final String CLAIMS = "claims/test-2025-11-20-small.yaml";
	static final String ENTITIES = "entities.yaml";
	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@TempDir
	Path dir;

	final ClaimValidator validator = new ClaimValidator(TODAY);

	@Test
	void theSmallDatasetIsValid() {
		ClaimSet set = validator.validate(DatasetFiles.fromPath(SMALL));
		assertThat(set.documents()).hasSize(1);
		assertThat(set.entities()).hasSize(7);
		assertThat(set.claims()).extracting(ClaimDefinition::id).containsExactly("small-israel-opposes-turkish-participation",
				"small-waltz-speaks-for-us", "small-us-supports-isf", "small-russia-abstained");
		// the quote spans two lines in the YAML: whitespace is normalised, nothing else
		assertThat(set.claims().getLast().quote()).isEqualTo("Russia and China abstained.");
	}

	/** A claim file of before certainty: every claim loads as reported, in the document's voice, and says so. */
	@Test
	void claimsWithoutTheNewFieldsTakeTheDocumentedDefaults() {
		ClaimSet set = validator.validate(DatasetFiles.fromPath(SMALL));
		assertThat(set.claims()).allSatisfy(c -> {
			assertThat(c.attribution().certainty()).isEqualTo(Certainty.REPORTED);
			assertThat(c.attribution().certaintyGiven()).isFalse();
			assertThat(c.qualifiers().reported()).isEqualTo(LocalDate.of(2025, 11, 20));
			assertThat(c.qualifiers().datePrecision()).isEqualTo("day");
		});
		// the speaker, if any, says it; else the document's outlet, and this one names none
		assertThat(set.claims()).extracting(c -> c.attribution().claimant()).containsExactly(null, null, "mike-waltz", null);
		assertThat(set.defaultCertainty()).containsOnlyKeys(SMALL.resolve(CLAIMS).toString())
			.containsValue(List.of("small-israel-opposes-turkish-participation", "small-waltz-speaks-for-us", "small-us-supports-isf",
					"small-russia-abstained"));
		assertThat(set.claims().get(2).attribution().hedges()).containsExactly("would");
	}

	@Test
	void theNewFieldsAreRead() throws IOException {
		Path root = copyOfSmallDataset();
		Path claims = root.resolve(CLAIMS);
		Files.writeString(claims, Files.readString(claims).replace("    holder: israel\n", """
				    holder: israel
				    certainty: stated
				    date: "2025-11"
				    reported: "2025-11-21"
				    condition: "if Ankara sends troops"
				    conditionKind: only-if
				    conditionOn: isf
				    quantity: {value: 53, unit: percent, approximate: true}
				    period: {duration: P2Y, extendable: true}
				""").replace("    date: \"2025-11-20\"\n    quote: \"Israel", "    quote: \"Israel")
			.replace("    speaker: mike-waltz\n", "    speaker: mike-waltz\n    certainty: stated\n    certaintyBasis: \"'would' reports the words of Waltz\"\n")
			.replace("    holder: russia\n", "    holder: russia\n    certainty: probable\n    claimant: mike-waltz\n    reportedBy: united-states\n"));
		Files.writeString(root.resolve("documents/test-2025-11-20-small.yaml"), "outlet: israel\n", java.nio.file.StandardOpenOption.APPEND);

		List<ClaimDefinition> read = validator.validate(DatasetFiles.fromPath(root)).claims();

		ClaimDefinition israel = read.getFirst();
		assertThat(israel.date()).isEqualTo(LocalDate.of(2025, 11, 1));
		assertThat(israel.qualifiers()).isEqualTo(new Qualifiers("month", LocalDate.of(2025, 11, 21),
				new Qualifiers.Quantity(53L, "percent", true, "exactly"), new Qualifiers.Period("P2Y", true, false), "only-if", "isf", null));
		assertThat(israel.attribution().claimant()).as("stated: the holder's own word").isEqualTo("israel");
		assertThat(read.get(1).attribution().claimant()).as("no certainty, no speaker: the document's outlet").isEqualTo("israel");
		assertThat(read.get(2).attribution().certaintyBasis()).contains("'would'");
		assertThat(read.get(3).attribution()).isEqualTo(new Attribution(Certainty.PROBABLE, true, null, "mike-waltz",
				List.of("united-states"), List.of()));
	}

	@Test
	void theSeedDatasetIsValid() {
		ClaimSet set = new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS));
		assertThat(set.documents()).hasSize(5);
		assertThat(set.claims()).hasSizeGreaterThan(80);
	}

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				broken("bad YAML", CLAIMS, "    holder: israel\n", "    holder: [israel\n", 0, "", "not valid YAML"),
				broken("duplicate YAML key", CLAIMS, "    holder: israel\n", "    holder: israel\n    holder: russia\n", 5, "", "not valid YAML: Duplicate"),
				broken("unknown entity", CLAIMS, "    holder: israel\n", "    holder: atlantis\n", 4, "claims[0].holder", "unknown entity 'atlantis'"),
				broken("unknown relation", CLAIMS, "relation: OPPOSES", "relation: ENDORSES", 5, "claims[0].relation", "'ENDORSES'"),
				broken("missing quote", CLAIMS, "    quote: \"Israel firmly opposes Ankara’s participation in any future ISF.\"\n", "", 3, "claims[0].quote", "required property 'quote'"),
				broken("quote not in the document", CLAIMS, "Israel firmly opposes", "Israel strongly opposes", 8, "claims[0].quote", "quote does not occur in the text of 'test-2025-11-20-small'"),
				broken("impossible date", CLAIMS, "    date: \"2025-11-20\"\n    quote: \"Israel", "    date: \"2025-02-30\"\n    quote: \"Israel", 7, "claims[0].date", "'2025-02-30' is not a date"),
				broken("date in the wrong format", CLAIMS, "    date: \"2025-11-20\"\n    quote: \"Israel", "    date: \"20 November 2025\"\n    quote: \"Israel", 7, "claims[0].date", "pattern"),
				broken("date in the future", CLAIMS, "    date: \"2025-11-20\"\n    quote: \"Israel", "    date: \"2999-01-01\"\n    quote: \"Israel", 7, "claims[0].date", "is in the future"),
				broken("duplicate claim id", CLAIMS, "id: small-waltz-speaks-for-us", "id: small-israel-opposes-turkish-participation", 9, "claims[1].id", "duplicate claim id"),
				broken("duplicate entity id", ENTITIES, "  - id: russia\n", "  - id: israel\n", 9, "entities[2].id", "duplicate entity id 'israel'"),
				broken("unknown source document", CLAIMS, "source: test-2025-11-20-small", "source: nowhere", 1, "source", "unknown source document 'nowhere'"),
				broken("speaker who does not speak for the holder", CLAIMS, "    holder: united-states\n", "    holder: israel\n", 20, "claims[2].speaker", "does not speak for the holder 'israel'"),
				broken("misspelt field", CLAIMS, "    speaker: mike-waltz", "    spekaer: mike-waltz", 20, "claims[2].spekaer", "spekaer"),
				broken("id that is not kebab-case", CLAIMS, "id: small-russia-abstained", "id: Small_Russia", 22, "claims[3].id", "'Small_Russia'"),
				broken("holder and target the same", CLAIMS, "    target: resolution-2803\n", "    target: russia\n", 25, "claims[3].target", "holder and target are both 'russia'"),
				broken("speaksFor with no claim behind it", ENTITIES, "speaksFor: [united-states]", "speaksFor: [united-states, israel]", 25, "entities[6].speaksFor[1]", "no SPEAKS_FOR claim"),
				broken("unknown kind", ENTITIES, "    kind: Instrument", "    kind: Treaty", 13, "entities[3].kind", "'Treaty'"),
				broken("validity ending before it starts", CLAIMS, "    speaker: mike-waltz\n", "    speaker: mike-waltz\n    validFrom: \"2027-01-01\"\n    validUntil: \"2026-01-01\"\n", 22, "claims[2].validUntil", "is before validFrom"),
				broken("empty file", CLAIMS, null, "", 0, "", "the file is empty"),
				broken("vote that its relation does not state", CLAIMS, "    relation: ABSTAINED\n", "    relation: ABSTAINED\n    vote: for\n", 25, "claims[3].vote", "a vote 'for' is stated with relation SUPPORTS, not ABSTAINED"),
				broken("urging on a claim that urges nothing", CLAIMS, "    relation: OPPOSES\n", "    relation: OPPOSES\n    urging: SUPPORTS\n", 6, "claims[0].urging", "urging goes with relation URGES"),
				broken("tally whose quote is not in the document", CLAIMS, "      abstained.\"\n", "      abstained.\"\nvotes:\n  - id: small-vote\n    instrument: resolution-2803\n    body: united-states\n    date: \"2025-11-17\"\n    for: 13\n    against: 0\n    abstain: 2\n    quote: \"13 in favor\"\n", 37, "votes[0].quote", "quote does not occur"),
				broken("hedge cue on a stated claim", CLAIMS, "    speaker: mike-waltz\n", "    speaker: mike-waltz\n    certainty: stated\n", 22, "claims[2].quote", "the quote hedges (would) but the claim is stated"),
				broken("hedge cue whose basis names another word", CLAIMS, "    speaker: mike-waltz\n", "    speaker: mike-waltz\n    certainty: stated\n    certaintyBasis: \"a plain statement\"\n", 23, "claims[2].quote", "why 'would' is no hedge here"),
				broken("stated claim claimed by someone else", CLAIMS, "    holder: israel\n", "    holder: israel\n    certainty: stated\n    claimant: russia\n", 6, "claims[0].claimant", "its claimant is the holder 'israel' or its speaker, not 'russia'"),
				broken("unknown certainty", CLAIMS, "    holder: israel\n", "    holder: israel\n    certainty: sure\n", 5, "claims[0].certainty", "'sure'"),
				broken("unknown entity in the chain", CLAIMS, "    holder: israel\n", "    holder: israel\n    via: [russia, atlantis]\n", 5, "claims[0].via[1]", "unknown entity 'atlantis'"),
				broken("unknown claimant", CLAIMS, "    holder: israel\n", "    holder: israel\n    claimant: atlantis\n", 5, "claims[0].claimant", "unknown entity 'atlantis'"),
				broken("condition kind without a condition", CLAIMS, "    holder: israel\n", "    holder: israel\n    conditionKind: unless\n", 5, "claims[0].conditionKind", "go with a condition"),
				broken("unknown kind of condition", CLAIMS, "    holder: israel\n", "    holder: israel\n    condition: \"if asked\"\n    conditionKind: whenever\n", 6, "claims[0].conditionKind", "'whenever'"),
				broken("reported before it was said", CLAIMS, "    holder: israel\n", "    holder: israel\n    reported: \"2025-11-01\"\n", 5, "claims[0].reported", "is before the date it was said, 2025-11-20"),
				broken("month that does not exist", CLAIMS, "    date: \"2025-11-20\"\n    quote: \"Israel", "    date: \"2025-13\"\n    quote: \"Israel", 7, "claims[0].date", "'2025-13' is not a date"),
				broken("quantity without a unit", CLAIMS, "    holder: israel\n", "    holder: israel\n    quantity: {value: 2000}\n", 5, "claims[0].quantity.unit", "unit"),
				broken("period that is not ISO-8601", CLAIMS, "    holder: israel\n", "    holder: israel\n    period: {duration: two years}\n", 5, "claims[0].period.duration", "pattern"),
				broken("unknown outlet", "documents/test-2025-11-20-small.yaml", "corpusFile: small.txt", "corpusFile: small.txt\noutlet: atlantis", 7, "outlet", "unknown entity 'atlantis'"),
				broken("unknown owner of an unnamed source", ENTITIES, "    name: Russia\n", "    name: Russia\n  - id: russian-source\n    kind: UnnamedSource\n    name: a Russian source\n    belongsTo: atlantis\n", 15, "entities[3].belongsTo", "unknown entity 'atlantis'"),
				broken("number where text belongs", CLAIMS, "    target: resolution-2803\n", "    target: 2803\n", 25, "claims[3].target", "integer"));
	}

	static Arguments broken(String kind, String file, String from, String to, int line, String field, String message) {
		return Arguments.of(kind, file, from, to, line, field, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void brokenFileIsRejectedWithItsPlace(String kind, String file, String from, String to, int line, String field,
			String message) throws IOException {
		Path root = copyOfSmallDataset();
		Path broken = root.resolve(file);
		String text = Files.readString(broken);
		if (from == null) {
			text = to;
		}
		else {
			assertThat(text).as("fixture text to replace").contains(from);
			text = text.replace(from, to);
		}
		Files.writeString(broken, text);

		List<Problem> problems = problems(root);

		assertThat(problems).as(kind).anySatisfy(problem -> {
			assertThat(problem.file()).endsWith(file);
			if (line > 0) {
				assertThat(problem.line()).isEqualTo(line);
			}
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.message()).contains(message);
			assertThat(problem.toString()).startsWith(broken + ":" + problem.line());
		});
	}

	/** The schemas' closed lists are put in from Relation and EntityKind: each name of them is accepted... */
	@ParameterizedTest
	@EnumSource(Relation.class)
	void everyRelationIsInTheClaimFileSchema(Relation relation) throws IOException {
		assertThat(problemsWith(CLAIMS, "relation: OPPOSES", "relation: " + relation.name()))
			.noneMatch(p -> p.field().equals("claims[0].relation"));
	}

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void everyKindIsInTheEntityFileSchema(EntityKind kind) throws IOException {
		assertThat(problemsWith(ENTITIES, "    kind: Instrument", "    kind: " + kind.name()))
			.noneMatch(p -> p.field().equals("entities[3].kind"));
	}

	/** ...and the problem with a name outside them lists exactly theirs. */
	@Test
	void aNameOutsideTheVocabularyIsRefusedWithTheVocabulary() throws IOException {
		assertThat(enumeration(problemsWith(CLAIMS, "relation: OPPOSES", "relation: ENDORSES"), "claims[0].relation"))
			.isEqualTo(Relation.names());
		assertThat(enumeration(problemsWith(ENTITIES, "    kind: Instrument", "    kind: Treaty"), "entities[3].kind"))
			.isEqualTo(EntityKind.names());
	}

	/** The values a problem of the field says are allowed: "... in the enumeration ["A", "B"]". */
	static List<String> enumeration(List<Problem> problems, String field) {
		Problem problem = problems.stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow();
		assertThat(problem.message()).contains("enumeration [");
		String list = problem.message().substring(problem.message().indexOf('[') + 1, problem.message().lastIndexOf(']'));
		return Arrays.stream(list.split(",")).map(value -> value.strip().replace("\"", "")).toList();
	}

	/** The problems of the small dataset with one text of one file replaced (none when it is still valid). */
	private List<Problem> problemsWith(String file, String from, String to) throws IOException {
		Path root = TestDatasets.copy(SMALL, Files.createTempDirectory(dir, "copy")); // a copy of its own for each call
		String text = Files.readString(root.resolve(file));
		assertThat(text).as("fixture text to replace").contains(from);
		Files.writeString(root.resolve(file), text.replace(from, to));
		try {
			validator.validate(DatasetFiles.fromPath(root));
			return List.of();
		}
		catch (InvalidClaimFilesException ex) {
			return ex.problems();
		}
	}

	@Test
	void notUtf8IsRejectedAtItsLine() throws IOException {
		Path root = copyOfSmallDataset();
		Path claims = root.resolve(CLAIMS);
		byte[] bytes = Files.readString(claims).replace("any future ISF", "any future ISF \u0000").getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII quote: not UTF-8
			}
		}
		Files.write(claims, bytes);
		assertThat(problems(root)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(8);
			assertThat(problem.message()).contains("not UTF-8");
		});
	}

	@Test
	void duplicateClaimIdAcrossFilesNamesBothPlaces() throws IOException {
		Path root = copyOfSmallDataset();
		// sorted by name, copy.yaml is read first: the original's claims are the duplicates
		Files.copy(root.resolve(CLAIMS), root.resolve("claims/copy.yaml"));
		assertThat(problems(root)).hasSize(4).allSatisfy(problem -> {
			assertThat(problem.file()).endsWith(CLAIMS);
			assertThat(problem.message()).contains("duplicate claim id").contains("claims/copy.yaml:");
		});
	}

	@Test
	void folderWhereAFileBelongsIsRejected() throws IOException {
		Path root = copyOfSmallDataset();
		Files.createDirectories(root.resolve("claims/not-a-file.yaml"));
		assertThat(problems(root)).singleElement().satisfies(p -> assertThat(p.message()).contains("is a folder"));
	}

	@Test
	void symbolicLinkLoopIsRejected() throws IOException {
		Path root = copyOfSmallDataset();
		Files.createSymbolicLink(root.resolve("claims/loop"), root.resolve("claims"));
		assertThat(problems(root)).singleElement().satisfies(p -> assertThat(p.message()).contains("symbolic link loop"));
	}

	@Test
	void documentWithoutItsTextIsRejected() throws IOException {
		Path root = copyOfSmallDataset();
		Files.delete(root.resolve("documents/test-2025-11-20-small.txt"));
		assertThat(problems(root)).anySatisfy(p -> {
			assertThat(p.file()).endsWith("documents/test-2025-11-20-small.yaml");
			assertThat(p.message()).contains("no text file test-2025-11-20-small.txt");
		});
	}

	@Test
	void singleClaimFileIsValidatedWithItsDataset() {
		ClaimSet set = validator.validate(DatasetFiles.fromPath(SMALL.resolve(CLAIMS)));
		assertThat(set.claims()).hasSize(4);
	}

	@Test
	void pathOutsideAnyDatasetIsRejected() throws IOException {
		Path lonely = Files.writeString(dir.resolve("lonely.yaml"), "source: x\n");
		assertThatThrownBy(() -> DatasetFiles.fromPath(lonely)).isInstanceOf(InvalidClaimFilesException.class)
				.hasMessageContaining("no entities.yaml");
	}

	private List<Problem> problems(Path root) {
		try {
			validator.validate(DatasetFiles.fromPath(root));
		}
		catch (InvalidClaimFilesException ex) {
			assertThat(ex.problems()).isNotEmpty();
			return ex.problems();
		}
		throw new AssertionError("the broken dataset validated");
	}

	private Path copyOfSmallDataset() {
		return TestDatasets.copy(SMALL, dir);
	}
}
