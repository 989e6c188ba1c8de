package org.stancegraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: Neo4j Community inside the app, reachable over Bolt by the app's driver and by any Bolt
 * client that has the password of the user {@code neo4j}. Auth is always on: a configured password or one generated
 * at the first start ({@link EmbeddedNeo4jPassword}). Neo4j Browser reaches it through the app's read-only Bolt
 * endpoint instead ({@code org.stancegraph.browser.BrowserBoltEndpoint}), which holds that password for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stancegraph.neo4j.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	static final String USER = "neo4j";

	@Bean
	EmbeddedBolt embeddedBolt(StancegraphNeo4jProperties properties) {
		var embedded = properties.embedded();
		int port = embedded.boltPort() != 0 ? embedded.boltPort() : freePort(embedded.listenAddress());
		return new EmbeddedBolt(embedded.advertisedHost(), port, USER,
				EmbeddedNeo4jPassword.resolve(embedded.password(), embedded.dataDir()));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(StancegraphNeo4jProperties properties, EmbeddedBolt bolt,
			ObjectProvider<StoreImport> storeImport) {
		var embedded = properties.embedded();
		Path home = embedded.dataDir().toAbsolutePath().normalize();
		storeImport.ifAvailable(firstLoad -> {
			if (!Files.exists(Neo4jLayout.of(home).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).databaseDirectory())) {
				firstLoad.importInto(home);
			}
		});
		Map<Setting<?>, Object> settings = Map.ofEntries(
				Map.entry(BoltConnector.enabled, true),
				Map.entry(BoltConnector.listen_address, new SocketAddress(embedded.listenAddress(), bolt.port())),
				// what the settings, the routing table and the server's hints tell clients: the address it is bound to
				// (Neo4j's default, localhost:7687, is wrong whenever the port is not 7687)
				Map.entry(BoltConnector.advertised_address, new SocketAddress(bolt.host(), bolt.port())),
				Map.entry(GraphDatabaseSettings.default_advertised_address, new SocketAddress(bolt.host())),
				Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
				// Its Jersey 2 (javax.ws.rs) server cannot run on the Jakarta EE 11 libraries Boot 4 manages;
				// the app serves Neo4j Browser itself.
				Map.entry(HttpConnector.enabled, false),
				Map.entry(HttpsConnector.enabled, false),
				// No calls home: there may be no internet, and users may not want it.
				Map.entry(GraphDatabaseSettings.udc_enabled, false),
				Map.entry(ServerSettings.allow_telemetry, false),
				// Neo4j Browser may load guides (:play) from these hosts only; neo4j.com is not among them.
				// (What the Browser itself wires in is kept in by BrowserContentPolicy.)
				Map.entry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost, 127.0.0.1"),
				// A read-only session must not read the machine: LOAD CSV gets neither local files nor any address.
				// The app never uses LOAD CSV.
				Map.entry(GraphDatabaseSettings.allow_file_urls, false),
				Map.entry(GraphDatabaseInternalSettings.cypher_ip_blocklist,
						List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"))),
				Map.entry(GraphDatabaseSettings.auth_enabled, true),
				// Netty's quiet period (5 s, waited out twice) keeps the event loops alive for tasks arriving late; at
				// shutdown the databases have stopped already, so it only delayed every exit by 10 s (a third of `stats`)
				Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO),
				// Neo4j keys a cached plan on each string and list parameter's length too (0, 1, up to 10, 100, ...): an
				// actor id of 6 characters and one of 28 were two plans of every statement, each compiled by every request
				// that met it first at the same time (after the warm-up, 16 requests for timelines waited up to 8.6 s on
				// two cores; 1.9 s without the lengths). The app's statements seek ids by equality, where the length tells
				// the planner nothing.
				Map.entry(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false));
		long started = System.nanoTime();
		var dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(settings)
				.build();
		setPassword(dbms, bolt.password());
		log.info("Embedded Neo4j started in {} ms, store {}, Bolt at {} (user {}, password {})",
				(System.nanoTime() - started) / 1_000_000, embedded.dataDir().toAbsolutePath().normalize(), bolt.uri(),
				bolt.username(), embedded.password() != null && !embedded.password().isBlank()
						? "as configured in stancegraph.neo4j.embedded.password"
						: "in " + EmbeddedNeo4jPassword.file(embedded.dataDir()));
		return dbms;
	}

	/** The password for the user neo4j, set through the embedded API (which needs no login). */
	private static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// set at an earlier start: Neo4j refuses to "change" a password to itself
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				dbms.shutdown();
				throw ex;
			}
		}
	}

	/**
	 * Replaces Spring Boot's driver: SDN and the app talk to the embedded server over Bolt like any client. The
	 * customizers that would have shaped Spring Boot's driver shape this one ({@link DriverDiagnostics}).
	 */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedBolt bolt, DatabaseManagementService startedFirst,
			ObjectProvider<ConfigBuilderCustomizer> customizers) {
		Config.ConfigBuilder config = Config.builder().withoutEncryption();
		customizers.orderedStream().forEach(customizer -> customizer.customize(config));
		return GraphDatabase.driver(bolt.uri(), bolt.authToken(), config.build());
	}

	/**
	 * A free port on the listen address, for {@code bolt-port=0}: chosen before the server starts so that the server
	 * can advertise the port it binds. Another process could take it in between; the server would then fail to start
	 * with "Address already in use", as with a fixed port.
	 */
	private static int freePort(String listenAddress) {
		try (var socket = new ServerSocket(0, 1, InetAddress.getByName(listenAddress))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + listenAddress + " for the embedded Bolt connector", ex);
		}
	}
}
