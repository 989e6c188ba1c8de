package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GraphML export: well-formed GraphML 1.0, every attribute declared, one node per entity, one edge per derived edge. */
@StancegraphIntegrationTest
class ExportGraphmlTest {

	static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void entitiesAreNodesAndDerivedEdgesAreEdges() throws Exception {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=graphml", "application/graphml+xml");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/graphml+xml");

		Document xml = parse(answer.text());
		Element root = xml.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);

		Map<String, String> keys = new HashMap<>();
		for (Element key : elements(root, "key")) {
			assertThat(key.getAttribute("for")).isIn("node", "edge");
			assertThat(key.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
			assertThat(keys.put(key.getAttribute("id"), key.getAttribute("for"))).as("key ids are unique").isNull();
		}
		assertThat(elements(root, "graph")).singleElement()
			.satisfies(graph -> assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed"));
		for (Element data : elements(root, "data")) {
			String parent = data.getParentNode().getLocalName();
			assertThat(keys).as("data key %s on a %s is declared for it", data.getAttribute("key"), parent)
				.containsEntry(data.getAttribute("key"), parent);
		}

		List<Element> nodes = elements(root, "node");
		Set<String> nodeIds = new HashSet<>();
		nodes.forEach(n -> assertThat(nodeIds.add(n.getAttribute("id"))).isTrue());
		assertThat((long) nodes.size()).isEqualTo(count("MATCH (e:Entity) RETURN count(e)"));
		assertThat(data(nodes, "turkey")).containsEntry("label", "Turkey").containsEntry("kind", "State")
			.hasEntrySatisfying("aliases", aliases -> assertThat(aliases).contains("Türkiye"));

		List<Element> edges = elements(root, "edge");
		assertThat((long) edges.size()).isEqualTo(ExportJsonRoundTripTest.derivedEdges(neo4j));
		assertThat(edges).allSatisfy(e -> assertThat(nodeIds).contains(e.getAttribute("source"), e.getAttribute("target")));
		Element israelOpposes = edges.stream().filter(e -> e.getAttribute("id").equals("israel:OPPOSES:turkish-participation-in-isf"))
			.findFirst().orElseThrow();
		assertThat(israelOpposes.getAttribute("source")).isEqualTo("israel");
		Map<String, String> data = data(israelOpposes);
		assertThat(data).containsEntry("relation", "OPPOSES").containsEntry("edgelabel", "OPPOSES");
		assertThat(Integer.parseInt(data.get("sources"))).isGreaterThanOrEqualTo(2);
		assertThat(Double.parseDouble(data.get("weight"))).isEqualTo(Double.parseDouble(data.get("sources")));
		assertThat(data.get("claimIds")).contains("algemeiner-israel-opposes-turkish-participation-in-isf");
		assertThat(Integer.parseInt(data.get("claims"))).isEqualTo(data.get("claimIds").split(" ").length);
	}

	static Document parse(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Element root, String name) {
		NodeList list = root.getElementsByTagNameNS(GRAPHML, name);
		return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
	}

	private static Map<String, String> data(List<Element> nodes, String id) {
		return data(nodes.stream().filter(n -> n.getAttribute("id").equals(id)).findFirst().orElseThrow());
	}

	private static Map<String, String> data(Element element) {
		Map<String, String> data = new HashMap<>();
		elements(element, "data").forEach(d -> data.put(d.getAttribute("key"), d.getTextContent()));
		return data;
	}

	private long count(String query) {
		return neo4j.query(query).fetchAs(Long.class).one().orElseThrow();
	}
}
