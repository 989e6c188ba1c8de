package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.ClaimLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The GraphML export, parsed by the JDK's XML parser and held to GraphML 1.0's structure: keys first, each declared
 * once for nodes or edges with a GraphML type, one directed graph, every data element's key declared for its
 * element, unique node and edge ids, edges between nodes of the document. And the provenance a Gephi user needs:
 * a claim is a node linked to its holder, target and source (with the quote); a derived edge names claim nodes.
 * (That it holds every node and relationship of the graph: {@link ExportCompletenessTest}.)
 */
@StancegraphIntegrationTest
class ExportGraphmlTest {

	static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	static final String CLAIM = "algemeiner-israel-opposes-turkish-participation-in-isf";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	@Test
	void graphml10WithEveryAttributeDeclared() throws Exception {
		Element root = export();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);

		// the children of graphml: the keys, then the one graph
		List<Element> children = children(root);
		assertThat(children).last().satisfies(graph -> assertThat(graph.getLocalName()).isEqualTo("graph"));
		assertThat(children.subList(0, children.size() - 1)).isNotEmpty()
			.allSatisfy(key -> assertThat(key.getLocalName()).isEqualTo("key"));
		Map<String, Element> keys = new HashMap<>();
		for (Element key : elements(root, "key")) {
			assertThat(key.getAttribute("for")).isIn("node", "edge");
			assertThat(key.getAttribute("attr.name")).isNotBlank();
			assertThat(key.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
			assertThat(keys.put(key.getAttribute("id"), key)).as("key ids are unique").isNull();
		}
		Element graph = children.getLast();
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
		assertThat(children(graph)).allSatisfy(e -> assertThat(e.getLocalName()).isIn("node", "edge"));

		for (Element data : elements(root, "data")) {
			String parent = data.getParentNode().getLocalName();
			Element key = keys.get(data.getAttribute("key"));
			assertThat(key).as("data key %s is declared", data.getAttribute("key")).isNotNull();
			assertThat(key.getAttribute("for")).as("data key %s on a %s", data.getAttribute("key"), parent).isEqualTo(parent);
			String value = data.getTextContent();
			switch (key.getAttribute("attr.type")) {
				case "int", "long" -> Long.parseLong(value);
				case "double", "float" -> Double.parseDouble(value);
				default -> assertThat(value).isNotEmpty();
			}
		}

		Set<String> nodeIds = new HashSet<>();
		for (Element node : elements(root, "node")) {
			assertThat(nodeIds.add(node.getAttribute("id"))).as("node ids are unique").isTrue();
			Map<String, String> data = data(node);
			assertThat(data.get("type")).isIn("Entity", "Source", "Claim", "Vote");
			assertThat(data.get("label")).isNotBlank();
			assertThat(data.get("kind")).isNotBlank();
		}
		Set<String> edgeIds = new HashSet<>();
		for (Element edge : elements(root, "edge")) {
			assertThat(edgeIds.add(edge.getAttribute("id"))).as("edge ids are unique").isTrue();
			assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
			assertThat(data(edge).get("relation")).isNotBlank();
		}
		// all nodes before the first edge
		List<String> order = children(graph).stream().map(Element::getLocalName).toList();
		assertThat(order.lastIndexOf("node")).isLessThan(order.indexOf("edge"));
	}

	@Test
	void claimsAndSourcesAreNodesLinkedToWhatTheyAreAbout() throws Exception {
		Element root = export();
		Map<String, Element> nodes = byId(elements(root, "node"));
		List<Element> edges = elements(root, "edge");

		assertThat(data(nodes.get("turkey"))).containsEntry("label", "Turkey").containsEntry("type", "Entity")
			.containsEntry("kind", "State").hasEntrySatisfying("aliases", aliases -> assertThat(aliases).contains("Türkiye"));

		Map<String, Object> claim = neo4j.query("MATCH (c:Claim {id: $id}) RETURN c.source AS source, c.quote AS quote, c.date AS date")
			.bind(CLAIM).to("id").fetch().one().orElseThrow();
		Map<String, String> claimNode = data(nodes.get("claim:" + CLAIM));
		assertThat(claimNode).containsEntry("type", "Claim").containsEntry("kind", "Claim")
			.containsEntry("label", "Israel OPPOSES Turkish participation in the ISF")
			.containsEntry("holder", "israel").containsEntry("noderelation", "OPPOSES")
			.containsEntry("target", "turkish-participation-in-isf").containsEntry("date", claim.get("date").toString())
			.containsEntry("nodequote", (String) claim.get("quote"));
		String source = "source:" + claim.get("source");
		assertThat(data(nodes.get(source))).containsEntry("type", "Source").containsEntry("publisher", "The Algemeiner")
			.hasEntrySatisfying("text", text -> assertThat(text).contains((String) claim.get("quote")));

		List<Element> fromClaim = edges.stream().filter(e -> e.getAttribute("source").equals("claim:" + CLAIM)).toList();
		assertThat(fromClaim).extracting(e -> data(e).get("relation") + " " + e.getAttribute("target"))
			.contains("BY israel", "ABOUT turkish-participation-in-isf", "EVIDENCED_BY " + source);
		assertThat(fromClaim.stream().filter(e -> e.getAttribute("target").equals(source)).map(e -> data(e).get("quote")))
			.contains((String) claim.get("quote"));

		// the derived edge with its weight and claims, each claim a node BY its holder and ABOUT its target
		Element israelOpposes = edges.stream().filter(e -> e.getAttribute("id").equals("israel:OPPOSES:turkish-participation-in-isf"))
			.findFirst().orElseThrow();
		Map<String, String> data = data(israelOpposes);
		assertThat(israelOpposes.getAttribute("source")).isEqualTo("israel");
		assertThat(data).containsEntry("relation", "OPPOSES").containsEntry("edgelabel", "OPPOSES");
		assertThat(Double.parseDouble(data.get("weight"))).isEqualTo(Double.parseDouble(data.get("sources")));
		List<String> claimIds = List.of(data.get("claimIds").split(" "));
		assertThat(claimIds).contains(CLAIM).hasSize(Integer.parseInt(data.get("claims")));
		for (String id : claimIds) {
			assertThat(nodes).containsKey("claim:" + id);
			assertThat(edges.stream().filter(e -> e.getAttribute("source").equals("claim:" + id))
				.map(e -> data(e).get("relation") + " " + e.getAttribute("target")))
				.contains("BY israel", "ABOUT turkish-participation-in-isf");
		}

		// what a proposition is about, as the entity file states it
		assertThat(edges).anySatisfy(e -> {
			assertThat(e.getAttribute("source")).isEqualTo("turkish-participation-in-isf");
			assertThat(data(e)).containsEntry("relation", "CONCERNS");
		});
	}

	/**
	 * A claim node carries its certainty, claimant, chain and qualifiers and links to its claimant, chain, the subject
	 * of its condition and its addressee; a derived edge its certainty and claims at each; an unnamed source BELONGS_TO
	 * its actor; a source node its outlet.
	 */
	@Test
	void claimsCarryCertaintyClaimantChainAndQualifiers(@TempDir Path dataset) throws Exception {
		loader.load(EveryFieldDataset.validated(dataset));
		Element root = export();
		Map<String, Element> keys = byId(elements(root, "key"));
		assertThat(keys.get("nodecertainty").getAttribute("attr.name")).isEqualTo("certainty");
		assertThat(keys.get("nodecertainty").getAttribute("for")).isEqualTo("node");
		assertThat(keys.get("certainty").getAttribute("for")).isEqualTo("edge");
		assertThat(keys.get("quantityValue").getAttribute("attr.type")).isEqualTo("double");
		assertThat(keys.get("periodExtendable").getAttribute("attr.type")).isEqualTo("boolean");
		assertThat(keys.get("possibleClaims").getAttribute("attr.type")).isEqualTo("int");
		Map<String, Element> nodes = byId(elements(root, "node"));
		List<Element> edges = elements(root, "edge");

		assertThat(data(nodes.get("claim:" + EveryFieldDataset.OFFERS))).containsEntry("nodecertainty", "possible")
			.containsEntry("claimant", "zz-test-export-gov-source").containsEntry("via", "zz-test-export-agency")
			.containsEntry("reportedBy", "zz-test-export-agency").containsEntry("hedges", "source; could")
			.containsEntry("date", "2025-11-01").containsEntry("datePrecision", "month").containsEntry("reported", "2025-11-19")
			.containsEntry("quantityValue", "2000").containsEntry("quantityUnit", "soldiers")
			.containsEntry("quantityApproximate", "true").containsEntry("quantityBound", "at-most")
			.containsEntry("periodDuration", "P2Y").containsEntry("periodExtendable", "true").containsEntry("periodMinimum", "true")
			.containsEntry("nodecondition", "only if the war ends").containsEntry("conditionKind", "only-if")
			.containsEntry("conditionOn", "zz-test-export-war-end")
			.hasEntrySatisfying("certaintyBasis", basis -> assertThat(basis).startsWith("'could'"));
		assertThat(data(nodes.get("claim:" + EveryFieldDataset.DEMANDS))).containsEntry("addressee", "zz-test-export-usland")
			.containsEntry("via", "zz-test-export-agency > zz-test-export-gov-source").containsEntry("datePrecision", "year")
			.containsEntry("quantityValue", "2.5").containsEntry("quantityBound", "exactly");
		assertThat(data(nodes.get("zz-test-export-gov-source"))).containsEntry("belongsTo", "zz-test-export-azer")
			.containsEntry("kind", "UnnamedSource");
		assertThat(data(nodes.get("source:" + EveryFieldDataset.DOCUMENT))).containsEntry("outlet", "zz-test-export-outlet")
			.containsEntry("url", EveryFieldDataset.URL)
			.containsEntry("contentHash", org.stancegraph.claims.SourceDocument.contentHash(EveryFieldDataset.TEXT));

		assertThat(edges.stream().filter(e -> e.getAttribute("source").startsWith("claim:" + EveryFieldDataset.PREFIX))
			.map(e -> e.getAttribute("source").substring("claim:".length()) + " " + data(e).get("relation") + " " + e.getAttribute("target")))
			.contains(EveryFieldDataset.OFFERS + " CLAIMED_BY zz-test-export-gov-source",
					EveryFieldDataset.OFFERS + " REPORTED_BY zz-test-export-agency",
					EveryFieldDataset.OFFERS + " CONDITIONAL_ON zz-test-export-war-end",
					EveryFieldDataset.DEMANDS + " ADDRESSED_TO zz-test-export-usland",
					EveryFieldDataset.DEMANDS + " REPORTED_BY zz-test-export-gov-source",
					EveryFieldDataset.BACKS + " CLAIMED_BY zz-test-export-outlet");
		assertThat(edges).anySatisfy(e -> {
			assertThat(e.getAttribute("id")).isEqualTo("zz-test-export-gov-source:BELONGS_TO:zz-test-export-azer");
			assertThat(e.getAttribute("source")).isEqualTo("zz-test-export-gov-source");
			assertThat(e.getAttribute("target")).isEqualTo("zz-test-export-azer");
			assertThat(data(e)).containsEntry("relation", "BELONGS_TO");
		});
		Element troops = edges.stream().filter(e -> e.getAttribute("id").equals("zz-test-export-azer:OFFERS_TROOPS:zz-test-export-force"))
			.findFirst().orElseThrow();
		assertThat(data(troops)).containsEntry("certainty", "possible").containsEntry("statedClaims", "0")
			.containsEntry("reportedClaims", "0").containsEntry("probableClaims", "0").containsEntry("possibleClaims", "1");
	}

	private Element export() throws Exception {
		ApiClient.Answer answer = new ApiClient(port).get("/api/export?format=graphml", "application/graphml+xml");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/graphml+xml");
		return parse(answer.text()).getDocumentElement();
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
		return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
	}

	/** The child elements, in document order, each in the GraphML namespace. */
	static List<Element> children(Element parent) {
		NodeList list = parent.getChildNodes();
		return IntStream.range(0, list.getLength()).mapToObj(list::item).filter(n -> n.getNodeType() == Node.ELEMENT_NODE)
			.map(n -> (Element) n)
			.peek(e -> assertThat(e.getNamespaceURI()).as(e.getTagName()).isEqualTo(GRAPHML))
			.toList();
	}

	static Map<String, Element> byId(List<Element> elements) {
		Map<String, Element> byId = new HashMap<>();
		elements.forEach(e -> byId.put(e.getAttribute("id"), e));
		return byId;
	}

	static Map<String, String> data(Element element) {
		Map<String, String> data = new HashMap<>();
		elements(element, "data").forEach(d -> data.put(d.getAttribute("key"), d.getTextContent()));
		return data;
	}
}
