package org.stancegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of {@code cypher/}: the text the API runs is the text an analyst opens in the Browser guide, so every
 * read query lives in such a file (packaged into the jar) and nowhere else. A file is a {@code //} comment that
 * states the question, {@code :param name => value;} lines as Neo4j Browser and cypher-shell read them (the
 * example values an analyst starts from; the API binds its own), then exactly one query.
 *
 * @param file the file name, e.g. {@code 32_positions_as_of.cypher}
 * @param comment the comment lines before the first {@code :param} or query line, without {@code //}
 * @param params the {@code :param} lines as written
 * @param query the query, without a final {@code ;}
 */
public record QueryFile(String file, List<String> comment, List<String> params, String query) {

	/** Analyst questions: the Browser guide has a slide for each. */
	public static final String QUESTIONS = "cypher/queries/";

	/** The parts of API answers that are not questions of their own: counts, look-ups, the quotes of a page. */
	public static final String PARTS = "cypher/api/";

	/** {@code :param name => <Cypher expression>;}, one line. */
	private static final Pattern PARAM = Pattern.compile("^:param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=>\\s*(.+?)\\s*;?\\s*$");

	public QueryFile {
		comment = List.copyOf(comment);
		params = List.copyOf(params);
	}

	/** A question of {@code cypher/queries/}, by file name. */
	public static QueryFile question(String file) {
		return load(QUESTIONS + file);
	}

	/** A part of {@code cypher/api/}, by file name. */
	public static QueryFile part(String file) {
		return load(PARTS + file);
	}

	/** A file from the classpath; a missing or malformed file stops the app at start, naming the file. */
	public static QueryFile load(String location) {
		try (InputStream in = QueryFile.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException(location + " is missing from the classpath");
			}
			return parse(location.substring(location.lastIndexOf('/') + 1),
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Splits a file's text: comment, :param lines, query. A :param line after the query start is an error. */
	public static QueryFile parse(String file, String text) {
		List<String> comment = new ArrayList<>();
		List<String> params = new ArrayList<>();
		StringBuilder query = new StringBuilder();
		int number = 0;
		for (String line : text.lines().toList()) {
			number++;
			String trimmed = line.strip();
			if (query.isEmpty() && params.isEmpty() && trimmed.startsWith("//")) {
				comment.add(trimmed.substring(2).strip());
			}
			else if (trimmed.startsWith(":param")) {
				if (!query.isEmpty()) {
					throw new IllegalArgumentException(file + ":" + number + ": a :param line after the query starts");
				}
				if (!PARAM.matcher(trimmed).matches()) {
					throw new IllegalArgumentException(file + ":" + number + ": not a ':param name => value;' line");
				}
				params.add(trimmed);
			}
			else if (!query.isEmpty() || !(trimmed.isEmpty() || trimmed.startsWith("//"))) {
				query.append(line.stripTrailing()).append('\n');
			}
		}
		String cypher = query.toString().strip();
		if (cypher.endsWith(";")) {
			cypher = cypher.substring(0, cypher.length() - 1).stripTrailing();
		}
		if (cypher.isEmpty()) {
			throw new IllegalArgumentException(file + ": no query");
		}
		return new QueryFile(file, comment, params, cypher);
	}

	/** A {@code :param} line's name and value expression. */
	public record Param(String name, String expression) {

		/** The parts of a line as {@link #parse} accepted it; anything else is not a :param line. */
		public static Param of(String line) {
			Matcher m = PARAM.matcher(line);
			if (!m.matches()) {
				throw new IllegalArgumentException("not a ':param name => value;' line: " + line);
			}
			return new Param(m.group(1), m.group(2));
		}
	}

	/** Each :param's name and its value expression, in file order. */
	public Map<String, String> paramExpressions() {
		Map<String, String> expressions = new LinkedHashMap<>();
		params.stream().map(Param::of).forEach(p -> expressions.put(p.name(), p.expression()));
		return expressions;
	}

	/**
	 * The query with one piece of its text put in place of another that occurs in it exactly once: for the few
	 * answers whose variants differ in what a parameter cannot carry (a relationship type the planner walks alone,
	 * a path length bound). The variant is the file's text with that one piece changed, as the file's comment says.
	 */
	public String replacing(String piece, String replacement) {
		int at = query.indexOf(piece);
		if (at < 0 || query.indexOf(piece, at + 1) >= 0) {
			throw new IllegalStateException(file + " must contain '" + piece + "' exactly once");
		}
		return query.substring(0, at) + replacement + query.substring(at + piece.length());
	}
}
