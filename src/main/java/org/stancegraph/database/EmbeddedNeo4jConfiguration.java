package org.stancegraph.database;

import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: Neo4j Community inside the app, reachable over Bolt on loopback by the app's driver,
 * by Neo4j Browser (Bolt over WebSocket on the same port) and by any other Bolt client.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stancegraph.neo4j.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(StancegraphNeo4jProperties properties) {
		var embedded = properties.embedded();
		Map<Setting<?>, Object> settings = Map.of(
				BoltConnector.enabled, true,
				BoltConnector.listen_address, new SocketAddress(embedded.listenAddress(), embedded.boltPort()),
				BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
				// Its Jersey 2 (javax.ws.rs) server cannot run on the Jakarta EE 11 libraries Boot 4 manages;
				// the app serves Neo4j Browser itself.
				HttpConnector.enabled, false,
				HttpsConnector.enabled, false,
				// No calls home: there may be no internet, and users may not want it.
				GraphDatabaseSettings.udc_enabled, false,
				ServerSettings.allow_telemetry, false,
				// Neo4j Browser may load guides (:play) from these hosts only; neo4j.com is not among them.
				// (What the Browser itself wires in is kept in by BrowserContentPolicy.)
				ServerSettings.browser_remote_content_hostname_whitelist, "localhost, 127.0.0.1",
				// Without a password: loopback only (checked below) and no auth, as a developer's local server.
				GraphDatabaseSettings.auth_enabled, embedded.authEnabled());
		if (!embedded.authEnabled()) {
			requireLoopback(embedded.listenAddress());
		}
		long started = System.nanoTime();
		var dbms = new DatabaseManagementServiceBuilder(embedded.dataDir().toAbsolutePath().normalize())
				.setConfig(settings)
				.build();
		if (embedded.authEnabled()) {
			setPassword(dbms, embedded.password());
		}
		log.info("Embedded Neo4j started in {} ms, store {}, auth {}", (System.nanoTime() - started) / 1_000_000,
				embedded.dataDir().toAbsolutePath().normalize(), embedded.authEnabled() ? "on" : "off (loopback only)");
		return dbms;
	}

	/** The configured password for the user neo4j, set through the embedded API (which needs no login). */
	private static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// set at an earlier start: Neo4j refuses to "change" a password to itself
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				dbms.shutdown();
				throw ex;
			}
		}
	}

	@Bean
	EmbeddedBolt embeddedBolt(DatabaseManagementService dbms, StancegraphNeo4jProperties properties) {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
		String host = properties.embedded().listenAddress();
		// a wildcard listen address is reached locally on loopback
		var bolt = new EmbeddedBolt(host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, address.getPort());
		log.info("Embedded Neo4j answers Bolt at {}", bolt.uri());
		return bolt;
	}

	/** Replaces Spring Boot's driver: SDN and the app talk to the embedded server over Bolt like any client. */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedBolt bolt, StancegraphNeo4jProperties properties) {
		var embedded = properties.embedded();
		return GraphDatabase.driver(bolt.uri(),
				embedded.authEnabled() ? AuthTokens.basic("neo4j", embedded.password()) : AuthTokens.none(),
				Config.builder().withoutEncryption().build());
	}

	private static void requireLoopback(String listenAddress) {
		try {
			if (!java.net.InetAddress.getByName(listenAddress).isLoopbackAddress()) {
				throw new IllegalStateException("stancegraph.neo4j.embedded.listen-address=" + listenAddress
						+ " is not a loopback address; without a password the embedded Neo4j runs without auth and listens on"
						+ " loopback only. Set stancegraph.neo4j.embedded.password to switch auth on, or use"
						+ " stancegraph.neo4j.mode=external with a secured Neo4j server.");
			}
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException("stancegraph.neo4j.embedded.listen-address=" + listenAddress
					+ " cannot be resolved", ex);
		}
	}
}
