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
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.database.GraphSchema;
import org.stancegraph.database.StoreUpgrade;

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
		dbms = new DatabaseManagementServiceBuilder(store).setConfig(settings(false)).build();
		try {
			uri = "bolt://127.0.0.1:" + boltPort(dbms);
			driver = GraphDatabase.driver(uri, AuthTokens.none(),
					Config.builder().withoutEncryption().build());
			client = Neo4jClient.create(driver);
			// no store upgrades: its stores are written by this version
			new GraphSchema(client, new StaticListableBeanFactory().getBeanProvider(StoreUpgrade.class)).apply();
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
	}

	/** The settings of EmbeddedNeo4jConfiguration, Bolt on a free loopback port, a small page cache; auth as asked. */
	public static Map<Setting<?>, Object> settings(boolean auth) {
		return Map.of(
				BoltConnector.enabled, true,
				BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0),
				BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
				HttpConnector.enabled, false,
				HttpsConnector.enabled, false,
				GraphDatabaseSettings.udc_enabled, false,
				ServerSettings.allow_telemetry, false,
				GraphDatabaseSettings.auth_enabled, auth,
				GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024);
	}

	/** The Bolt port the server picked. */
	public static int boltPort(DatabaseManagementService dbms) {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
	}

	/** The loader on this Neo4j, with a transaction manager of its own (and no commit signal: no app reads here). */
	public ClaimLoader loader() {
		return new ClaimLoader(client, new Neo4jTransactionManager(driver));
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
