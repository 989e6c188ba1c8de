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
	 * @param dataDir           the store; the graph survives restarts. Also holds {@code neo4j-password} when no
	 *                          password is configured
	 * @param boltPort          0 picks a free port, which the app logs, advertises and the Browser endpoint uses
	 * @param listenAddress     loopback by default
	 * @param advertisedAddress the host Bolt clients are told to use (routing table, settings); by default the listen
	 *                          address, or 127.0.0.1 when that is a wildcard
	 * @param password          the password of the user {@code neo4j}; without one the app generates one at the first
	 *                          start and keeps it in the data directory, readable by its owner only. Auth is always on
	 */
	public record Embedded(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
			@DefaultValue("127.0.0.1") String listenAddress, String advertisedAddress, String password) {

		/** The host to advertise: the configured one, else the listen address (loopback for a wildcard). */
		public String advertisedHost() {
			if (advertisedAddress != null && !advertisedAddress.isBlank()) {
				return advertisedAddress;
			}
			return listenAddress.equals("0.0.0.0") || listenAddress.equals("::") ? "127.0.0.1" : listenAddress;
		}
	}
}
