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
 *  "documents":[{id,title,publisher,published,publishedBasis,authors,corpusFile,text}],
 *  "entities":[{id,kind,name,aliases,description,role,speaksFor,concerns}],
 *  "claims":[{id,source,holder,relation,target,date,quote,speaker,reportedBy,condition,detail,regarding,
 *             validFrom,validUntil,vote,urging,alsoIn:[{source,quote}]}],
 *  "votes":[{id,source,instrument,body,date,for,against,abstain,quote}],
 *  "edges":[{holder,relation,target,claimIds,sourceIds,sources,publisherNames,publishers,condition,firstDate,lastDate}]}
 * </pre>
 *
 * Properties that are not set are left out; lists the graph holds (aliases, authors) are written even when empty.
 */
final class JsonExport {

	static final String FORMAT = "stancegraph-export";
	static final int VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonExport() {
	}

	static ExportSummary write(QueryRunner tx, OutputStream out) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("format", FORMAT);
			json.writeNumberProperty("version", VERSION);

			json.writeArrayPropertyStart("documents");
			counts.put("documents", RecordStream.each(tx, ExportQueries.DOCUMENTS, row -> {
				json.writeStartObject();
				strings(json, row, "id", "title", "publisher", "published", "publishedBasis");
				list(json, "authors", RecordStream.texts(row, "authors"));
				strings(json, row, "corpusFile", "text");
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("entities");
			counts.put("entities", RecordStream.each(tx, ExportQueries.ENTITIES, row -> {
				json.writeStartObject();
				strings(json, row, "id", "kind", "name");
				list(json, "aliases", RecordStream.texts(row, "aliases"));
				strings(json, row, "description", "role");
				nonEmptyList(json, "speaksFor", RecordStream.texts(row, "speaksFor"));
				nonEmptyList(json, "concerns", RecordStream.texts(row, "concerns"));
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("claims");
			counts.put("claims", RecordStream.each(tx, ExportQueries.CLAIMS, row -> {
				json.writeStartObject();
				strings(json, row, "id", "source", "holder", "relation", "target", "date", "quote", "speaker", "reportedBy",
						"condition", "detail", "regarding", "validFrom", "validUntil", "vote", "urging");
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
			counts.put("vote tallies", RecordStream.each(tx, ExportQueries.VOTES, row -> {
				json.writeStartObject();
				strings(json, row, "id", "source", "instrument", "body", "date");
				number(json, "for", RecordStream.number(row, "votesFor"));
				number(json, "against", RecordStream.number(row, "against"));
				number(json, "abstain", RecordStream.number(row, "abstain"));
				strings(json, row, "quote");
				json.writeEndObject();
			}));
			json.writeEndArray();

			json.writeArrayPropertyStart("edges");
			counts.put("derived edges", RecordStream.each(tx, ExportQueries.EDGES, ExportQueries.relations(), row -> {
				json.writeStartObject();
				strings(json, row, "holder", "relation", "target");
				list(json, "claimIds", RecordStream.texts(row, "claimIds"));
				list(json, "sourceIds", RecordStream.texts(row, "sourceIds"));
				number(json, "sources", RecordStream.number(row, "sources"));
				list(json, "publisherNames", RecordStream.texts(row, "publisherNames"));
				number(json, "publishers", RecordStream.number(row, "publishers"));
				strings(json, row, "condition", "firstDate", "lastDate");
				json.writeEndObject();
			}));
			json.writeEndArray();

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
