package org.stancegraph.browser;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stancegraph.database.StancegraphNeo4jProperties;

/**
 * The Bolt address a user's browser should connect to. With the embedded server it is the app itself (the page's own
 * host and port, where {@link BrowserBoltEndpoint} relays Bolt read-only), so the page never talks to Neo4j directly.
 * Against an external Neo4j it is {@code stancegraph.browser.bolt-uri} where the app reaches Neo4j under a name the
 * browser cannot resolve (bolt://neo4j:7687 inside Docker Compose), else {@code spring.neo4j.uri}; the user then logs
 * in to that server with their own credentials.
 */
@Component
class BrowserBolt {

	private final Optional<String> direct;

	BrowserBolt(StancegraphNeo4jProperties neo4j, @Value("${stancegraph.browser.bolt-uri:}") String override,
			@Value("${spring.neo4j.uri:bolt://localhost:7687}") String externalUri) {
		this.direct = !override.isBlank() ? Optional.of(override)
				: neo4j.mode() == StancegraphNeo4jProperties.Mode.EMBEDDED ? Optional.empty() : Optional.of(externalUri);
	}

	/** The Neo4j server the Browser connects to itself, if it does not go through the app. */
	Optional<String> direct() {
		return direct;
	}

	/** Whether the Browser goes through the app's read-only Bolt endpoint. */
	boolean relayed() {
		return direct.isEmpty();
	}

	/** The address to give a Browser that loaded its page through this request. */
	String uri(HttpServletRequest request) {
		return direct.orElseGet(() -> "bolt://" + hostAndPort(request.getServerName(), request.getServerPort()));
	}

	private static String hostAndPort(String host, int port) {
		return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
	}
}
