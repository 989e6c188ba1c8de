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
 * The GraphML export (GraphML 1.0, http://graphml.graphdrawing.org/xmlns): entities as nodes, derived edges
 * {@code (holder)-[:RELATION]->(target)} as directed edges, every attribute declared as a key. Gephi reads
 * {@code label} as the node and edge label and {@code weight} (the number of sources) as the edge weight. Lists are
 * joined into one string (GraphML has no list type): ids with spaces, names and aliases with "; ".
 */
final class GraphmlExport {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

	/** A declared attribute: key id, node or edge, name, GraphML type. */
	record Key(String id, String domain, String name, String type) {
	}

	static final List<Key> KEYS = List.of(
			new Key("label", "node", "label", "string"),
			new Key("kind", "node", "kind", "string"),
			new Key("aliases", "node", "aliases", "string"),
			new Key("description", "node", "description", "string"),
			new Key("role", "node", "role", "string"),
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
			new Key("lastDate", "edge", "lastDate", "string"));

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private GraphmlExport() {
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
			counts.put("nodes", Rows.each(tx, ExportQueries.ENTITIES, row -> {
				xml.writeCharacters("\n    ");
				xml.writeStartElement("node");
				xml.writeAttribute("id", clean(Rows.text(row, "id")));
				data(xml, "label", Rows.text(row, "name"));
				data(xml, "kind", Rows.text(row, "kind"));
				data(xml, "aliases", joined(row, "aliases", "; "));
				data(xml, "description", Rows.text(row, "description"));
				data(xml, "role", Rows.text(row, "role"));
				xml.writeEndElement();
			}));
			counts.put("edges", Rows.each(tx, ExportQueries.EDGES, ExportQueries.relations(), row -> {
				String holder = Rows.text(row, "holder");
				String relation = Rows.text(row, "relation");
				String target = Rows.text(row, "target");
				List<String> claimIds = Rows.texts(row, "claimIds");
				xml.writeCharacters("\n    ");
				xml.writeStartElement("edge");
				xml.writeAttribute("id", clean(holder + ":" + relation + ":" + target));
				xml.writeAttribute("source", clean(holder));
				xml.writeAttribute("target", clean(target));
				data(xml, "edgelabel", relation);
				data(xml, "relation", relation);
				Long sources = Rows.number(row, "sources");
				data(xml, "weight", sources == null ? null : sources + ".0");
				data(xml, "claims", claimIds == null ? null : String.valueOf(claimIds.size()));
				data(xml, "claimIds", joined(row, "claimIds", " "));
				data(xml, "sources", Rows.text(row, "sources"));
				data(xml, "sourceIds", joined(row, "sourceIds", " "));
				data(xml, "publishers", Rows.text(row, "publishers"));
				data(xml, "publisherNames", joined(row, "publisherNames", "; "));
				data(xml, "condition", Rows.text(row, "condition"));
				data(xml, "firstDate", Rows.text(row, "firstDate"));
				data(xml, "lastDate", Rows.text(row, "lastDate"));
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
		List<String> values = Rows.texts(row, key);
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
