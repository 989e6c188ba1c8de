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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.stancegraph.graph.Relation;

/**
 * Applies cypher/00_schema.cypher (packaged into the jar) at start, in both modes, then the {@link StoreUpgrade}s. The
 * file is the one source of truth for constraints and indexes; its statements are idempotent, so applying it again
 * changes nothing.
 */
@Component
public class GraphSchema implements SmartInitializingSingleton {

	static final String LOCATION = "cypher/00_schema.cypher";

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private final Neo4jClient neo4j;
	private final ObjectProvider<StoreUpgrade> upgrades;

	public GraphSchema(Neo4jClient neo4j, ObjectProvider<StoreUpgrade> upgrades) {
		this.neo4j = neo4j;
		this.upgrades = upgrades;
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
		neo4j.query(NAME_EDGE_ENDS).run();
		// the full-text index must be online before the first search
		neo4j.query("CALL db.awaitIndexes(300)").run();
		log.info("Schema applied: {} statements from {}", statements.size(), LOCATION);
		upgrades.orderedStream().forEach(StoreUpgrade::upgrade);
	}

	/**
	 * Summary edges written before they named their ends get them: {@code holder} and {@code target}, the ids the
	 * schema file's {@code <relation>_ends} indexes hold, by which the totals of timeline and evidence pages find an
	 * actor's edges to a target. Finds none once a store has them (about 1 s at 10^6 claims; naming all 645,902 edges
	 * of a store of 10^6 claims took 22 s). In batches: a store's edges need not fit one transaction.
	 */
	static final String NAME_EDGE_ENDS = """
			MATCH (h:Entity)-[r:%s]->(x:Entity) WHERE r.holder IS NULL
			CALL (h, r, x) { SET r.holder = h.id, r.target = x.id } IN TRANSACTIONS OF 10000 ROWS
			""".formatted(Arrays.stream(Relation.values()).map(Relation::name).collect(Collectors.joining("|")));

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
