package org.stancegraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.util.HtmlUtils;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.graph.Relation;

/**
 * The Neo4j Browser guide as HTML: the first slide (stancegraph and its model) from {@code guide/guide.html}, then
 * one slide per analyst question of {@code cypher/queries/} (packaged into the jar), each from
 * {@code guide/question.html}. The format is the one Neo4j Browser 5 reads for {@code :guide <url>} and
 * {@code :play <url>}: {@code <slide>} elements, the {@code <title>} as the guide's name, and
 * {@code <pre class="code runnable">} blocks the Browser gives a play icon (run) and makes clickable (to the editor).
 */
final class GuidePage {

	static final String QUERIES = "classpath*:cypher/queries/*.cypher";


	private static final Pattern PARAMETER_NAME = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

	private GuidePage() {
	}

	/** One file of cypher/queries: its question (the slide title), the rest of its comment, :param lines, query. */
	record Question(String file, String title, String description, List<String> params, String query) {

		static Question parse(String file, String text) {
			QueryFile parsed = QueryFile.parse(file, text);
			String header = String.join(" ", parsed.comment()).strip();
			int end = header.indexOf('?');
			if (end < 0) {
				end = header.indexOf(':');
			}
			if (end < 0) {
				end = header.length() - 1;
			}
			String title = header.isEmpty() ? file : header.substring(0, end + 1).strip();
			if (title.endsWith(":")) {
				title = title.substring(0, title.length() - 1);
			}
			String description = header.substring(Math.min(end + 1, header.length())).strip();
			if (!description.isEmpty()) {
				description = Character.toUpperCase(description.charAt(0)) + description.substring(1);
			}
			return new Question(file, title, description, parsed.params(), parsed.query());
		}

		/**
		 * The question with some of its {@code :param} lines set to other values. A value is written as the literal
		 * the file's own value is (a string, a date, an integer), and only from characters that need no quoting
		 * (letters, digits, '-', '_'; a date as YYYY-MM-DD): it becomes Cypher text a user runs, never part of a
		 * query this app runs. Naming a parameter the file does not have is an error.
		 */
		Question withValues(Map<String, String> values) {
			Map<String, String> left = new LinkedHashMap<>(values);
			List<String> lines = params.stream().map(line -> {
				QueryFile.Param param = QueryFile.Param.of(line);
				if (!left.containsKey(param.name())) {
					return line;
				}
				return ":param " + param.name() + " => " + literal(param.name(), param.expression(), left.remove(param.name())) + ";";
			}).toList();
			if (!left.isEmpty()) {
				throw new IllegalArgumentException(file + " has no parameter " + String.join(", ", left.keySet())
						+ "; its parameters: " + params.stream().map(l -> QueryFile.Param.of(l).name())
							.collect(Collectors.joining(", ")));
			}
			return new Question(file, title, description, lines, query);
		}

		private String literal(String name, String expression, String value) {
			if (expression.startsWith("date(")) {
				try {
					return "date('" + LocalDate.parse(value) + "')";
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException(file + ": " + name + " must be a date (YYYY-MM-DD), not '" + value + "'");
				}
			}
			if (expression.matches("\\d+")) {
				if (!value.matches("\\d{1,9}")) {
					throw new IllegalArgumentException(file + ": " + name + " must be a whole number, not '" + value + "'");
				}
				return value;
			}
			if (expression.startsWith("'")) {
				if (!value.matches("[A-Za-z0-9_-]{1,120}")) {
					throw new IllegalArgumentException(file + ": " + name
							+ " must be 1 to 120 letters, digits, '-' or '_', not '" + value + "'");
				}
				return "'" + value + "'";
			}
			throw new IllegalArgumentException(file + ": " + name + " cannot be set here; change it in the Browser");
		}
	}

	/** The guide, with the questions found on the classpath. */
	static String render() {
		return render(questions());
	}

	static String render(List<Question> questions) {
		String page = template("guide/guide.html");
		StringBuilder slides = new StringBuilder();
		for (int i = 0; i < questions.size(); i++) {
			slides.append(slide(questions.get(i), i + 1, questions.size()));
		}
		return fill(page, Map.of("count", Integer.toString(questions.size()),
				"stances", relations(true), "structure", relations(false), "certainties", certainties(),
				"questions", slides.toString().strip()));
	}

	/** One question as a guide of its own: the explorer's "Open in Neo4j Browser" links open such a guide. */
	static String renderOne(Question question) {
		return fill(template("guide/one-question.html"), Map.of("question", slide(question, 1, 1).strip()));
	}

	private static String slide(Question q, int number, int count) {
		String html = fill(template("guide/question.html"), Map.of("title", escape(q.title()),
				"description", codeParameters(escape(q.description())), "number", Integer.toString(number),
				"count", Integer.toString(count), "file", escape(q.file()),
				"params", escape(String.join("\n", q.params())), "query", escape(q.query())));
		return q.params().isEmpty() ? html.replaceAll("(?s)<!--params-->.*?<!--/params-->\\n?", "")
				: html.replaceAll("<!--/?params-->\\n?", "");
	}

	/** The files of cypher/queries on the classpath, in file name order (they are numbered). */
	static List<Question> questions() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(GuidePage.class.getClassLoader())
				.getResources(QUERIES);
			List<Question> questions = new ArrayList<>();
			for (Resource file : Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList()) {
				try (InputStream in = file.getInputStream()) {
					questions.add(Question.parse(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return questions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words of {@link Certainty}, strongest first. */
	private static String certainties() {
		return Certainty.words().stream().map(word -> "<code>" + word + "</code>").collect(Collectors.joining(", "));
	}

	private static String relations(boolean stance) {
		return Arrays.stream(Relation.values())
			.filter(r -> r.isStance() == stance)
			.map(r -> "<code>" + r.name() + "</code>")
			.collect(Collectors.joining(", "));
	}

	private static String template(String location) {
		try (InputStream in = GuidePage.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException(location + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fill(String template, Map<String, String> values) {
		Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalStateException("no value for {{" + m.group(1) + "}} in the guide template");
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return m.appendTail(out).toString();
	}

	/** HTML text: {@code < > & " '} as entities, so a runnable block's text is the Cypher as written. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String codeParameters(String html) {
		return PARAMETER_NAME.matcher(html).replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group()) + "</code>");
	}
}
