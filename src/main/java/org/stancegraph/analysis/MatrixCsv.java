package org.stancegraph.analysis;

import java.util.List;

import org.stancegraph.analysis.AnalysisViews.CellRelation;
import org.stancegraph.analysis.AnalysisViews.Matrix;
import org.stancegraph.analysis.AnalysisViews.MatrixCell;

/**
 * The matrix as CSV for spreadsheets (RFC 4180): a header, then one row per cell and relation, and one row with an
 * empty relation for a cell without any; {@code certainty} is the relation's strongest. Claim ids are joined with
 * {@code ;}. A field that holds a comma, a quote
 * or a line break is quoted, its quotes doubled; lines end with CRLF.
 */
final class MatrixCsv {

	static final String MEDIA_TYPE = "text/csv";
	static final List<String> HEADER = List.of("actor", "target", "relation", "claims", "sources", "publishers", "condition",
			"certainty");

	private MatrixCsv() {
	}

	static String render(Matrix matrix) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADER);
		for (MatrixCell cell : matrix.cells()) {
			if (cell.relations().isEmpty()) {
				line(csv, List.of(cell.actor(), cell.target(), "", "", "", "", "", ""));
			}
			for (CellRelation relation : cell.relations()) {
				line(csv, List.of(cell.actor(), cell.target(), relation.relation(), String.join(";", relation.claims()),
						Integer.toString(relation.sources()), Integer.toString(relation.publishers()),
						relation.condition() == null ? "" : relation.condition(),
						relation.certainty() == null ? "" : relation.certainty()));
			}
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
