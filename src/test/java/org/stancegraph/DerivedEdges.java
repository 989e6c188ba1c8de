package org.stancegraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.graph.AsOf;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * The derived edges and standings recomputed from scratch, by Cypher over the claim nodes, and compared with those the
 * loader maintains incrementally: what a claim set implies, independent of how the loader got there.
 */
public final class DerivedEdges {

	private DerivedEdges() {
	}

	/** Per holder-relation-target: the claims in date-then-id order and what they sum up to. */
	private static final String IMPLIED = """
			MATCH (c:Claim)
			OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			WITH c, collect(s.id) AS sourceIds, collect(s.publisher) AS publishers
			ORDER BY c.date, c.id
			WITH c.holder AS holder, c.relation AS relation, c.target AS target, collect(c.id) AS claimIds,
			     min(c.date) AS firstDate, max(c.date) AS lastDate, collect(c.condition) AS conditions,
			     collect(sourceIds) AS sourceIds, collect(publishers) AS publishers
			RETURN holder, relation, target, claimIds, firstDate, lastDate, conditions,
			       reduce(all = [], ids IN sourceIds | all + ids) AS sourceIds,
			       reduce(all = [], names IN publishers | all + names) AS publishers
			""";

	private static final String EDGES = """
			MATCH (h:Entity)-[r]->(t:Entity) WHERE type(r) IN $relations
			RETURN h.id AS holder, type(r) AS relation, t.id AS target, r.claimIds AS claimIds, r.firstDate AS firstDate,
			       r.lastDate AS lastDate, r.conditions AS conditions, r.sourceIds AS sourceIds, r.sources AS sources,
			       r.publisherNames AS publishers, r.publishers AS publisherCount
			""";

	/**
	 * Per holder, target and minimum certainty: the side of the position claims in force with every claim counted, by
	 * the rule of every "as of" question ({@link AsOf#IN_FORCE}).
	 */
	private static final String IMPLIED_STANDINGS = """
			MATCH (c:Claim {axis: 'position'})
			UNWIND c.meetsCertainty AS level
			WITH [c.holder, c.target, level] AS other, c
			%s
			WITH other, collect(DISTINCT c.side) AS sides
			RETURN other[0] AS holder, other[1] AS target, other[2] AS level,
			       CASE size(sides) WHEN 1 THEN sides[0] ELSE 'MIXED' END AS side
			""".formatted(AsOf.IN_FORCE);

	private static final String STANDINGS = """
			MATCH (h:Entity)-[s:STANDS_ON]->(t:Entity)
			UNWIND $levels AS level
			WITH h, t, level, s[level + 'OrStrongerSide'] AS side
			WHERE side IS NOT NULL
			RETURN h.id AS holder, t.id AS target, level, side
			""";

	/** Every difference between the edges in the graph and the edges its claims imply; empty when they agree. */
	public static List<String> differences(Neo4jClient neo4j) {
		Map<String, Map<String, Object>> implied = new HashMap<>();
		neo4j.query(IMPLIED).fetch().all().forEach(row -> implied.put(key(row), summary(row)));
		Map<String, Map<String, Object>> edges = new HashMap<>();
		List<String> differences = new ArrayList<>();
		neo4j.query(EDGES).bind(Relation.names()).to("relations").fetch().all().forEach(row -> {
			Map<String, Object> summary = summary(row);
			if (!Objects.equals(row.get("sources"), (long) ((Set<?>) summary.get("sourceIds")).size())
					|| !Objects.equals(row.get("publisherCount"), (long) ((Set<?>) summary.get("publishers")).size())) {
				differences.add(key(row) + ": the counts do not match the lists: " + row);
			}
			if (edges.put(key(row), summary) != null) {
				differences.add(key(row) + ": two edges");
			}
		});
		implied.forEach((key, summary) -> {
			Map<String, Object> edge = edges.get(key);
			if (edge == null) {
				differences.add(key + ": no edge, though claims state it: " + summary);
			}
			else if (!edge.equals(summary)) {
				differences.add(key + ": the edge says " + edge + ", the claims " + summary);
			}
		});
		edges.keySet().stream().filter(key -> !implied.containsKey(key)).forEach(key -> differences.add(key + ": an edge no claim states"));
		differences.addAll(standingDifferences(neo4j));
		return differences;
	}

	/** Every difference between the standings in the graph and the sides their position claims imply. */
	private static List<String> standingDifferences(Neo4jClient neo4j) {
		Map<String, Object> implied = new TreeMap<>();
		neo4j.query(IMPLIED_STANDINGS).fetch().all().forEach(row -> implied.put(standingKey(row), row.get("side")));
		Map<String, Object> kept = new TreeMap<>();
		neo4j.query(STANDINGS).bind(Certainty.words()).to("levels").fetch().all().forEach(row -> kept.put(standingKey(row), row.get("side")));
		List<String> differences = new ArrayList<>();
		if (!kept.equals(implied)) {
			differences.add("the standings say " + kept + ", the claims " + implied);
		}
		return differences;
	}

	private static String standingKey(Map<String, Object> row) {
		return "(" + row.get("holder") + ")-[:STANDS_ON]->(" + row.get("target") + ") at " + row.get("level");
	}

	private static String key(Map<String, Object> row) {
		return "(" + row.get("holder") + ")-[:" + row.get("relation") + "]->(" + row.get("target") + ")";
	}

	/** Claim ids in order; dates; sources, publishers and conditions as sets (the graph keeps no order of evidence). */
	private static Map<String, Object> summary(Map<String, Object> row) {
		Map<String, Object> summary = new HashMap<>();
		summary.put("claimIds", row.get("claimIds"));
		summary.put("firstDate", row.get("firstDate"));
		summary.put("lastDate", row.get("lastDate"));
		summary.put("conditions", set(row.get("conditions")));
		summary.put("sourceIds", set(row.get("sourceIds")));
		summary.put("publishers", set(row.get("publishers")));
		return summary;
	}

	private static Set<Object> set(Object list) {
		Set<Object> set = new TreeSet<>();
		if (list != null) {
			((List<?>) list).stream().filter(Objects::nonNull).forEach(set::add);
		}
		return set;
	}
}
