package org.stancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;

/**
 * The GraphML export (GraphML 1.0, http://graphml.graphdrawing.org/xmlns): the whole graph, provenance included.
 * Nodes: entities (id as is), sources ({@code source:<id>}), claims ({@code claim:<id>}) and votes
 * ({@code vote:<id>}), each with {@code type} (Entity, Source, Claim, Vote) and {@code kind} (an entity's kind,
 * else its type) to filter or colour on in Gephi. Edges: the derived edges {@code (holder)-[:RELATION]->(target)}
 * with their claim ids, strongest certainty and claims at each certainty, STANDS_ON with its side at each certainty,
 * CONCERNS, BELONGS_TO, and every relationship from a claim or vote (BY, ABOUT, SPOKEN_BY, CLAIMED_BY, REPORTED_BY,
 * REGARDING, CONDITIONAL_ON, ADDRESSED_TO, EVIDENCED_BY with its quote, ON, IN), each with {@code relation}. A claim node carries what its
 * claim file says (certainty, claimant, the chain {@code via} joined with " > ", the date's precision, the date
 * reported, quantity, period, the condition's kind and subject, addressee) and the hedge cues of its quote;
 * {@code reportedBy} is the first of {@code via}, as the attribute of that name was before {@code via}; a source node
 * its {@code outlet}, {@code url} and {@code contentHash}, an entity node its {@code belongsTo}. All nodes come before all edges (some readers want them
 * so); every attribute is a declared key. Gephi reads {@code label} as the node and edge label and {@code weight}
 * (the number of sources of a derived edge) as the edge weight. Lists are joined into one string (GraphML has no list
 * type): ids with spaces, names, aliases and hedge cues with "; ", the chain with " > ".
 */
final class GraphmlExport {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

	/** A declared attribute: key id, node or edge, name, GraphML type. */
	record Key(String id, String domain, String name, String type) {
	}

	/**
	 * Key ids are unique in a document while names may repeat between nodes and edges: where a node attribute shares
	 * its name with an edge attribute (a claim's relation, condition, quote), its id has the prefix "node".
	 */
	static final List<Key> KEYS = List.of(
			new Key("label", "node", "label", "string"),
			new Key("type", "node", "type", "string"),
			new Key("kind", "node", "kind", "string"),
			// entities
			new Key("aliases", "node", "aliases", "string"),
			new Key("description", "node", "description", "string"),
			new Key("role", "node", "role", "string"),
			new Key("belongsTo", "node", "belongsTo", "string"),
			// sources
			new Key("publisher", "node", "publisher", "string"),
			new Key("published", "node", "published", "string"),
			new Key("publishedBasis", "node", "publishedBasis", "string"),
			new Key("authors", "node", "authors", "string"),
			new Key("corpusFile", "node", "corpusFile", "string"),
			new Key("text", "node", "text", "string"),
			new Key("outlet", "node", "outlet", "string"),
			new Key("url", "node", "url", "string"),
			new Key("contentHash", "node", "contentHash", "string"),
			// claims (and votes: date, source, quote)
			new Key("holder", "node", "holder", "string"),
			new Key("noderelation", "node", "relation", "string"),
			new Key("target", "node", "target", "string"),
			new Key("date", "node", "date", "string"),
			new Key("nodecondition", "node", "condition", "string"),
			new Key("detail", "node", "detail", "string"),
			new Key("regarding", "node", "regarding", "string"),
			new Key("validFrom", "node", "validFrom", "string"),
			new Key("validUntil", "node", "validUntil", "string"),
			new Key("vote", "node", "vote", "string"),
			new Key("urging", "node", "urging", "string"),
			new Key("speaker", "node", "speaker", "string"),
			new Key("reportedBy", "node", "reportedBy", "string"),
			new Key("nodecertainty", "node", "certainty", "string"),
			new Key("certaintyBasis", "node", "certaintyBasis", "string"),
			new Key("hedges", "node", "hedges", "string"),
			new Key("claimant", "node", "claimant", "string"),
			new Key("via", "node", "via", "string"),
			new Key("datePrecision", "node", "datePrecision", "string"),
			new Key("reported", "node", "reported", "string"),
			new Key("quantityValue", "node", "quantityValue", "double"),
			new Key("quantityUnit", "node", "quantityUnit", "string"),
			new Key("quantityApproximate", "node", "quantityApproximate", "boolean"),
			new Key("quantityBound", "node", "quantityBound", "string"),
			new Key("periodDuration", "node", "periodDuration", "string"),
			new Key("periodExtendable", "node", "periodExtendable", "boolean"),
			new Key("periodMinimum", "node", "periodMinimum", "boolean"),
			new Key("conditionKind", "node", "conditionKind", "string"),
			new Key("conditionOn", "node", "conditionOn", "string"),
			new Key("addressee", "node", "addressee", "string"),
			new Key("source", "node", "source", "string"),
			new Key("nodequote", "node", "quote", "string"),
			// votes
			new Key("instrument", "node", "instrument", "string"),
			new Key("body", "node", "body", "string"),
			new Key("for", "node", "for", "int"),
			new Key("against", "node", "against", "int"),
			new Key("abstain", "node", "abstain", "int"),
			// edges
			new Key("edgelabel", "edge", "label", "string"),
			new Key("relation", "edge", "relation", "string"),
			new Key("weight", "edge", "weight", "double"),
			new Key("claims", "edge", "claims", "int"),
			new Key("claimIds", "edge", "claimIds", "string"),
			new Key("sources", "edge", "sources", "int"),
			new Key("sourceIds", "edge", "sourceIds", "string"),
			new Key("publishers", "edge", "publishers", "int"),
			new Key("publisherNames", "edge", "publisherNames", "string"),
			new Key("condition", "edge", "condition", "string"),
			new Key("firstDate", "edge", "firstDate", "string"),
			new Key("lastDate", "edge", "lastDate", "string"),
			new Key("certainty", "edge", "certainty", "string"),
			new Key("statedClaims", "edge", "statedClaims", "int"),
			new Key("reportedClaims", "edge", "reportedClaims", "int"),
			new Key("probableClaims", "edge", "probableClaims", "int"),
			new Key("possibleClaims", "edge", "possibleClaims", "int"),
			new Key("statedOrStrongerSide", "edge", "statedOrStrongerSide", "string"),
			new Key("reportedOrStrongerSide", "edge", "reportedOrStrongerSide", "string"),
			new Key("probableOrStrongerSide", "edge", "probableOrStrongerSide", "string"),
			new Key("possibleOrStrongerSide", "edge", "possibleOrStrongerSide", "string"),
			new Key("quote", "edge", "quote", "string"));

	/** A node's key and the query column that fills it. */
	private record Attribute(String key, String column) {
	}

	private static final List<Attribute> SOURCE = List.of(new Attribute("publisher", "publisher"),
			new Attribute("published", "published"), new Attribute("publishedBasis", "publishedBasis"),
			new Attribute("corpusFile", "corpusFile"), new Attribute("text", "text"), new Attribute("outlet", "outlet"),
			new Attribute("url", "url"), new Attribute("contentHash", "contentHash"));

	private static final List<Attribute> CLAIM = List.of(new Attribute("holder", "holder"),
			new Attribute("noderelation", "relation"), new Attribute("target", "target"), new Attribute("date", "date"),
			new Attribute("nodecondition", "condition"), new Attribute("detail", "detail"),
			new Attribute("regarding", "regarding"), new Attribute("validFrom", "validFrom"),
			new Attribute("validUntil", "validUntil"), new Attribute("vote", "vote"), new Attribute("urging", "urging"),
			new Attribute("speaker", "speaker"), new Attribute("reportedBy", "reportedBy"), new Attribute("source", "sourceId"),
			new Attribute("nodequote", "quote"), new Attribute("nodecertainty", "certainty"),
			new Attribute("certaintyBasis", "certaintyBasis"), new Attribute("claimant", "claimant"),
			new Attribute("datePrecision", "datePrecision"), new Attribute("reported", "reported"),
			new Attribute("quantityValue", "quantityValue"), new Attribute("quantityUnit", "quantityUnit"),
			new Attribute("quantityApproximate", "quantityApproximate"), new Attribute("quantityBound", "quantityBound"),
			new Attribute("periodDuration", "periodDuration"), new Attribute("periodExtendable", "periodExtendable"),
			new Attribute("periodMinimum", "periodMinimum"), new Attribute("conditionKind", "conditionKind"),
			new Attribute("conditionOn", "conditionOn"), new Attribute("addressee", "addressee"));

	private static final List<Attribute> VOTE = List.of(new Attribute("instrument", "instrument"), new Attribute("body", "body"),
			new Attribute("date", "date"), new Attribute("for", "votesFor"), new Attribute("against", "against"),
			new Attribute("abstain", "abstain"), new Attribute("source", "source"), new Attribute("nodequote", "quote"));

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private GraphmlExport() {
	}

	/** A node's GraphML id: entities keep theirs (edges name them as before), the others get their label as prefix. */
	static String nodeId(String label, String id) {
		return switch (label) {
			case "Entity" -> id;
			case "Source" -> "source:" + id;
			case "Claim" -> "claim:" + id;
			case "Vote" -> "vote:" + id;
			default -> throw new IllegalArgumentException("no GraphML node for the label " + label);
		};
	}

	static ExportSummary write(QueryRunner tx, OutputStream out) throws IOException {
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
			for (Key key : KEYS) {
				xml.writeCharacters("\n  ");
				xml.writeEmptyElement("key");
				xml.writeAttribute("id", key.id());
				xml.writeAttribute("for", key.domain());
				xml.writeAttribute("attr.name", key.name());
				xml.writeAttribute("attr.type", key.type());
			}
			xml.writeCharacters("\n  ");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "stancegraph");
			xml.writeAttribute("edgedefault", "directed");

			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("entity nodes", RecordStream.each(tx, ExportQueries.ENTITIES, row -> {
				startNode(xml, "Entity", RecordStream.text(row, "id"), RecordStream.text(row, "name"), RecordStream.text(row, "kind"));
				data(xml, "aliases", joined(row, "aliases", "; "));
				data(xml, "description", RecordStream.text(row, "description"));
				data(xml, "role", RecordStream.text(row, "role"));
				data(xml, "belongsTo", RecordStream.text(row, "belongsTo"));
				xml.writeEndElement();
			}));
			counts.put("source nodes", RecordStream.each(tx, ExportQueries.DOCUMENTS, row -> {
				startNode(xml, "Source", RecordStream.text(row, "id"), RecordStream.text(row, "title"), "Source");
				data(xml, row, SOURCE);
				data(xml, "authors", joined(row, "authors", "; "));
				xml.writeEndElement();
			}));
			counts.put("claim nodes", RecordStream.each(tx, ExportQueries.CLAIM_ROWS, row -> {
				String label = String.join(" ", name(row, "holderName", "holder"), RecordStream.text(row, "relation"),
						name(row, "targetName", "target"));
				startNode(xml, "Claim", RecordStream.text(row, "claimId"), label, "Claim");
				data(xml, row, CLAIM);
				data(xml, "hedges", joined(row, "hedges", "; "));
				data(xml, "via", joined(row, "via", " > "));
				xml.writeEndElement();
			}));
			counts.put("vote nodes", RecordStream.each(tx, ExportQueries.VOTES, row -> {
				String label = name(row, "bodyName", "body") + " vote on " + name(row, "instrumentName", "instrument");
				startNode(xml, "Vote", RecordStream.text(row, "id"), label, "Vote");
				data(xml, row, VOTE);
				xml.writeEndElement();
			}));

			counts.put("derived edges", RecordStream.each(tx, ExportQueries.EDGES, ExportQueries.relations(), row -> {
				String holder = RecordStream.text(row, "holder");
				String relation = RecordStream.text(row, "relation");
				String target = RecordStream.text(row, "target");
				List<String> claimIds = RecordStream.texts(row, "claimIds");
				startEdge(xml, holder + ":" + relation + ":" + target, holder, target, relation);
				Long sources = RecordStream.number(row, "sources");
				data(xml, "weight", sources == null ? null : sources + ".0");
				data(xml, "claims", claimIds == null ? null : String.valueOf(claimIds.size()));
				data(xml, "claimIds", joined(row, "claimIds", " "));
				data(xml, "sources", RecordStream.text(row, "sources"));
				data(xml, "sourceIds", joined(row, "sourceIds", " "));
				data(xml, "publishers", RecordStream.text(row, "publishers"));
				data(xml, "publisherNames", joined(row, "publisherNames", "; "));
				data(xml, "condition", RecordStream.text(row, "condition"));
				data(xml, "firstDate", RecordStream.text(row, "firstDate"));
				data(xml, "lastDate", RecordStream.text(row, "lastDate"));
				data(xml, "certainty", RecordStream.text(row, "certainty"));
				for (String level : List.of("statedClaims", "reportedClaims", "probableClaims", "possibleClaims")) {
					data(xml, level, RecordStream.text(row, level));
				}
				xml.writeEndElement();
			}));
			counts.put("STANDS_ON edges", RecordStream.each(tx, ExportQueries.STANDINGS, row -> {
				String holder = RecordStream.text(row, "holder");
				String target = RecordStream.text(row, "target");
				startEdge(xml, holder + ":STANDS_ON:" + target, holder, target, "STANDS_ON");
				for (String level : List.of("statedOrStrongerSide", "reportedOrStrongerSide", "probableOrStrongerSide",
						"possibleOrStrongerSide")) {
					data(xml, level, RecordStream.text(row, level));
				}
				xml.writeEndElement();
			}));
			counts.put("CONCERNS edges", RecordStream.each(tx, ExportQueries.CONCERNS, row -> {
				String holder = RecordStream.text(row, "holder");
				String target = RecordStream.text(row, "target");
				startEdge(xml, holder + ":CONCERNS:" + target, holder, target, "CONCERNS");
				xml.writeEndElement();
			}));
			counts.put("BELONGS_TO edges", RecordStream.each(tx, ExportQueries.BELONGS_TO, row -> {
				String holder = RecordStream.text(row, "holder");
				String target = RecordStream.text(row, "target");
				startEdge(xml, holder + ":BELONGS_TO:" + target, holder, target, "BELONGS_TO");
				xml.writeEndElement();
			}));
			// rows come sorted: the same claim, type and end twice (two quotes from one source) are neighbours
			String[] previous = { null };
			int[] repeat = { 0 };
			counts.put("claim and vote edges", RecordStream.each(tx, ExportQueries.PROVENANCE, row -> {
				String from = nodeId(RecordStream.text(row, "fromLabel"), RecordStream.text(row, "fromId"));
				String to = nodeId(RecordStream.text(row, "toLabel"), RecordStream.text(row, "toId"));
				String relation = RecordStream.text(row, "relation");
				String id = from + ":" + relation + ":" + to;
				repeat[0] = id.equals(previous[0]) ? repeat[0] + 1 : 1;
				previous[0] = id;
				startEdge(xml, repeat[0] == 1 ? id : id + ":" + repeat[0], from, to, relation);
				data(xml, "quote", RecordStream.text(row, "quote"));
				xml.writeEndElement();
			}));
			xml.writeCharacters("\n  ");
			xml.writeEndElement(); // graph
			xml.writeCharacters("\n");
			xml.writeEndElement(); // graphml
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
			xml.close(); // does not close the stream
			return new ExportSummary(ExportFormat.GRAPHML, counts);
		}
		catch (XMLStreamException ex) {
			throw new IOException("Cannot write GraphML: " + ex.getMessage(), ex);
		}
	}

	/** Opens a node with its label, type and kind; the caller adds its data and closes it. */
	private static void startNode(XMLStreamWriter xml, String type, String id, String label, String kind) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("node");
		xml.writeAttribute("id", clean(nodeId(type, id)));
		data(xml, "label", label);
		data(xml, "type", type);
		data(xml, "kind", kind);
	}

	/** Opens an edge with its label and relation; the caller adds its data and closes it. */
	private static void startEdge(XMLStreamWriter xml, String id, String source, String target, String relation)
			throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("edge");
		xml.writeAttribute("id", clean(id));
		xml.writeAttribute("source", clean(source));
		xml.writeAttribute("target", clean(target));
		data(xml, "edgelabel", relation);
		data(xml, "relation", relation);
	}

	/** A name, or the id when the graph has no name for it. */
	private static String name(Record row, String name, String id) {
		String text = RecordStream.text(row, name);
		return text != null ? text : RecordStream.text(row, id);
	}

	private static void data(XMLStreamWriter xml, Record row, List<Attribute> attributes) throws XMLStreamException {
		for (Attribute attribute : attributes) {
			data(xml, attribute.key(), RecordStream.text(row, attribute.column()));
		}
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value == null || value.isEmpty()) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static String joined(Record row, String key, String separator) {
		List<String> values = RecordStream.texts(row, key);
		return values == null ? null : String.join(separator, values);
	}

	/** XML 1.0 cannot carry most control characters, even escaped: each becomes U+FFFD, as do lone surrogates. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder cleaned = null;
		for (int i = 0; i < text.length(); ) {
			int c = text.codePointAt(i);
			int width = Character.charCount(c);
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (!allowed && cleaned == null) {
				cleaned = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (cleaned != null) {
				if (allowed) {
					cleaned.appendCodePoint(c);
				}
				else {
					cleaned.append('\uFFFD');
				}
			}
			i += width;
		}
		return cleaned == null ? text : cleaned.toString();
	}
}
