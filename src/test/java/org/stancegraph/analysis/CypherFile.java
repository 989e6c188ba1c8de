package org.stancegraph.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.web.MinimumCertainty;

/** Runs the query of one file of cypher/queries with given parameters instead of its :param lines. */
final class CypherFile {

	private CypherFile() {
	}

	/** Without a certainty, everything counts: the file's own :param value and the API's default. */
	static List<Map<String, Object>> run(Neo4jClient neo4j, String file, Map<String, Object> parameters) throws IOException {
		String query = Files.readAllLines(Path.of("cypher", "queries", file), StandardCharsets.UTF_8).stream()
			.filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith(":param"))
			.collect(Collectors.joining("\n"));
		Map<String, Object> all = new HashMap<>(parameters);
		if (query.contains("$certainty")) {
			all.putIfAbsent("certainty", MinimumCertainty.DEFAULT);
		}
		return List.copyOf(neo4j.query(query).bindAll(all).fetch().all());
	}

	/**
	 * The rows of a matrix file (one per actor, target and relation) laid out as the grid the API answers: actor by
	 * actor, target by target in the order asked, and for a pair without a relation one row whose relation and claims
	 * are null. Actor and target by name (by id where no row names them).
	 */
	static List<Map<String, Object>> grid(List<Map<String, Object>> rows, List<String> actors, List<String> targets) {
		Map<String, Object> names = new HashMap<>();
		Map<String, List<Map<String, Object>>> byPair = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Map<?, ?> actor = (Map<?, ?>) row.get("actor");
			Map<?, ?> target = (Map<?, ?>) row.get("target");
			names.put((String) actor.get("id"), actor.get("name"));
			names.put((String) target.get("id"), target.get("name"));
			byPair.computeIfAbsent(actor.get("id") + " " + target.get("id"), pair -> new ArrayList<>()).add(row);
		}
		List<Map<String, Object>> grid = new ArrayList<>();
		for (String actor : actors) {
			for (String target : targets) {
				List<Map<String, Object>> relations = byPair.getOrDefault(actor + " " + target, List.of());
				for (Map<String, Object> relation : relations.isEmpty() ? List.<Map<String, Object>>of(new HashMap<>()) : relations) {
					Map<String, Object> cell = new HashMap<>();
					cell.put("actor", names.getOrDefault(actor, actor));
					cell.put("target", names.getOrDefault(target, target));
					cell.put("relation", relation.get("relation"));
					cell.put("claims", relation.get("claims"));
					grid.add(cell);
				}
			}
		}
		return grid;
	}
}
