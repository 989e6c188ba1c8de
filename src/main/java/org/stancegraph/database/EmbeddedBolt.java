package org.stancegraph.database;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The Bolt address the embedded server listens on and advertises (the port may have been picked at start), and the
 * login of its user {@code neo4j}, which only the app's own driver and its Browser endpoint use.
 */
public record EmbeddedBolt(String host, int port, String username, String password) {

	public String uri() {
		return "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}

	public AuthToken authToken() {
		return AuthTokens.basic(username, password);
	}

	@Override
	public String toString() {
		return "EmbeddedBolt[" + uri() + ", user " + username + "]";
	}
}
