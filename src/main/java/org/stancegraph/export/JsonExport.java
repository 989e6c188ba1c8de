package org.stancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON export: the dataset form that {@link ExportReader} turns back into claim files, plus the derived edges
 * for tools that want them without recomputing.
 *
 * <pre>
 * {"format":"stancegraph-export","version":1,
 *  "documents":[{id,title,publisher,published,publishedBasis,authors,corpusFile,outlet,url,text}],
 *  "entities":[{id,kind,name,aliases,description,role,speaksFor,concerns,belongsTo}],
 *  "claims":[{id,source,holder,relation,target,date,quote,speaker,certainty,certaintyBasis,claimant,via,reported,
 *             condition,conditionKind,conditionOn,quantity:{value,unit,approximate,bound},
 *             period:{duration,extendable,minimum},addressee,detail,regarding,validFrom,validUntil,vote,urging,
 *             alsoIn:[{source,quote}]}],
 *  "votes":[{id,source,instrument,body,date,for,against,abstain,quote}],
 *  "edges":[{holder,relation,target,claimIds,sourceIds,sources,publisherNames,publishers,condition,firstDate,lastDate,
 *            certainty,statedClaims,reportedClaims,probableClaims,possibleClaims}]}
 * </pre>
 *
 * Properties that are not set are left out; lists the graph holds (aliases, authors) are written even when empty.
 * A claim is written as its claim file would state it, so that reading it back gives the same claim: its date as
 * precisely as it was said ({@code 2025-11} for a month, {@code 2025} for a year), its certainty only if its file gave
 * one ({@link ExportQueries#certaintyGiven}), its claimant and date reported as resolved when it was loaded (the
 * defaults written out: they read back as themselves), the kind of its condition likewise. What the loader derives
 * from the claim (hedges, meetsCertainty) is not written: reading it back derives it again; nor is a document's
 * contentHash, which the loader computes from its text.
 */
final class JsonExport {

	static final String FORMAT = "stancegraph-export";
	static final int VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonExport() {
	}

	static ExportSummary write(QueryRunner tx, OutputStream out) throws IOException {
		return write(tx, out, null);
	}

	/**
	 * The export of one document, {@code source}, with the entities it names, its claims and vote tallies, and no
	 * derived edges (they span documents); or of the whole graph when {@code source} is null.
	 */
	static ExportSummary write(QueryRunner tx, OutputStream out, String source) throws IOException {
		boolean whole = source == null;
		Map<String, Object> scope = whole ? Map.of() : Map.of("source", source);
		Map<String, Long> counts = new LinkedHashMap<>();
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("format", FORMAT);
			json.writeNumberProperty("version", VERSION);

			json.writeArrayPropertyStart("documents");
			counts.put("documents", RecordStream.each(tx, whole ? ExportQueries.DOCUMENTS : ExportQueries.DOCUMENT, scope, row -> {
				json.writeStartObject();
				strings(json, row, "id", "title", "publisher", "published", "publishedBasis");
				list(json, "authors", RecordStream.texts(row, "authors"));
				strings(json, row, "corpusFile", "outlet", "url", "text");
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("entities");
			counts.put("entities", RecordStream.each(tx, whole ? ExportQueries.ENTITIES : ExportQueries.ENTITIES_OF_DOCUMENT, scope, row -> {
				json.writeStartObject();
				strings(json, row, "id", "kind", "name");
				list(json, "aliases", RecordStream.texts(row, "aliases"));
				strings(json, row, "description", "role");
				nonEmptyList(json, "speaksFor", RecordStream.texts(row, "speaksFor"));
				nonEmptyList(json, "concerns", RecordStream.texts(row, "concerns"));
				strings(json, row, "belongsTo");
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("claims");
			counts.put("claims", RecordStream.each(tx, whole ? ExportQueries.CLAIMS : ExportQueries.CLAIMS_OF_DOCUMENT, scope, row -> {
				json.writeStartObject();
				strings(json, row, "id", "source", "holder", "relation", "target");
				string(json, "date", dateAsSaid(RecordStream.text(row, "date"), RecordStream.text(row, "datePrecision")));
				strings(json, row, "quote", "speaker");
				String certainty = RecordStream.text(row, "certainty");
				if (ExportQueries.certaintyGiven(certainty, RecordStream.bool(row, "certaintyGiven"))) {
					json.writeStringProperty("certainty", certainty);
				}
				strings(json, row, "certaintyBasis", "claimant");
				nonEmptyList(json, "via", RecordStream.texts(row, "via"));
				strings(json, row, "reported", "condition", "conditionKind", "conditionOn");
				quantity(json, row);
				period(json, row);
				strings(json, row, "addressee", "detail", "regarding", "validFrom", "validUntil", "vote", "urging");
				List<Map<String, String>> alsoIn = alsoIn(row);
				if (!alsoIn.isEmpty()) {
					json.writeArrayPropertyStart("alsoIn");
					for (Map<String, String> evidence : alsoIn) {
						json.writeStartObject();
						json.writeStringProperty("source", evidence.get("source"));
						json.writeStringProperty("quote", evidence.get("quote"));
						json.writeEndObject();
					}
					json.writeEndArray();
				}
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("votes");
			counts.put("vote tallies", RecordStream.each(tx, whole ? ExportQueries.VOTES : ExportQueries.VOTES_OF_DOCUMENT, scope, row -> {
				json.writeStartObject();
				strings(json, row, "id", "source", "instrument", "body", "date");
				number(json, "for", RecordStream.number(row, "votesFor"));
				number(json, "against", RecordStream.number(row, "against"));
				number(json, "abstain", RecordStream.number(row, "abstain"));
				strings(json, row, "quote");
				json.writeEndObject();
			}));
			json.writeEndArray();

			if (whole) {
				json.writeArrayPropertyStart("edges");
				counts.put("derived edges", RecordStream.each(tx, ExportQueries.EDGES, ExportQueries.relations(), row -> {
					json.writeStartObject();
					strings(json, row, "holder", "relation", "target");
					list(json, "claimIds", RecordStream.texts(row, "claimIds"));
					list(json, "sourceIds", RecordStream.texts(row, "sourceIds"));
					number(json, "sources", RecordStream.number(row, "sources"));
					list(json, "publisherNames", RecordStream.texts(row, "publisherNames"));
					number(json, "publishers", RecordStream.number(row, "publishers"));
					strings(json, row, "condition", "firstDate", "lastDate", "certainty");
					number(json, "statedClaims", RecordStream.number(row, "statedClaims"));
					number(json, "reportedClaims", RecordStream.number(row, "reportedClaims"));
					number(json, "probableClaims", RecordStream.number(row, "probableClaims"));
					number(json, "possibleClaims", RecordStream.number(row, "possibleClaims"));
					json.writeEndObject();
				}));
				json.writeEndArray();
			}

			json.writeEndObject();
		}
		return new ExportSummary(ExportFormat.JSON, counts);
	}

	/**
	 * The evidence beyond the claim's own: every EVIDENCED_BY but the one from the claim's source with its quote
	 * (a claim may cite its own source a second time with another quote).
	 */
	private static List<Map<String, String>> alsoIn(Record row) {
		String source = RecordStream.text(row, "source");
		String quote = RecordStream.text(row, "quote");
		List<Map<String, String>> alsoIn = new ArrayList<>();
		boolean ownSeen = false;
		for (Value evidence : row.get("evidence").values()) {
			String s = RecordStream.text(evidence.get("source"));
			String q = RecordStream.text(evidence.get("quote"));
			if (!ownSeen && Objects.equals(s, source) && Objects.equals(q, quote)) {
				ownSeen = true;
				continue;
			}
			Map<String, String> item = new LinkedHashMap<>();
			item.put("source", s);
			item.put("quote", q);
			alsoIn.add(item);
		}
		return alsoIn;
	}

	/**
	 * A claim's date as its file states it: the day ({@code 2025-11-04}), the month ({@code 2025-11}) or the year
	 * ({@code 2025}) its precision says it was known to; the graph holds the first day of that month or year.
	 */
	private static String dateAsSaid(String date, String precision) {
		if (date == null || precision == null) {
			return date;
		}
		return switch (precision) {
			case "month" -> date.substring(0, 7);
			case "year" -> date.substring(0, 4);
			default -> date;
		};
	}

	/** {value, unit, approximate, bound}: the value an integer or a decimal as stored, so that it reads back as itself. */
	private static void quantity(JsonGenerator json, Record row) {
		Value value = row.get("quantityValue");
		if (value == null || value.isNull()) {
			return;
		}
		json.writeObjectPropertyStart("quantity");
		Object number = value.asObject();
		if (number instanceof Double d) {
			json.writeNumberProperty("value", d.doubleValue());
		}
		else {
			json.writeNumberProperty("value", value.asLong());
		}
		string(json, "unit", RecordStream.text(row, "quantityUnit"));
		bool(json, "approximate", RecordStream.bool(row, "quantityApproximate"));
		string(json, "bound", RecordStream.text(row, "quantityBound"));
		json.writeEndObject();
	}

	/** {duration, extendable, minimum}. */
	private static void period(JsonGenerator json, Record row) {
		String duration = RecordStream.text(row, "periodDuration");
		if (duration == null) {
			return;
		}
		json.writeObjectPropertyStart("period");
		json.writeStringProperty("duration", duration);
		bool(json, "extendable", RecordStream.bool(row, "periodExtendable"));
		bool(json, "minimum", RecordStream.bool(row, "periodMinimum"));
		json.writeEndObject();
	}

	private static void string(JsonGenerator json, String name, String value) {
		if (value != null) {
			json.writeStringProperty(name, value);
		}
	}

	private static void bool(JsonGenerator json, String name, Boolean value) {
		if (value != null) {
			json.writeBooleanProperty(name, value);
		}
	}

	private static void strings(JsonGenerator json, Record row, String... keys) {
		for (String key : keys) {
			String value = RecordStream.text(row, key);
			if (value != null) {
				json.writeStringProperty(key, value);
			}
		}
	}

	private static void number(JsonGenerator json, String name, Long value) {
		if (value != null) {
			json.writeNumberProperty(name, value.longValue());
		}
	}

	private static void list(JsonGenerator json, String name, List<String> values) {
		if (values == null) {
			return;
		}
		json.writeArrayPropertyStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static void nonEmptyList(JsonGenerator json, String name, List<String> values) {
		if (values != null && !values.isEmpty()) {
			list(json, name, values);
		}
	}
}
