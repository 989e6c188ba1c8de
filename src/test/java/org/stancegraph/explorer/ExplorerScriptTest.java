package org.stancegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * The explorer takes its relations from GET /api/vocabulary: neither its script nor its styles name one, so a new
 * relation needs no change to the page (its columns, headings and colours come with it). Entity kinds are the one
 * list it keeps by hand (a colour each): every kind has one.
 */
class ExplorerScriptTest {

	static final Path EXPLORER = Path.of("src/main/resources/static/explorer");

	@Test
	void theScriptsAndTheStylesNameNoRelation() throws IOException {
		List<Path> scripts;
		try (var files = Files.list(EXPLORER)) {
			scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
		}
		assertThat(scripts).extracting(f -> f.getFileName().toString()).contains("explorer.js", "add-document.js", "dom.js");
		String styles = Files.readString(EXPLORER.resolve("explorer.css"));
		for (Relation relation : Relation.values()) {
			for (Path file : scripts) {
				assertThat(Pattern.compile("\\b" + relation.name() + "\\b").matcher(Files.readString(file)).find())
					.as(file.getFileName() + " names " + relation).isFalse();
			}
			// the page's classes for a relation are its name in lower case (column opposes)
			assertThat(Pattern.compile("\\." + relation.name().toLowerCase() + "\\b").matcher(styles).find())
				.as("explorer.css names " + relation).isFalse();
		}
	}

	@Test
	void everyEntityKindHasAColourOfItsOwn() throws IOException {
		String script = Files.readString(EXPLORER.resolve("explorer.js"));
		var table = Pattern.compile("(?s)const KIND_COLOURS = \\{(.*?)\\};").matcher(script);
		assertThat(table.find()).as("KIND_COLOURS in explorer.js").isTrue();
		var colours = new java.util.HashMap<String, String>();
		var entry = Pattern.compile("(\\w+): '(#[0-9a-f]{6})'").matcher(table.group(1));
		while (entry.find()) {
			colours.put(entry.group(1), entry.group(2));
		}
		assertThat(colours.keySet()).containsExactlyInAnyOrderElementsOf(EntityKind.names());
		assertThat(colours.values()).doesNotHaveDuplicates();
		// graphics need 3:1 against the white page (WCAG 1.4.11)
		colours.forEach((kind, colour) -> assertThat(contrastOnWhite(colour)).as(kind + " " + colour).isGreaterThanOrEqualTo(3.0));
	}

	static double contrastOnWhite(String hex) {
		double luminance = 0;
		double[] weights = {0.2126, 0.7152, 0.0722};
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
		}
		return 1.05 / (luminance + 0.05);
	}
}
