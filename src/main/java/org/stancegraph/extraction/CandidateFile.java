package org.stancegraph.extraction;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Candidates as a claim file in the format of seeds/claims (a {@code source} and a {@code claims} list), ready for a
 * reviewer to edit, {@code validate} and {@code load}. Why each was proposed (its cue, the mentions used, the
 * quote's offsets) goes in comments above it, so that the file stays valid against the claim-file schema.
 */
public final class CandidateFile {

	private CandidateFile() {
	}

	/**
	 * @param header lines said at the top of the file, as comments (where the text and the entities came from)
	 */
	public static String write(String sourceId, Extraction extraction, List<String> header) {
		StringBuilder out = new StringBuilder();
		header.forEach(line -> comment(out, "", line));
		List<Mention> ambiguous = extraction.mentions().stream().filter(Mention::ambiguous).toList();
		comment(out, "", extraction.mentions().size() + " mentions of entities, " + ambiguous.size() + " of them ambiguous; "
				+ extraction.candidates().size() + " candidate claims. Keep, edit or delete each; then run"
				+ " `stancegraph validate` and `stancegraph load`.");
		ambiguous.stream().collect(Collectors.groupingBy(m -> m.start() + "-" + m.end() + " \"" + m.text() + "\"",
				java.util.LinkedHashMap::new, Collectors.mapping(Mention::entity, Collectors.joining(", "))))
			.forEach((where, ids) -> comment(out, "", "ambiguous: " + where + " names " + ids));
		out.append("source: ").append(sourceId).append('\n');
		if (extraction.candidates().isEmpty()) {
			comment(out, "", "no candidates: the text states no relation the cues know between entities of the dataset");
			return out.toString();
		}
		out.append("claims:\n");
		for (Candidate c : extraction.candidates()) {
			Candidate.Why why = c.why();
			comment(out, "  ", (why.cue().isEmpty() ? "" : "cue \"" + why.cue() + "\" at " + why.cueStart() + "-" + why.cueEnd() + ", ")
					+ why.rule());
			comment(out, "  ", "mentions: " + why.mentions().stream()
				.map(m -> "\"" + m.text() + "\" " + m.start() + "-" + m.end() + " " + m.entity() + (m.ambiguous() ? " (ambiguous)" : ""))
				.collect(Collectors.joining("; ")));
			comment(out, "  ", "quote at " + c.quoteStart() + "-" + c.quoteEnd());
			out.append("  - id: ").append(c.id()).append('\n');
			field(out, "holder", c.holder());
			field(out, "relation", c.relation().name());
			field(out, "target", c.target());
			field(out, "certainty", c.certainty());
			field(out, "speaker", c.speaker());
			field(out, "claimant", c.claimant());
			if (!c.via().isEmpty()) {
				out.append("    via: [").append(String.join(", ", c.via())).append("]\n");
			}
			field(out, "condition", c.condition());
			field(out, "conditionKind", c.conditionKind());
			field(out, "vote", c.vote());
			field(out, "date", c.date());
			field(out, "quote", c.quote());
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append("    ").append(name).append(": ").append(quoted(value)).append('\n');
		}
	}

	private static void comment(StringBuilder out, String indent, String text) {
		out.append(indent).append("# ").append(text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ")).append('\n');
	}

	/** A YAML double-quoted scalar: the value exactly, whatever it holds. */
	static String quoted(String value) {
		StringBuilder q = new StringBuilder("\"");
		value.codePoints().forEach(cp -> {
			switch (cp) {
				case '"' -> q.append("\\\"");
				case '\\' -> q.append("\\\\");
				case '\n' -> q.append("\\n");
				case '\t' -> q.append("\\t");
				case '\r' -> q.append("\\r");
				default -> {
					if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
						q.append(String.format("\\u%04X", cp));
					}
					else {
						q.appendCodePoint(cp);
					}
				}
			}
		});
		return q.append('"').toString();
	}
}
