package org.stancegraph.database;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * A READ session on the database Spring Data Neo4j is configured for ({@code spring.data.neo4j.database}), for code
 * that talks to the driver itself rather than through a Spring transaction: in a cluster it goes to a reader.
 */
public final class ReadSessions {

	private ReadSessions() {
	}

	public static SessionConfig config(ObjectProvider<DatabaseSelectionProvider> databaseSelection) {
		return config(database(databaseSelection), AccessMode.READ);
	}

	/** A session on a database by name (null: the server's default), reading or writing. */
	public static SessionConfig config(String database, AccessMode mode) {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
		if (database != null) {
			config.withDatabase(database);
		}
		return config.build();
	}

	/** The configured database's name, or null for the server's default. */
	public static String database(ObjectProvider<DatabaseSelectionProvider> databaseSelection) {
		DatabaseSelectionProvider provider = databaseSelection.getIfAvailable();
		return provider == null ? null : provider.getDatabaseSelection().getValue();
	}
}
