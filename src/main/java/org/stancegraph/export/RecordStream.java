package org.stancegraph.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/** Runs a query and hands its records to a writer one by one, as the driver fetches them: nothing is collected. */
final class RecordStream {

	private RecordStream() {
	}

	@FunctionalInterface
	interface RowWriter {
		void write(Record row) throws Exception;
	}

	/** The number of records written. */
	static long each(QueryRunner tx, String query, Map<String, Object> parameters, RowWriter writer) throws IOException {
		Result result = tx.run(query, parameters);
		long count = 0;
		while (result.hasNext()) {
			Record row = result.next();
			try {
				writer.write(row);
			}
			catch (IOException | RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IOException(ex.getMessage(), ex);
			}
			count++;
		}
		return count;
	}

	static long each(QueryRunner tx, String query, RowWriter writer) throws IOException {
		return each(tx, query, Map.of(), writer);
	}

	/** A scalar as text (strings as they are, dates as ISO dates, numbers in decimal), or null. */
	static String text(Record row, String key) {
		return text(row.get(key));
	}

	static String text(Value value) {
		return value == null || value.isNull() ? null : String.valueOf(value.asObject());
	}

	/** A list of scalars as texts, or null when the property is not set. */
	static List<String> texts(Record row, String key) {
		Value value = row.get(key);
		return value == null || value.isNull() ? null : value.asList(RecordStream::text);
	}

	static Boolean bool(Record row, String key) {
		Value value = row.get(key);
		return value == null || value.isNull() ? null : value.asBoolean();
	}

	static Long number(Record row, String key) {
		Value value = row.get(key);
		return value == null || value.isNull() ? null : value.asLong();
	}
}
