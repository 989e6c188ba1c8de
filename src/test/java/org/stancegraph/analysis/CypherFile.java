package org.stancegraph.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Runs the query of one file of cypher/queries with given parameters instead of its :param lines. */
final class CypherFile {

	private CypherFile() {
	}

	static List<Map<String, Object>> run(Neo4jClient neo4j, String file, Map<String, Object> parameters) throws IOException {
		String query = Files.readAllLines(Path.of("cypher", "queries", file), StandardCharsets.UTF_8).stream()
			.filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith(":param"))
			.collect(Collectors.joining("\n"));
		return List.copyOf(neo4j.query(query).bindAll(parameters).fetch().all());
	}
}
