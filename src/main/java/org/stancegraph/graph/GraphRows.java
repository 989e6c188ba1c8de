package org.stancegraph.graph;

import java.util.List;
import java.util.Optional;

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

	/** The one row, if any. */
	public static <T> Optional<T> one(Neo4jClient.RunnableSpec query, Class<T> type) {
		return query.fetchAs(type).mappedBy((types, row) -> row.as(type)).one();
	}
}
