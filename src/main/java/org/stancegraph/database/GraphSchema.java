package org.stancegraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies cypher/00_schema.cypher (packaged into the jar) at start, in both modes. The file is the one source of
 * truth for constraints and indexes; its statements are idempotent, so applying it again changes nothing.
 */
@Component
public class GraphSchema implements SmartInitializingSingleton {

	static final String LOCATION = "cypher/00_schema.cypher";

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private final Neo4jClient neo4j;

	public GraphSchema(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	public void apply() {
		List<String> statements = statements();
		for (String statement : statements) {
			neo4j.query(statement).run();
		}
		// the full-text index must be online before the first search
		neo4j.query("CALL db.awaitIndexes(300)").run();
		log.info("Schema applied: {} statements from {}", statements.size(), LOCATION);
	}

	/** The statements of the schema file: comments dropped, split at the semicolons that end them. */
	public static List<String> statements() {
		try (InputStream in = GraphSchema.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is missing from the classpath");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String code = text.lines().filter(line -> !line.strip().startsWith("//")).collect(Collectors.joining("\n"));
			return Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
