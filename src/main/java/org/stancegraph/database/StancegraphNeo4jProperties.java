package org.stancegraph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. Tools outside the project depend on these property names.
 *
 * @param mode     {@code embedded} (default): a Neo4j Community inside the app; {@code external}: any Neo4j by
 *                 {@code spring.neo4j.uri}
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("stancegraph.neo4j")
public record StancegraphNeo4jProperties(@DefaultValue("embedded") Mode mode, @DefaultValue Embedded embedded) {

	public enum Mode {
		EMBEDDED, EXTERNAL
	}

	/**
	 * @param dataDir       the store; the graph survives restarts
	 * @param boltPort      0 picks a free port, which the app logs and the Browser page uses
	 * @param listenAddress loopback by default: without a password the embedded server runs without auth and
	 *                      refuses any other address
	 * @param password      the password of the user {@code neo4j}: switches auth on, and only then may the server
	 *                      listen beyond loopback
	 */
	public record Embedded(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
			@DefaultValue("127.0.0.1") String listenAddress, String password) {

		public boolean authEnabled() {
			return password != null && !password.isBlank();
		}
	}
}
