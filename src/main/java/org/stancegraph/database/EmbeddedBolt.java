package org.stancegraph.database;

/**
 * The Bolt address the embedded server actually listens on (the port may have been picked at start).
 */
public record EmbeddedBolt(String host, int port) {

	public String uri() {
		return "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}
}
