package org.stancegraph.graph;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The one way a read's rows become answers: each row is mapped by the driver's object mapping onto a record whose
 * components are named as the query's columns (a map column onto a nested record, a list onto a list).
 */
public final class GraphRows {

	private GraphRows() {
	}

	/** Every row, as records of {@code type}. */
	public static <T> List<T> all(Neo4jClient.RunnableSpec query, Class<T> type) {
		return List.copyOf(query.fetchAs(type).mappedBy((types, row) -> row.as(type)).all());
	}

	/** The one value of a counting query: its column {@code total}, 0 without a row. */
	public static long total(Neo4jClient.RunnableSpec query) {
		return one(query, Total.class).map(Total::total).orElse(0L);
	}

	private record Total(long total) {
	}

	/** A page of rows and what was counted beside it (a total, or counts by relation). */
	public record Counted<C, T>(C count, List<T> rows) {
	}

	/**
	 * One statement for a page and its count, so that the answer costs one round trip rather than two: the counting
	 * query as a subquery, then the page query as an optional one (an empty page still gives the count). Both are the
	 * texts of their files, unchanged; neither returns a column the other does.
	 */
	public static String countedPage(String count, String page) {
		return "CALL () {\n" + count + "\n}\nOPTIONAL CALL () {\n" + page + "\n}\nRETURN *";
	}

	/**
	 * The rows of a {@link #countedPage} statement: the count from {@code countColumn} of the first row (or {@code none}
	 * without a row), and the page's rows, in their order, each mapped as {@link #all} maps them; a row whose
	 * {@code pageColumn} is null is the empty page's.
	 */
	@SuppressWarnings("unchecked")
	public static <C, T> Counted<C, T> counted(Neo4jClient.RunnableSpec query, String countColumn, Function<Value, C> count,
			C none, String pageColumn, Class<T> type) {
		Collection<CountedRow<C, T>> rows = (Collection<CountedRow<C, T>>) (Collection<?>) query.fetchAs(CountedRow.class)
			.mappedBy((types, row) -> new CountedRow<>(count.apply(row.get(countColumn)),
					row.get(pageColumn).isNull() ? null : row.as(type)))
			.all();
		return new Counted<>(rows.isEmpty() ? none : rows.iterator().next().count(),
				rows.stream().map(CountedRow::item).filter(Objects::nonNull).toList());
	}

	private record CountedRow<C, T>(C count, T item) {
	}

	/** The one row, if any. */
	public static <T> Optional<T> one(Neo4jClient.RunnableSpec query, Class<T> type) {
		return query.fetchAs(type).mappedBy((types, row) -> row.as(type)).one();
	}
}
