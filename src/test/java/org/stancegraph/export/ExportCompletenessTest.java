package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Every export format carries the whole graph: documents, entities, claims, every piece of evidence with its quote,
 * vote tallies, the derived edges with their claim ids, the CONCERNS and BELONGS_TO edges, each parsed from the format
 * and counted against Cypher's count on the same graph, and the certainty of every claim and edge. GraphML carries
 * every node and every relationship besides, as nodes and edges per label and type.
 */
@StancegraphIntegrationTest
class ExportCompletenessTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	/** What the graph holds, by Cypher. */
	Map<String, Long> graph;

	/** Each derived edge as "holder RELATION target: its claim ids, sorted". */
	Set<String> derivedEdges;

	@BeforeEach
	void countTheGraph() {
		graph = new TreeMap<>();
		graph.put("documents", count("MATCH (n:Source) RETURN count(n)"));
		graph.put("entities", count("MATCH (n:Entity) RETURN count(n)"));
		graph.put("claims", count("MATCH (n:Claim) RETURN count(n)"));
		graph.put("evidence", count("MATCH (:Claim)-[r:EVIDENCED_BY]->(:Source) RETURN count(r)"));
		graph.put("votes", count("MATCH (n:Vote) RETURN count(n)"));
		graph.put("derived edges", ExportJsonRoundTripTest.derivedEdges(neo4j));
		graph.put("concerns", count("MATCH (:Entity)-[r:CONCERNS]->(:Entity) RETURN count(r)"));
		assertThat(graph).as("the seed graph has some of each").allSatisfy((what, n) -> assertThat(n).as(what).isPositive());
		// the seed files may name no owner of an unnamed source yet
		graph.put("belongs to", count("MATCH (:Entity)-[r:BELONGS_TO]->(:Entity) RETURN count(r)"));
		derivedEdges = new HashSet<>(neo4j.query("""
				MATCH (h:Entity)-[r]->(t:Entity) WHERE type(r) IN $relations
				RETURN h.id + ' ' + type(r) + ' ' + t.id + ': '
				       + reduce(s = '', id IN COLLECT { UNWIND r.claimIds AS id RETURN id ORDER BY id } | s + id + ' ') AS edge
				""").bind(ExportQueries.RELATIONS).to("relations").fetchAs(String.class).all());
	}

	@Test
	void json() {
		JsonNode json = new ApiClient(port).get("/api/export", "application/json").body();
		Map<String, Long> exported = new TreeMap<>();
		exported.put("documents", (long) json.get("documents").size());
		exported.put("entities", (long) json.get("entities").size());
		exported.put("claims", (long) json.get("claims").size());
		// a claim's own quote, and its alsoIn quotes
		exported.put("evidence", ApiClient.stream(json.get("claims")).mapToLong(c -> 1 + c.path("alsoIn").size()).sum());
		exported.put("votes", (long) json.get("votes").size());
		exported.put("derived edges", (long) json.get("edges").size());
		exported.put("concerns", ApiClient.stream(json.get("entities")).mapToLong(e -> e.path("concerns").size()).sum());
		exported.put("belongs to", ApiClient.stream(json.get("entities")).filter(e -> e.has("belongsTo")).count());
		assertThat(exported).isEqualTo(graph);
		// what the graph holds of every claim and edge since issue 16
		assertThat(ApiClient.stream(json.get("claims"))).allSatisfy(c -> assertThat(c.has("reported")).as(c.path("id").asString()).isTrue());
		assertThat(ApiClient.stream(json.get("edges"))).allSatisfy(e -> {
			assertThat(e.path("certainty").asString()).isIn("stated", "reported", "probable", "possible");
			assertThat(e.path("statedClaims").asLong() + e.path("reportedClaims").asLong() + e.path("probableClaims").asLong()
					+ e.path("possibleClaims").asLong()).isEqualTo(e.path("claimIds").size());
		});
		assertThat(ApiClient.stream(json.get("votes"))).allSatisfy(v -> assertThat(v.has("for") && v.has("quote")).isTrue());
		assertThat(ApiClient.stream(json.get("edges"))
			.map(e -> edge(e.get("holder").asString(), e.get("relation").asString(), e.get("target").asString(),
					ApiClient.stream(e.get("claimIds")).map(JsonNode::asString).toList()))
			.collect(Collectors.toSet())).isEqualTo(derivedEdges);
	}

	@Test
	void csv() {
		List<List<String>> rows = Csv.parse(new ApiClient(port).get("/api/export", "text/csv").text());
		assertThat(rows.getFirst()).containsExactlyElementsOf(CsvExport.HEADER);
		List<List<String>> records = rows.subList(1, rows.size());
		Map<String, Long> byRecord = records.stream().collect(Collectors.groupingBy(List::getFirst, Collectors.counting()));
		Map<String, String> names = Map.of("documents", "document", "entities", "entity", "claims", "claim", "evidence",
				"evidence", "votes", "vote", "derived edges", "edge", "concerns", "concerns");
		Map<String, Long> exported = new TreeMap<>();
		names.forEach((what, record) -> exported.put(what, byRecord.getOrDefault(record, 0L)));
		exported.put("belongs to", records.stream()
			.filter(r -> r.getFirst().equals("entity") && !r.get(CsvExport.HEADER.indexOf("belongs_to")).isEmpty()).count());
		assertThat(exported).isEqualTo(graph);
		assertThat(byRecord.keySet()).containsExactlyInAnyOrderElementsOf(names.values());

		Function<String, Integer> column = CsvExport.HEADER::indexOf;
		assertThat(records.stream().filter(r -> r.getFirst().equals("vote")))
			.allSatisfy(v -> assertThat(v.get(column.apply("votes_for"))).isNotEmpty());
		assertThat(records.stream().filter(r -> r.getFirst().equals("evidence")))
			.allSatisfy(e -> assertThat(e.get(column.apply("quote"))).isNotEmpty());
		assertThat(records.stream().filter(r -> r.getFirst().equals("claim"))).allSatisfy(c -> {
			assertThat(c.get(column.apply("certainty"))).isIn("stated", "reported", "probable", "possible");
			assertThat(c.get(column.apply("date_precision"))).isIn("day", "month", "year");
			assertThat(c.get(column.apply("reported"))).isNotEmpty();
		});
		assertThat(records.stream().filter(r -> r.getFirst().equals("edge")))
			.allSatisfy(e -> assertThat(e.get(column.apply("certainty"))).isIn("stated", "reported", "probable", "possible"));
		assertThat(records.stream().filter(r -> r.getFirst().equals("edge"))
			.map(e -> edge(e.get(column.apply("holder")), e.get(column.apply("relation")), e.get(column.apply("target")),
					List.of(e.get(column.apply("claim_ids")).split(" "))))
			.collect(Collectors.toSet())).isEqualTo(derivedEdges);
	}

	@Test
	void graphml() throws Exception {
		Element root = ExportGraphmlTest.parse(new ApiClient(port).get("/api/export", "application/graphml+xml").text())
			.getDocumentElement();
		List<Element> nodes = ExportGraphmlTest.elements(root, "node");
		List<Element> edges = ExportGraphmlTest.elements(root, "edge");
		Map<String, String> typeOf = nodes.stream()
			.collect(Collectors.toMap(n -> n.getAttribute("id"), n -> ExportGraphmlTest.data(n).get("type")));

		Map<String, Long> exported = new TreeMap<>();
		Map<String, Long> nodesByType = nodes.stream()
			.collect(Collectors.groupingBy(n -> ExportGraphmlTest.data(n).get("type"), Collectors.counting()));
		exported.put("documents", nodesByType.getOrDefault("Source", 0L));
		exported.put("entities", nodesByType.getOrDefault("Entity", 0L));
		exported.put("claims", nodesByType.getOrDefault("Claim", 0L));
		exported.put("votes", nodesByType.getOrDefault("Vote", 0L));
		exported.put("evidence", edges.stream().filter(e -> relation(e).equals("EVIDENCED_BY")
				&& typeOf.get(e.getAttribute("source")).equals("Claim") && !ExportGraphmlTest.data(e).getOrDefault("quote", "").isEmpty())
			.count());
		List<Element> derived = edges.stream().filter(e -> ExportQueries.RELATIONS.contains(relation(e))
				&& typeOf.get(e.getAttribute("source")).equals("Entity") && typeOf.get(e.getAttribute("target")).equals("Entity"))
			.toList();
		exported.put("derived edges", (long) derived.size());
		exported.put("concerns", edges.stream().filter(e -> relation(e).equals("CONCERNS")).count());
		exported.put("belongs to", edges.stream().filter(e -> relation(e).equals("BELONGS_TO")).count());
		assertThat(exported).isEqualTo(graph);
		assertThat(derived).allSatisfy(e -> assertThat(ExportGraphmlTest.data(e).get("certainty")).isNotEmpty());
		assertThat(nodes.stream().filter(n -> ExportGraphmlTest.data(n).get("type").equals("Claim")))
			.allSatisfy(n -> assertThat(ExportGraphmlTest.data(n)).containsKeys("nodecertainty", "datePrecision", "reported"));
		assertThat(derived.stream().map(e -> edge(e.getAttribute("source"), relation(e), e.getAttribute("target"),
				List.of(ExportGraphmlTest.data(e).get("claimIds").split(" ")))).collect(Collectors.toSet()))
			.isEqualTo(derivedEdges);

		// and the whole graph: its nodes per label, its relationships per type (the load lock is no content)
		Map<String, Long> labels = counts("MATCH (n) WHERE NOT n:LoadLock RETURN CASE WHEN n:Entity THEN 'Entity' ELSE labels(n)[0] END AS key, count(*) AS n");
		Map<String, Long> types = counts("MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n");
		assertThat(new TreeMap<>(nodesByType)).isEqualTo(labels);
		assertThat(new TreeMap<>(edges.stream().collect(Collectors.groupingBy(ExportCompletenessTest::relation, Collectors.counting()))))
			.isEqualTo(types);
	}

	private static String relation(Element edge) {
		return ExportGraphmlTest.data(edge).get("relation");
	}

	private static String edge(String holder, String relation, String target, List<String> claimIds) {
		return holder + " " + relation + " " + target + ": " + claimIds.stream().sorted().map(id -> id + " ").collect(Collectors.joining());
	}

	private long count(String query) {
		return neo4j.query(query).fetchAs(Long.class).one().orElseThrow();
	}

	private Map<String, Long> counts(String query) {
		Map<String, Long> counts = new TreeMap<>();
		neo4j.query(query).fetch().all().forEach(row -> counts.put((String) row.get("key"), (Long) row.get("n")));
		return counts;
	}
}
