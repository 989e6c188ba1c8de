package org.stancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * README.md and seeds/README.md give every relation and entity kind its words and name no other: a relation added
 * to {@link Relation} (or a kind to {@link EntityKind}) fails here until both say what it is, and one removed fails
 * until they stop naming it.
 */
class VocabularyDocumentedTest {

	static final Path README = Path.of("README.md");
	static final Path SEEDS_README = Path.of("seeds/README.md");

	/** A name in backticks: `SUPPORTS`, `State`. */
	static final Pattern CODE = Pattern.compile("`([^`]+)`");

	/** A row of seeds/README.md's relation table: | `NAME` | meaning | example |. */
	static final Pattern RELATION_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| ([^|]*) \\| ([^|]*) \\|$");

	@Test
	void seedsReadmeHasAMeaningAndAnExampleForEveryRelation() throws IOException {
		String table = section(read(SEEDS_README), "### Relations");
		Map<String, List<String>> rows = new LinkedHashMap<>();
		Matcher row = RELATION_ROW.matcher(table);
		while (row.find()) {
			rows.put(row.group(1), List.of(row.group(2).strip(), row.group(3).strip()));
		}
		assertThat(rows.keySet()).as("the relations in seeds/README.md's table").containsExactlyInAnyOrderElementsOf(Relation.names());
		rows.forEach((relation, words) -> assertThat(words).as(relation + ": meaning and example").allMatch(w -> !w.isEmpty()));
	}

	@Test
	void readmeListsEveryRelationAsAStanceOrAsStructure() throws IOException {
		String bullet = paragraph(read(README), "- Relations, a closed list");
		Matcher lists = Pattern.compile("stances (.*?); structure (.*?)\\.(\\s|$)").matcher(bullet);
		assertThat(lists.find()).as("README.md: \"stances ...; structure ...\" in: " + bullet).isTrue();
		assertThat(codes(lists.group(1))).as("README.md's stances")
			.containsExactlyInAnyOrderElementsOf(names(Arrays.stream(Relation.values()).filter(Relation::isStance).toList()));
		assertThat(codes(lists.group(2))).as("README.md's structure")
			.containsExactlyInAnyOrderElementsOf(names(Arrays.stream(Relation.values()).filter(r -> !r.isStance()).toList()));
	}

	@Test
	void bothReadmesSayWhatEveryKindCovers() throws IOException {
		String seeds = read(SEEDS_README);
		assertThat(kinds(paragraph(seeds, "Kinds:"))).as("seeds/README.md's Kinds: paragraph")
			.containsExactlyInAnyOrderElementsOf(EntityKind.names());
		Matcher comment = Pattern.compile("kind: State +# (.*)").matcher(seeds);
		assertThat(comment.find()).as("seeds/README.md: the kinds in the comment of entities.yaml's example").isTrue();
		assertThat(comment.group(1).split(" \\| ")).as("seeds/README.md's entities.yaml example")
			.containsExactlyInAnyOrderElementsOf(EntityKind.names());
		String bullet = paragraph(read(README), "- `Entity` is on every named thing");
		assertThat(kinds(bullet.substring(bullet.indexOf("kind label:"), bullet.indexOf("Ids are")))).as("README.md's model")
			.containsExactlyInAnyOrderElementsOf(EntityKind.names());
	}

	static String read(Path file) throws IOException {
		return Files.readString(file);
	}

	/** From a heading to the next heading of any level. */
	static String section(String text, String heading) {
		int start = text.indexOf("\n" + heading + "\n");
		assertThat(start).as(heading).isNotNegative();
		int end = text.indexOf("\n#", start + heading.length() + 2);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	/** A paragraph or list item, from where it starts to the next blank line or list item, as one line. */
	static String paragraph(String text, String start) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		Matcher end = Pattern.compile("\n\\s*\n|\n- ").matcher(text);
		int to = end.find(from + start.length()) ? end.start() : text.length();
		return text.substring(from, to).replaceAll("\\s*\n\\s*", " ");
	}

	static List<String> codes(String text) {
		return CODE.matcher(text).results().map(m -> m.group(1)).toList();
	}

	/** The kinds named in a passage: capitalised words in backticks (ids there are kebab-case). */
	static List<String> kinds(String text) {
		return codes(text).stream().filter(c -> c.matches("[A-Z][A-Za-z]*")).toList();
	}

	static List<String> names(List<Relation> relations) {
		return relations.stream().map(Relation::name).toList();
	}
}
