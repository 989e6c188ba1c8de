package org.stancegraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.analysis.AnalysisViews.CellRelation;
import org.stancegraph.analysis.AnalysisViews.PathStep;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.AsOf;
import org.stancegraph.graph.Relation;
import org.stancegraph.web.UnknownEntityException;

/**
 * The analysis questions as Cypher: paths between two entities and the actor-by-target matrix. Every query text is a
 * constant; request values only ever travel as parameters.
 */
@Repository
class AnalysisRepository {

	static final int MIN_HOPS = 1;
	static final int MAX_HOPS = 6;
	static final int MAX_PATHS = 25;

	private final Neo4jClient neo4j;

	AnalysisRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * All shortest paths over derived edges (stances and structure, never the claim links: their types are named, see
	 * {@link Relation#typeExpression()}), in either direction. A variable-length bound cannot be a parameter, so the
	 * {@code %d} are filled once per hop count from constants: one fixed query text for each of 1..6 hops. Ordered by the ids along the path, then by the
	 * relations and their directions, so that the answer and the cap keep the same paths every time.
	 */
	private static final String PATHS_TEMPLATE = """
			MATCH (from:Entity {id: $from})
			MATCH (to:Entity {id: $to})
			MATCH p = ALL SHORTEST (from)-[r:%s]-{1,%d}(to)
			WITH p
			ORDER BY [n IN nodes(p) | n.id], [rel IN relationships(p) | type(rel)], [rel IN relationships(p) | startNode(rel).id]
			LIMIT %d
			RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes,
			       [rel IN relationships(p) | {from: startNode(rel).id, relation: type(rel), to: endNode(rel).id,
			                                   claims: rel.claimIds, sources: rel.sourceIds,
			                                   publishers: rel.publisherNames}] AS steps
			""";

	static final Map<Integer, String> PATHS = IntStream.rangeClosed(MIN_HOPS, MAX_HOPS).boxed()
		.collect(Collectors.toUnmodifiableMap(Function.identity(),
				hops -> PATHS_TEMPLATE.formatted(Relation.typeExpression(), hops, MAX_PATHS)));

	List<List<PathStep>> paths(String from, String to, int maxHops) {
		String query = PATHS.get(maxHops);
		if (query == null) {
			throw new IllegalArgumentException("maxHops must be between " + MIN_HOPS + " and " + MAX_HOPS);
		}
		return neo4j.query(query).bind(from).to("from").bind(to).to("to").fetch().all().stream()
			.map(row -> {
				Map<String, EntitySummary> nodes = new HashMap<>();
				maps(row.get("nodes")).forEach(n -> nodes.put((String) n.get("id"), summary(n)));
				return maps(row.get("steps")).stream()
					.map(step -> new PathStep(nodes.get((String) step.get("from")), (String) step.get("relation"),
							nodes.get((String) step.get("to")), strings(step.get("claims")), strings(step.get("sources")),
							strings(step.get("publishers"))))
					.toList();
			})
			.toList();
	}

	private static final String SUMMARIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			RETURN e {.id, .name, .kind} AS entity
			""";

	/** The entities among {@code ids} that exist, by id, in one round trip. */
	Map<String, EntitySummary> summaries(List<String> ids) {
		Map<String, EntitySummary> found = new HashMap<>();
		neo4j.query(SUMMARIES).bind(ids).to("ids").fetch().all()
			.forEach(row -> {
				EntitySummary entity = summary((Map<?, ?>) row.get("entity"));
				found.put(entity.id(), entity);
			});
		return found;
	}

	/** One relation between an actor and a target, as one matrix query row. */
	record CellRow(EntitySummary actor, String target, CellRelation relation) {
	}

	/**
	 * The whole grid from the derived edges, in one query: every derived edge from an actor (any actor when
	 * {@code $actors} is null) into one of the targets.
	 */
	private static final String MATRIX = """
			UNWIND $targets AS targetId
			MATCH (t:Entity {id: targetId})<-[r:%s]-(a:Entity)
			WHERE $actors IS NULL OR a.id IN $actors
			RETURN a {.id, .name, .kind} AS actor, t.id AS target, type(r) AS relation, r.claimIds AS claims,
			       r.sources AS sources, r.publishers AS publishers, r.condition AS condition
			ORDER BY a.name, a.id, target, relation
			""".formatted(Relation.typeExpression());

	/**
	 * The whole grid as of a date, in one query, from the claims in force then (see {@link AsOf}), grouped by
	 * relation, counting their sources and publishers and joining their conditions as the derived edges do.
	 */
	private static final String MATRIX_AS_OF = """
			UNWIND $targets AS targetId
			MATCH (t:Entity {id: targetId})<-[:ABOUT]-(c:Claim)-[:BY]->(a:Entity)
			WHERE c.date <= $asOf AND ($actors IS NULL OR a.id IN $actors)
			WITH [a, t] AS other, c
			""" + AsOf.IN_FORCE + """
			WITH other[0] AS a, other[1] AS t, c
			MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			WITH a, t, c, s
			ORDER BY c.date, c.id
			WITH a, t, c.relation AS relation, collect(DISTINCT c.id) AS claims,
			     collect(DISTINCT s.id) AS sourceIds, collect(DISTINCT s.publisher) AS publishers,
			     collect(DISTINCT c.condition) AS conditions
			RETURN a {.id, .name, .kind} AS actor, t.id AS target, relation, claims,
			       size(sourceIds) AS sources, size(publishers) AS publishers,
			       CASE size(conditions) WHEN 0 THEN null
			       ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END AS condition
			ORDER BY a.name, a.id, target, relation
			""";

	/** The non-empty cells of the grid: one row per actor, target and relation. */
	List<CellRow> matrix(List<String> actors, List<String> targets, LocalDate asOf) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("actors", actors);
		parameters.put("targets", targets);
		if (asOf != null) {
			parameters.put("asOf", asOf);
		}
		return neo4j.query(asOf == null ? MATRIX : MATRIX_AS_OF).bindAll(parameters).fetch().all().stream()
			.map(row -> new CellRow(summary((Map<?, ?>) row.get("actor")), (String) row.get("target"),
					new CellRelation((String) row.get("relation"), strings(row.get("claims")),
							((Number) row.get("sources")).intValue(), ((Number) row.get("publishers")).intValue(),
							(String) row.get("condition"))))
			.toList();
	}

	/** The neighbours of an entity and the edges among them, as neighbourhood query rows. */
	record NeighbourhoodRows(List<EntitySummary> nodes, boolean truncated, List<Map<String, Object>> edges) {
	}

	/**
	 * The end of both neighbourhood queries' first part: given rows of neighbour {@code n} and its {@code weight} (in
	 * a subquery of {@code centre}), the centre and the $limit heaviest neighbours as {@code nodes}, whether there were
	 * more, and the nodes' summaries; the caller goes on with the edges among {@code nodes}.
	 */
	private static final String CLOSEST = """
			  ORDER BY weight DESC, n.name, n.id
			  RETURN collect(n) AS around
			}
			WITH [centre] + coalesce(around, [])[..$limit] AS nodes, size(coalesce(around, [])) > $limit AS truncated
			RETURN [n IN nodes | n {.id, .name, .kind}] AS nodes, truncated,""";

	/**
	 * The derived edges among an entity and its closest neighbours: those joined to it by the most claims, at most
	 * $limit of them (and whether there were more). Edges among the neighbours are kept too, so the picture shows
	 * who else stands with whom. Typed edges only (see {@link Relation#typeExpression()}), and CONCERNS: what a
	 * proposition or instrument is about, stated by the entity definitions rather than by claims.
	 */
	private static final String NEIGHBOURHOOD = ("""
			MATCH (centre:Entity {id: $id})
			OPTIONAL CALL (centre) {
			  MATCH (centre)-[r:%1$s|CONCERNS]-(n:Entity)
			  WHERE n <> centre
			  WITH n, sum(coalesce(size(r.claimIds), 0)) AS weight
			""" + CLOSEST + """
			       COLLECT {
			         UNWIND nodes AS h
			         MATCH (h)-[r:%1$s|CONCERNS]->(t:Entity)
			         WHERE t IN nodes
			         RETURN {from: h.id, relation: type(r), to: t.id, claims: coalesce(r.claimIds, []),
			                 sources: coalesce(r.sources, 0), condition: r.condition} AS edge
			       } AS edges
			""").formatted(Relation.typeExpression());

	/**
	 * The same as of a date, from the claims: neighbours by the claims dated by then joining them to the entity (and
	 * what it concerns or is concerned by), and per pair of nodes the claims in force then (see {@link AsOf}), grouped
	 * into edges as the derived edges are.
	 */
	private static final String NEIGHBOURHOOD_AS_OF = """
			MATCH (centre:Entity {id: $id})
			OPTIONAL CALL (centre) {
			  CALL (centre) {
			    MATCH (centre)<-[:BY]-(c:Claim)-[:ABOUT]->(n:Entity) WHERE c.date <= $asOf RETURN n, 1 AS claim
			    UNION ALL
			    MATCH (centre)<-[:ABOUT]-(c:Claim)-[:BY]->(n:Entity) WHERE c.date <= $asOf RETURN n, 1 AS claim
			    UNION ALL
			    MATCH (centre)-[:CONCERNS]-(n:Entity) RETURN n, 0 AS claim
			  }
			  WITH n, sum(claim) AS weight
			  WHERE n <> centre
			""" + CLOSEST + """
			       COLLECT {
			         UNWIND nodes AS h
			         MATCH (h)<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			         WHERE t IN nodes AND c.date <= $asOf
			         WITH [h, t] AS other, c
			""" + AsOf.IN_FORCE + """
			         MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			         WITH other, c, s ORDER BY c.date, c.id
			         WITH other, c.relation AS relation, collect(DISTINCT c.id) AS claims, collect(DISTINCT s.id) AS sources,
			              collect(DISTINCT c.condition) AS conditions
			         RETURN {from: other[0].id, relation: relation, to: other[1].id, claims: claims, sources: size(sources),
			                 condition: CASE size(conditions) WHEN 0 THEN null
			                   ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END} AS edge
			         UNION
			         UNWIND nodes AS h
			         MATCH (h)-[:CONCERNS]->(t:Entity)
			         WHERE t IN nodes
			         RETURN {from: h.id, relation: 'CONCERNS', to: t.id, claims: [], sources: 0, condition: null} AS edge
			       } AS edges
			""";

	NeighbourhoodRows neighbourhood(String id, LocalDate asOf, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", id);
		parameters.put("limit", limit);
		if (asOf != null) {
			parameters.put("asOf", asOf);
		}
		Map<String, Object> row = neo4j.query(asOf == null ? NEIGHBOURHOOD : NEIGHBOURHOOD_AS_OF).bindAll(parameters)
			.fetch().one().orElseThrow(() -> new UnknownEntityException("entity", id));
		return new NeighbourhoodRows(maps(row.get("nodes")).stream().map(AnalysisRepository::summary).toList(),
				(Boolean) row.get("truncated"), maps(row.get("edges")));
	}

	private static EntitySummary summary(Map<?, ?> map) {
		return map == null ? null : new EntitySummary((String) map.get("id"), (String) map.get("name"), (String) map.get("kind"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return list == null ? List.of() : List.copyOf((List<String>) list);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return list == null ? List.of() : new ArrayList<>((List<Map<String, Object>>) list);
	}
}
