package org.stancegraph;

import java.nio.file.Path;
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
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.database.GraphSchema;

/**
 * A second, empty embedded Neo4j for a test, beside the app's: Bolt on a free loopback port, no auth, the
 * settings of EmbeddedNeo4jConfiguration, a small page cache. It starts with the Stancegraph schema applied.
 */
public final class SecondNeo4j implements AutoCloseable {

	private final DatabaseManagementService dbms;
	private final Driver driver;
	private final Neo4jClient client;
	private final String uri;

	public SecondNeo4j(Path store) {
		Map<Setting<?>, Object> settings = Map.of(
				BoltConnector.enabled, true,
				BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0),
				BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
				HttpConnector.enabled, false,
				HttpsConnector.enabled, false,
				GraphDatabaseSettings.udc_enabled, false,
				ServerSettings.allow_telemetry, false,
				GraphDatabaseSettings.auth_enabled, false,
				GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024);
		dbms = new DatabaseManagementServiceBuilder(store).setConfig(settings).build();
		try {
			var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			int port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT).getPort();
			uri = "bolt://127.0.0.1:" + port;
			driver = GraphDatabase.driver(uri, AuthTokens.none(),
					Config.builder().withoutEncryption().build());
			client = Neo4jClient.create(driver);
			new GraphSchema(client).apply();
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
	}

	/** Where the database's files are, for Neo4j's consistency checker (run it once this Neo4j is closed). */
	public DatabaseLayout databaseLayout() {
		return ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).databaseLayout();
	}

	/** Its Bolt address, for another process. */
	public String uri() {
		return uri;
	}

	public Driver driver() {
		return driver;
	}

	public Neo4jClient client() {
		return client;
	}

	@Override
	public void close() {
		try {
			driver.close();
		}
		finally {
			dbms.shutdown();
		}
	}
}
