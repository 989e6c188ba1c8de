package org.stancegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stancegraph.graph.Relation;

/**
 * The explorer takes its relations from GET /api/vocabulary: neither its script nor its styles name one, so a new
 * relation needs no change to the page (its columns, headings and colours come with it).
 */
class ExplorerScriptTest {

	static final Path EXPLORER = Path.of("src/main/resources/static/explorer");

	@Test
	void theScriptAndTheStylesNameNoRelation() throws IOException {
		String script = Files.readString(EXPLORER.resolve("explorer.js"));
		String styles = Files.readString(EXPLORER.resolve("explorer.css"));
		for (Relation relation : Relation.values()) {
			assertThat(Pattern.compile("\\b" + relation.name() + "\\b").matcher(script).find())
				.as("explorer.js names " + relation).isFalse();
			// the page's classes for a relation are its name in lower case (column opposes)
			assertThat(Pattern.compile("\\." + relation.name().toLowerCase() + "\\b").matcher(styles).find())
				.as("explorer.css names " + relation).isFalse();
		}
	}
}
