package org.stancegraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What a graph holds, to compare two databases: counts per label and type, and their numbers of properties. The
 * loader's bookkeeping nodes ({@code :LoadLock}: the load lock and the commit signal, which only loads in a running
 * app write) are not the graph's content and are left out.
 */
public final class GraphFingerprint {

	private GraphFingerprint() {
	}

	/** {@code label:Claim -> 174, properties:Claim -> ..., type:EVIDENCED_BY -> ..., properties:EVIDENCED_BY -> ...}. */
	public static Map<String, Long> counts(Neo4jClient neo4j) {
		Map<String, Long> counts = new TreeMap<>();
		neo4j.query("""
				CALL () {
				  MATCH (n) WHERE NOT n:LoadLock UNWIND labels(n) AS label RETURN 'label:' + label AS key, count(*) AS n
				  UNION ALL MATCH (n) WHERE NOT n:LoadLock UNWIND labels(n) AS label RETURN 'properties:' + label AS key, sum(size(keys(n))) AS n
				  UNION ALL MATCH ()-[r]->() RETURN 'type:' + type(r) AS key, count(*) AS n
				  UNION ALL MATCH ()-[r]->() RETURN 'properties:' + type(r) AS key, sum(size(keys(r))) AS n
				  UNION ALL MATCH (n) WHERE NOT n:LoadLock RETURN 'nodes' AS key, count(n) AS n
				  UNION ALL MATCH ()-[r]->() RETURN 'relationships' AS key, count(r) AS n
				  UNION ALL MATCH (n) WHERE NOT n:LoadLock RETURN 'properties' AS key, sum(size(keys(n))) AS n
				  UNION ALL MATCH ()-[r]->() RETURN 'relationship properties' AS key, sum(size(keys(r))) AS n
				}
				RETURN key, n
				""").fetch().all().forEach(row -> counts.put((String) row.get("key"), (Long) row.get("n")));
		return counts;
	}

	/**
	 * Every node as its id, labels and properties but the content hash (which covers list order the graph does
	 * not keep), and every relationship as start id, type, end id and properties, sorted: equal lists mean equal
	 * graphs.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> content(Neo4jClient neo4j) {
		List<String> content = new ArrayList<>();
		neo4j.query("MATCH (n) WHERE NOT n:LoadLock RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties").fetch().all().forEach(row -> {
			List<String> labels = new ArrayList<>((List<String>) row.get("labels"));
			labels.sort(null);
			Map<String, Object> properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
			properties.remove("hash");
			content.add("node " + row.get("id") + " " + labels + " " + properties);
		});
		neo4j.query("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties").fetch().all()
			.forEach(row -> content.add("relationship " + row.get("a") + " " + row.get("type") + " " + row.get("b") + " "
					+ new TreeMap<>((Map<String, Object>) row.get("properties"))));
		content.sort(null);
		return content;
	}
}
