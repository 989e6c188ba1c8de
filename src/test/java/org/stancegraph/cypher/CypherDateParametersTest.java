package org.stancegraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * Drivers, forms and URLs pass a date as the ISO string '2025-11-10', the :param lines as a Cypher DATE; a DATE
 * compared with a string is null, so a query that does not convert drops every row without a warning. Every file of
 * {@code cypher/queries} with a date parameter (a :param whose value is a DATE) must give the same rows both ways.
 */
@StancegraphIntegrationTest
class CypherDateParametersTest {

	/** The answer's order is the file's only when it ends with ORDER BY. */
	static final Pattern ORDERED = Pattern.compile("(?is).*\\bORDER\\s+BY\\b[^()]*$");

	/** The app's driver: these runs are the Browser's, not the app's, but need no connection of their own. */
	@Autowired
	Driver driver;

	@TestFactory
	Stream<DynamicTest> everyDateParameterMayBeADateOrAnIsoString() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path path : CypherQueriesTest.queryFiles()) {
			CypherQueriesTest.QueryFile file = CypherQueriesTest.parse(path);
			Map<String, Object> asDates = CypherQueriesTest.evaluate(driver, file);
			Map<String, Object> asStrings = new LinkedHashMap<>(asDates);
			asStrings.replaceAll((name, value) -> value instanceof LocalDate date ? date.toString() : value);
			if (asStrings.equals(asDates)) {
				continue;
			}
			tests.add(DynamicTest.dynamicTest(file.name(), path.toUri(), () -> {
				List<Object> dated = rows(file, asDates);
				List<Object> strings = rows(file, asStrings);
				String counts = "%s: with %s it gives %d rows, with %s %d".formatted(file.name(), shown(asDates, asStrings, false),
						dated.size(), shown(asDates, asStrings, true), strings.size());
				assertThat(dated).as(counts).isNotEmpty();
				if (ORDERED.matcher(file.query()).matches()) {
					assertThat(strings).as(counts).isEqualTo(dated);
				}
				else {
					assertThat(strings).as(counts).containsExactlyInAnyOrderElementsOf(dated);
				}
			}));
		}
		// the files found by their :param values, not by a list here: 10, 15, 22, 32, 35-38 when this was written
		assertThat(tests).as("files of cypher/queries with a date parameter").isNotEmpty();
		return tests.stream();
	}

	/** The rows as plain values, nodes by their id property, so that two runs compare. */
	List<Object> rows(CypherQueriesTest.QueryFile file, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(file.query(), parameters).list(Record::asMap)).stream()
				.map(CypherDateParametersTest::plain).toList();
		}
	}

	static Object plain(Object value) {
		return switch (value) {
			case null -> "null";
			case Node node -> "(" + node.asMap().getOrDefault("id", node.elementId()) + ")";
			case Relationship r -> "[" + r.type() + " " + r.startNodeElementId() + "->" + r.endNodeElementId() + "]";
			case org.neo4j.driver.types.Path path -> {
				List<Object> steps = new ArrayList<>(List.of(plain(path.start())));
				path.forEach(segment -> steps.addAll(List.of(plain(segment.relationship()), plain(segment.end()))));
				yield steps;
			}
			case List<?> list -> list.stream().map(CypherDateParametersTest::plain).toList();
			case Map<?, ?> map -> {
				Map<Object, Object> plain = new LinkedHashMap<>();
				map.forEach((k, v) -> plain.put(k, plain(v)));
				yield plain;
			}
			default -> value;
		};
	}

	/** The date parameters as Cypher literals: date('2025-11-10') or '2025-11-10'. */
	static String shown(Map<String, Object> asDates, Map<String, Object> asStrings, boolean strings) {
		List<String> shown = new ArrayList<>();
		asDates.forEach((name, value) -> {
			if (value instanceof LocalDate) {
				shown.add(name + " => " + (strings ? "'" + asStrings.get(name) + "'" : "date('" + value + "')"));
			}
		});
		return String.join(", ", shown);
	}
}
