package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.claims.EdgeSummaries.ClaimFacts;
import org.stancegraph.claims.EdgeSummaries.Edge;
import org.stancegraph.claims.EdgeSummaries.Standing;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * Keeps the summary edges in step with the claims a load writes, recomputing only those whose claims changed. Before
 * the claims are written it reads what the graph holds for their triples; after, it writes the edges
 * {@link EdgeSummaries} works out from that and the set.
 */
final class EdgeWriter {

	private final Neo4jClient neo4j;

	EdgeWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private static final String CLAIMS_CITING = """
			UNWIND $ids AS id
			MATCH (:Source {id: id})<-[:EVIDENCED_BY]-(c:Claim)
			RETURN DISTINCT c.holder AS holder, c.relation AS relation, c.target AS target
			""";

	/**
	 * The triples whose edges change: those of the changed claims, where they were and where they are, and those of
	 * claims citing a changed source, whose publisher counts on their edges.
	 */
	Set<Triple> affected(List<Map<String, Object>> changedClaims, Map<String, Map<String, Object>> existingClaims,
			List<Map<String, Object>> changedSources) {
		Set<Triple> affected = new LinkedHashSet<>();
		for (Map<String, Object> row : changedClaims) {
			affected.add(Triple.of(row));
			Map<String, Object> before = existingClaims.get((String) row.get("id"));
			if (before != null) {
				affected.add(Triple.of(before));
			}
		}
		if (!changedSources.isEmpty()) {
			neo4j.query(CLAIMS_CITING).bind(changedSources.stream().map(r -> r.get("id")).toList()).to("ids")
					.fetch().all().forEach(row -> affected.add(Triple.of(row)));
		}
		return affected;
	}

	/**
	 * The claims the graph holds for holder-relation-target triples, with their sources: per holder and target, by the
	 * (holder, target, date) index, then the relations.
	 */
	private static final String CLAIMS_OF_TRIPLES = """
			UNWIND $rows AS t
			MATCH (c:Claim)
			USING INDEX c:Claim(holder, target, date)
			WHERE c.holder = t.holder AND c.target = t.target AND c.date IS NOT NULL AND c.relation IN t.relations
			OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			RETURN c.id AS id, c.holder AS holder, c.relation AS relation, c.target AS target, c.date AS date,
			       c.condition AS condition, c.certainty AS certainty, collect(s.id) AS sources
			""";

	/**
	 * The edges of the affected triples once the claims are written. Must be called before they are: it reads what the
	 * graph held for those triples.
	 */
	EdgeSummaries summaries(Set<Triple> affected, List<SourceDocument> documents, List<ClaimDefinition> written, Batches batches) {
		Map<List<String>, List<String>> relationsByPair = new LinkedHashMap<>();
		EdgeSummaries.read(affected).forEach(t -> relationsByPair.computeIfAbsent(List.of(t.holder(), t.target()), pair -> new ArrayList<>())
			.add(t.relation()));
		List<Map<String, Object>> pairs = relationsByPair.entrySet().stream()
			.map(e -> Map.<String, Object>of("holder", e.getKey().get(0), "target", e.getKey().get(1), "relations", e.getValue()))
			.toList();
		List<ClaimFacts> inGraph = batches.read(CLAIMS_OF_TRIPLES, "rows", pairs).stream()
			.map(row -> new ClaimFacts((String) row.get("id"), Triple.of(row), (LocalDate) row.get("date"), (String) row.get("condition"),
					((List<?>) row.get("sources")).stream().map(String.class::cast).toList(),
					// claims loaded before certainty existed hold none: the default stands for them
					row.get("certainty") == null ? Certainty.DEFAULT : Certainty.of((String) row.get("certainty"))))
			.toList();
		EdgeSummaries edges = new EdgeSummaries(affected, publishers(documents, written, inGraph, batches));
		inGraph.forEach(edges::addFromGraph);
		written.forEach(edges::addFromSet);
		return edges;
	}

	private static final String PUBLISHERS = """
			UNWIND $ids AS id
			MATCH (s:Source {id: id})
			RETURN s.id AS id, s.publisher AS publisher
			""";

	/**
	 * Publishers of the sources the summarised claims cite (those in the graph and those written now): from the set's
	 * documents, else (sources loaded before) from the graph.
	 */
	private static Map<String, String> publishers(List<SourceDocument> documents, List<ClaimDefinition> written,
			List<ClaimFacts> inGraph, Batches batches) {
		Map<String, String> publishers = new HashMap<>();
		documents.forEach(d -> publishers.put(d.id(), d.publisher()));
		Set<String> missing = new LinkedHashSet<>();
		inGraph.forEach(c -> missing.addAll(c.sources()));
		written.forEach(c -> c.evidence().forEach(e -> missing.add(e.source())));
		missing.removeAll(publishers.keySet());
		batches.read(PUBLISHERS, "ids", List.copyOf(missing))
			.forEach(row -> publishers.put((String) row.get("id"), (String) row.get("publisher")));
		return publishers;
	}

	/**
	 * One query text per relation, the type written out ({@link Relation#perRelation}): MERGE then expands only that
	 * type between the two entities. With a dynamic type it would walk every relationship of the smaller end, and a
	 * hub entity is the end of a BY or ABOUT from each of its claims.
	 */
	private static final Map<String, String> WRITE_EDGES = Relation.perRelation("""
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			MERGE (h)-[r:%s]->(x)
			SET r += row.properties
			""");

	private static final Map<String, String> CREATE_EDGES = Relation.perRelation("""
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			CREATE (h)-[r:%s]->(x)
			SET r = row.properties
			""");

	private static final Map<String, String> DROP_EDGES = Relation.perRelation("""
			UNWIND $rows AS t
			MATCH (h:Entity {id: t.holder})-[r:%s]->(x:Entity {id: t.target})
			DELETE r
			""");

	private static final String WRITE_STANDINGS = """
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			MERGE (h)-[s:STANDS_ON]->(x)
			SET s = row.properties
			""";

	private static final String CREATE_STANDINGS = """
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			CREATE (h)-[s:STANDS_ON]->(x)
			SET s = row.properties
			""";

	private static final String DROP_STANDINGS = """
			UNWIND $rows AS t
			MATCH (:Entity {id: t.holder})-[s:STANDS_ON]->(:Entity {id: t.target})
			DELETE s
			""";

	/**
	 * Writes the edges some claim states and drops those no claim states any more; the same for the standings of their
	 * holders and targets.
	 */
	void write(EdgeSummaries edges, Batches batches) {
		writeEdges(edges, batches);
		writeStandings(edges, batches);
	}

	private void writeEdges(EdgeSummaries edges, Batches batches) {
		// an edge exists exactly when the graph held claims of its triple: the others are created without a lookup
		List<Map<String, Object>> known = edges.stated(true).stream().map(Edge::row).toList();
		List<Map<String, Object>> created = edges.stated(false).stream().map(Edge::row).toList();
		int total = known.size() + created.size();
		int done = batches.writeByRelation("edges", WRITE_EDGES, known, 0, total);
		batches.writeByRelation("edges", CREATE_EDGES, created, done, total);
		List<Map<String, Object>> unstated = edges.unstated().stream().map(Triple::row).toList();
		batches.writeByRelation("dropped edges", DROP_EDGES, unstated, 0, unstated.size());
	}

	/** Writes the standings some position claim states and drops those none states any more; returns how many it wrote. */
	int writeStandings(EdgeSummaries edges, Batches batches) {
		// a standing exists when the graph held position claims of its holder and target
		List<Map<String, Object>> standing = edges.standings(true).stream().map(Standing::row).toList();
		List<Map<String, Object>> newlyStanding = edges.standings(false).stream().map(Standing::row).toList();
		batches.write("standings", WRITE_STANDINGS, standing, 0, standing.size() + newlyStanding.size());
		batches.write("standings", CREATE_STANDINGS, newlyStanding, standing.size(), standing.size() + newlyStanding.size());
		batches.write("dropped standings", DROP_STANDINGS, edges.unstood().stream().map(Triple::row).toList());
		return standing.size() + newlyStanding.size();
	}
}
