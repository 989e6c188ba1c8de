package org.stancegraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Runs every analyst query of {@code cypher/queries} against the seed graph, as Neo4j Browser or cypher-shell would:
 * the {@code :param name => value;} lines set the parameters (each value is a Cypher expression, evaluated by the
 * server), comment lines are skipped, and the single query that remains must run read-only, without error, and
 * return at least one row.
 */
@StancegraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherQueriesTest {

	static final Path QUERIES = Path.of("cypher", "queries");
	static final Path PARTS = Path.of("cypher", "api");

	/**
	 * Properties the loader writes only when a source states them (a validity period, a quantity, a period, what a
	 * condition is about, an addressee, the document's outlet and address, the reason a certainty stands despite a hedge word), which
	 * the seed graph may not have: the server warns of an unknown property, which here is not a typo.
	 */
	static final Set<String> OPTIONAL_PROPERTIES = Set.of("validFrom", "validUntil", "quantityValue", "quantityUnit",
			"quantityApproximate", "quantityBound", "periodDuration", "periodExtendable", "periodMinimum", "conditionOn",
			"conditionKind", "addressee", "claimant", "outlet", "belongsTo", "certaintyBasis", "url");

	/**
	 * Links of a claim the loader writes only when the claim states them (what its condition is about, to whom it is
	 * addressed, whose an unnamed source is), which the seed graph may not have: not typos either.
	 */
	static final Set<String> OPTIONAL_LINKS = Set.of("CONDITIONAL_ON", "ADDRESSED_TO", "BELONGS_TO", "CLAIMED_BY",
			"REPORTED_BY");
	static final String EXAMPLE = "01_backers_of_resolution_opposing_turkish_participation.cypher";

	static final Pattern USED_PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	@Autowired
	EmbeddedBolt bolt;

	Driver driver;

	@BeforeAll
	void connect() {
		driver = GraphDatabase.driver(bolt.uri(), bolt.authToken());
	}

	@AfterAll
	void close() {
		if (driver != null) {
			driver.close();
		}
	}

	/** One query file, split as the test reads it. */
	record QueryFile(Path path, String question, Map<String, String> paramExpressions, String query) {

		String name() {
			return path.getFileName().toString();
		}
	}

	/** The analyst questions (cypher/queries), then the parts of API answers (cypher/api): every file the API runs. */
	static List<Path> queryFiles() throws IOException {
		List<Path> files = new ArrayList<>(files(QUERIES));
		files.addAll(files(PARTS));
		return files;
	}

	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".cypher")).sorted().toList();
		}
	}

	/** A file as the app reads it ({@link org.stancegraph.graph.QueryFile}), with its path. */
	static QueryFile parse(Path path) throws IOException {
		var file = org.stancegraph.graph.QueryFile.parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
		return new QueryFile(path, String.join(" ", file.comment()).strip(), file.paramExpressions(), file.query());
	}

	/** The :param values as Neo4j Browser sets them: each expression evaluated by the server. */
	static Map<String, Object> evaluate(Driver driver, QueryFile file) {
		Map<String, Object> values = new LinkedHashMap<>();
		try (var session = driver.session()) {
			file.paramExpressions().forEach((name, expression) -> {
				Value value = session.run("RETURN " + expression + " AS v").single().get("v");
				values.put(name, value.asObject());
			});
		}
		return values;
	}

	/** The rows of one query file and the warnings the server gave about it. */
	record Outcome(List<Record> rows, List<String> warnings) {
	}

	Outcome run(QueryFile file) {
		Map<String, Object> params = evaluate(driver, file);
		try (var session = driver.session()) {
			// a read transaction: an analyst query never writes
			return session.executeRead(tx -> {
				var result = tx.run(file.query(), params);
				List<Record> rows = result.list();
				List<String> warnings = result.consume().notifications().stream()
					.filter(n -> n.rawSeverityLevel().filter("WARNING"::equalsIgnoreCase).isPresent())
					.filter(n -> OPTIONAL_PROPERTIES.stream()
						.noneMatch(p -> n.description().endsWith("(the missing property name is: " + p + ")")))
					// a relation of the vocabulary that no seed claim states yet is not a typo
					.filter(n -> java.util.stream.Stream.concat(org.stancegraph.graph.Relation.names().stream(), OPTIONAL_LINKS.stream())
						.noneMatch(r -> n.description().endsWith("(the missing relationship type is: " + r + ")")))
					.map(n -> n.title() + ": " + n.description())
					.toList();
				return new Outcome(rows, warnings);
			});
		}
	}

	@Test
	void thereAreAtLeastEightQueryFiles() throws IOException {
		assertThat(queryFiles()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(QUERIES.resolve(EXAMPLE)).isRegularFile();
	}

	@TestFactory
	Stream<DynamicTest> everyQueryFileRunsAndReturnsRows() throws IOException {
		return queryFiles().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(), () -> {
			List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
			assertThat(lines).as("%s is empty", path).isNotEmpty();
			assertThat(lines.get(0)).as("%s must open with a // comment stating the question", path).startsWith("//");

			QueryFile file = parse(path);
			assertThat(file.question()).as("%s: question comment", path).isNotBlank();
			assertThat(file.query()).as("%s: no query", path).isNotBlank();
			assertThat(file.query().replaceAll("'[^']*'", "''")).as("%s: exactly one query (no ';' inside it)", path)
				.doesNotContain(";");

			Set<String> used = new LinkedHashSet<>();
			Matcher m = USED_PARAM.matcher(file.query());
			while (m.find()) {
				used.add(m.group(1));
			}
			assertThat(file.paramExpressions().keySet()).as("%s: every :param is used by the query", path)
				.containsExactlyInAnyOrderElementsOf(used);

			Outcome outcome = run(file);
			assertThat(outcome.rows()).as("%s returned no rows on the seed graph", path).isNotEmpty();
			// deprecated syntax, unknown labels, relationship types or properties (typos)
			assertThat(outcome.warnings()).as("%s: server warnings", path).isEmpty();
		}));
	}

	@Test
	void exampleQuestionFindsIsrael() throws IOException {
		List<Record> rows = run(parse(QUERIES.resolve(EXAMPLE))).rows();
		assertThat(rows).hasSize(1);
		Value actors = rows.get(0).get("actors");
		assertThat(actors.values()).extracting(a -> a.get("actor").get("id").asString())
			.as("the backers of the 20-point plan who oppose Turkish participation in the ISF")
			.contains("israel");
		// both edges, each with its evidence
		assertThat(actors.values()).allSatisfy(actor -> {
			for (String edge : List.of("supports", "opposes")) {
				assertThat(actor.get(edge).get("evidence").values()).as(edge).isNotEmpty().allSatisfy(e -> {
					assertThat(e.get("quote").asString()).isNotBlank();
					assertThat(e.get("source").get("title").asString()).isNotBlank();
				});
			}
		});
	}
}
