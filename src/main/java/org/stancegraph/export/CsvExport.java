package org.stancegraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.QueryRunner;

/**
 * The CSV export: one row per claim and piece of evidence (a claim quoted in two documents is two rows), with a
 * header row, RFC 4180: comma-separated, CRLF line ends, a field in double quotes when it holds a comma, a double
 * quote or a line break, a double quote inside doubled. UTF-8 without byte order mark; values as stored (no
 * spreadsheet-formula escaping: a quote stays verbatim).
 */
final class CsvExport {

	static final List<String> HEADER = List.of("claim_id", "holder", "holder_name", "relation", "target", "target_name",
			"date", "condition", "speaker", "reported_by", "source_id", "source_title", "publisher", "published", "quote");

	/** The query's column behind each header column. */
	private static final List<String> COLUMNS = List.of("claimId", "holder", "holderName", "relation", "target",
			"targetName", "date", "condition", "speaker", "reportedBy", "sourceId", "sourceTitle", "publisher", "published",
			"quote");

	private CsvExport() {
	}

	static ExportSummary write(QueryRunner tx, OutputStream out) throws IOException {
		Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
		row(csv, HEADER);
		long rows = Rows.each(tx, ExportQueries.CLAIM_EVIDENCE, record -> {
			for (int i = 0; i < COLUMNS.size(); i++) {
				if (i > 0) {
					csv.write(',');
				}
				field(csv, Rows.text(record, COLUMNS.get(i)));
			}
			csv.write("\r\n");
		});
		csv.flush();
		return new ExportSummary(ExportFormat.CSV, Map.of("rows (claim and evidence)", rows));
	}

	private static void row(Writer csv, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.write(',');
			}
			field(csv, fields.get(i));
		}
		csv.write("\r\n");
	}

	/** A field as RFC 4180 wants it; null is an empty field. */
	static void field(Writer csv, String value) throws IOException {
		if (value == null || value.isEmpty()) {
			return;
		}
		if (needsQuotes(value)) {
			csv.write('"');
			csv.write(value.replace("\"", "\"\""));
			csv.write('"');
		}
		else {
			csv.write(value);
		}
	}

	private static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\r' || c == '\n') {
				return true;
			}
		}
		// leading or trailing blanks survive only in quotes with some readers
		return Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
	}
}
