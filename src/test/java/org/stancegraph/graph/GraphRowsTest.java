package org.stancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.value.ValueException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * Rows become records by their columns' names: a map onto a nested record, a list onto a list, each value by the
 * driver; what a row lacks or holds as null is null.
 */
@StancegraphIntegrationTest
class GraphRowsTest {

	record Name(String id, String name) {
	}

	record Row(String id, long count, int rank, boolean stated, Double share, LocalDate date, Name holder, Name outlet,
			List<Name> via, List<String> words, List<List<Long>> pairs, Map<String, Long> counts, String missing) {
	}

	private static final String ROW = """
			RETURN 'claim-1' AS id, 3 AS count, 2 AS rank, true AS stated, 0.5 AS share, date('2025-11-17') AS date,
			       {id: 'israel', name: 'Israel'} AS holder, null AS outlet,
			       [{id: 'a', name: 'A'}, {id: 'b', name: null}] AS via, ['may', 'reportedly'] AS words,
			       [[1, 2], []] AS pairs, {SUPPORTS: 2, OPPOSES: 1} AS counts
			""";

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aRowBecomesARecordByItsColumnsNames() {
		Row row = GraphRows.one(neo4j.query(ROW), Row.class).orElseThrow();
		assertThat(row).isEqualTo(new Row("claim-1", 3, 2, true, 0.5, LocalDate.of(2025, 11, 17), new Name("israel", "Israel"),
				null, List.of(new Name("a", "A"), new Name("b", null)), List.of("may", "reportedly"),
				List.of(List.of(1L, 2L), List.of()), Map.of("SUPPORTS", 2L, "OPPOSES", 1L), null));
	}

	@Test
	void everyRowInItsOrderAndACountedPage() {
		assertThat(GraphRows.all(neo4j.query("UNWIND ['b', 'a'] AS id RETURN id, id + '!' AS name"), Name.class))
			.containsExactly(new Name("b", "b!"), new Name("a", "a!"));
		var counted = GraphRows.counted(neo4j.query(GraphRows.countedPage("RETURN 2 AS total",
				"UNWIND ['x', 'y'] AS id RETURN id, null AS name")), "total", v -> v.asLong(), 0L, "id", Name.class);
		assertThat(counted.count()).isEqualTo(2L);
		assertThat(counted.rows()).containsExactly(new Name("x", null), new Name("y", null));
	}

	@Test
	void aValueOfAnotherTypeNamesItsColumnAndRecord() {
		assertThatThrownBy(() -> GraphRows.one(neo4j.query("RETURN 'three' AS count"), Counted.class))
			.hasStackTraceContaining(ValueException.class.getName())
			.hasStackTraceContaining("'count'")
			.hasStackTraceContaining(Counted.class.getName());
	}

	record Counted(long count) {
	}
}
