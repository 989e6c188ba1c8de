package org.stancegraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;

/**
 * The CSV export: the whole graph as one table, so that it stays one RFC 4180 stream (one header, the same number
 * of fields on every row) that any spreadsheet or CSV reader opens. The first column, {@code record}, says what a
 * row is; each kind fills its own columns and leaves the others empty, and filtering on {@code record} gives each
 * table:
 * <ul>
 * <li>{@code document}: source_id, source_title, publisher, published, published_basis, authors, corpus_file, text,
 * outlet (the publisher as an entity id), url, content_hash (the SHA-256 of the text)
 * <li>{@code entity}: id, name, kind, aliases, description, role, belongs_to
 * <li>{@code claim}: claim_id, holder (and holder_name), relation, target (and target_name), date, condition,
 * speaker, reported_by (the first of via: the agency the outlet quotes, as the field of that name said before via),
 * its own source_id (source_title, publisher, published, outlet) and quote, detail, regarding, valid_from,
 * valid_until, vote, urging, certainty, certainty_basis, hedges (the hedge cues in the quote), claimant, via (the
 * chain, outermost first, "reuters > azerbaijani-government-source"), date_precision (day, month or year: the date is
 * the first day of that month or year), reported, quantity_value, quantity_unit, quantity_approximate, quantity_bound,
 * period_duration, period_extendable, period_minimum, condition_kind, condition_on, addressee
 * <li>{@code evidence}: one row per claim and piece of evidence, its own quote first: claim_id to quote, the claim's
 * columns of the CSV export before the others existed
 * <li>{@code vote}: id, instrument, body, date, votes_for, votes_against, votes_abstain, source_id (...), quote
 * <li>{@code edge}: a derived edge: holder, relation, target (with names), condition, claim_ids, source_ids,
 * sources, publisher_names, publishers, first_date, last_date, certainty (the strongest of its claims),
 * stated_claims, reported_claims, probable_claims, possible_claims (its claims at each certainty)
 * <li>{@code concerns}: holder CONCERNS target (with names), stated by the entity file, no claims behind it
 * </ul>
 * Columns added later come after the earlier ones, so that a reader that takes columns by position keeps working.
 * Lists in one field: ids separated by spaces, names and hedge cues by "; ", the chain by " > ". Comma-separated,
 * CRLF line ends, a field in double quotes when it holds a comma, a double quote or a line break, a double quote
 * inside doubled. UTF-8 without byte order mark; values as stored (no spreadsheet-formula escaping: a quote stays
 * verbatim).
 */
final class CsvExport {

	static final List<String> HEADER = List.of("record",
			"claim_id", "holder", "holder_name", "relation", "target", "target_name", "date", "condition", "speaker",
			"reported_by", "source_id", "source_title", "publisher", "published", "quote",
			"detail", "regarding", "valid_from", "valid_until", "vote", "urging",
			"id", "name", "kind", "aliases", "description", "role",
			"instrument", "body", "votes_for", "votes_against", "votes_abstain",
			"claim_ids", "source_ids", "sources", "publisher_names", "publishers", "first_date", "last_date",
			"published_basis", "authors", "corpus_file", "text",
			"certainty", "certainty_basis", "hedges", "claimant", "via", "date_precision", "reported",
			"quantity_value", "quantity_unit", "quantity_approximate", "quantity_bound",
			"period_duration", "period_extendable", "period_minimum", "condition_kind", "condition_on", "addressee",
			"outlet", "belongs_to",
			"stated_claims", "reported_claims", "probable_claims", "possible_claims",
			"url", "content_hash");

	/** A CSV column and the query column (or list joined with a separator) that fills it. */
	private record Column(String csv, String query, String separator) {

		String value(Record row) {
			if (separator == null) {
				return RecordStream.text(row, query);
			}
			List<String> values = RecordStream.texts(row, query);
			return values == null ? null : String.join(separator, values);
		}
	}

	private static Column column(String csv, String query) {
		return new Column(csv, query, null);
	}

	private static Column list(String csv, String query, String separator) {
		return new Column(csv, query, separator);
	}

	private static final List<Column> DOCUMENT = List.of(column("source_id", "id"), column("source_title", "title"),
			column("publisher", "publisher"), column("published", "published"), column("published_basis", "publishedBasis"),
			list("authors", "authors", "; "), column("corpus_file", "corpusFile"), column("text", "text"),
			column("outlet", "outlet"), column("url", "url"), column("content_hash", "contentHash"));

	private static final List<Column> ENTITY = List.of(column("id", "id"), column("name", "name"), column("kind", "kind"),
			list("aliases", "aliases", "; "), column("description", "description"), column("role", "role"),
			column("belongs_to", "belongsTo"));

	/** The columns of a claim that an evidence row repeats. */
	private static final List<Column> EVIDENCE = List.of(column("claim_id", "claimId"), column("holder", "holder"),
			column("holder_name", "holderName"), column("relation", "relation"), column("target", "target"),
			column("target_name", "targetName"), column("date", "date"), column("condition", "condition"),
			column("speaker", "speaker"), column("reported_by", "reportedBy"), column("source_id", "sourceId"),
			column("source_title", "sourceTitle"), column("publisher", "publisher"), column("published", "published"),
			column("quote", "quote"));

	private static final List<Column> CLAIM = concat(EVIDENCE, List.of(column("detail", "detail"),
			column("regarding", "regarding"), column("valid_from", "validFrom"), column("valid_until", "validUntil"),
			column("vote", "vote"), column("urging", "urging"), column("certainty", "certainty"),
			column("certainty_basis", "certaintyBasis"), list("hedges", "hedges", "; "), column("claimant", "claimant"),
			list("via", "via", " > "), column("date_precision", "datePrecision"), column("reported", "reported"),
			column("quantity_value", "quantityValue"), column("quantity_unit", "quantityUnit"),
			column("quantity_approximate", "quantityApproximate"), column("quantity_bound", "quantityBound"),
			column("period_duration", "periodDuration"), column("period_extendable", "periodExtendable"),
			column("period_minimum", "periodMinimum"), column("condition_kind", "conditionKind"),
			column("condition_on", "conditionOn"), column("addressee", "addressee"), column("outlet", "outlet")));

	private static final List<Column> VOTE = List.of(column("id", "id"), column("instrument", "instrument"),
			column("body", "body"), column("date", "date"), column("votes_for", "votesFor"),
			column("votes_against", "against"), column("votes_abstain", "abstain"), column("source_id", "source"),
			column("source_title", "sourceTitle"), column("publisher", "publisher"), column("published", "published"),
			column("quote", "quote"));

	private static final List<Column> CONCERNS = List.of(column("holder", "holder"), column("holder_name", "holderName"),
			column("relation", "relation"), column("target", "target"), column("target_name", "targetName"));

	private static final List<Column> EDGE = concat(CONCERNS, List.of(column("condition", "condition"),
			list("claim_ids", "claimIds", " "), list("source_ids", "sourceIds", " "), column("sources", "sources"),
			list("publisher_names", "publisherNames", "; "), column("publishers", "publishers"),
			column("first_date", "firstDate"), column("last_date", "lastDate"), column("certainty", "certainty"),
			column("stated_claims", "statedClaims"), column("reported_claims", "reportedClaims"),
			column("probable_claims", "probableClaims"), column("possible_claims", "possibleClaims")));

	private CsvExport() {
	}

	static ExportSummary write(QueryRunner tx, OutputStream out) throws IOException {
		Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
		row(csv, HEADER);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("document", records(tx, csv, "document", ExportQueries.DOCUMENTS, Map.of(), DOCUMENT));
		counts.put("entity", records(tx, csv, "entity", ExportQueries.ENTITIES, Map.of(), ENTITY));
		counts.put("claim", records(tx, csv, "claim", ExportQueries.CLAIM_ROWS, Map.of(), CLAIM));
		counts.put("evidence", records(tx, csv, "evidence", ExportQueries.CLAIM_EVIDENCE, Map.of(), EVIDENCE));
		counts.put("vote", records(tx, csv, "vote", ExportQueries.VOTES, Map.of(), VOTE));
		counts.put("edge", records(tx, csv, "edge", ExportQueries.EDGES, ExportQueries.relations(), EDGE));
		counts.put("concerns", records(tx, csv, "concerns", ExportQueries.CONCERNS, Map.of(), CONCERNS));
		csv.flush();
		return new ExportSummary(ExportFormat.CSV, counts);
	}

	/** The rows of one kind of record, each field in its header column. */
	private static long records(QueryRunner tx, Writer csv, String record, String query, Map<String, Object> parameters,
			List<Column> columns) throws IOException {
		int[] positions = columns.stream().mapToInt(c -> HEADER.indexOf(c.csv())).toArray();
		return RecordStream.each(tx, query, parameters, row -> {
			String[] fields = new String[HEADER.size()];
			fields[0] = record;
			for (int i = 0; i < positions.length; i++) {
				fields[positions[i]] = columns.get(i).value(row);
			}
			row(csv, Arrays.asList(fields)); // nulls are empty fields
		});
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

	private static List<Column> concat(List<Column> first, List<Column> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}
}
