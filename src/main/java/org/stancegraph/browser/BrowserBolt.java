package org.stancegraph.browser;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stancegraph.database.EmbeddedBolt;

/**
 * The Bolt address a user's browser should connect to: {@code stancegraph.browser.bolt-uri} where the app reaches
 * Neo4j under a name the browser cannot resolve (bolt://neo4j:7687 inside Docker Compose), else the embedded
 * server's address, else {@code spring.neo4j.uri}.
 */
@Component
class BrowserBolt {

	private final String uri;

	BrowserBolt(Optional<EmbeddedBolt> embedded, @Value("${stancegraph.browser.bolt-uri:}") String override,
			@Value("${spring.neo4j.uri:bolt://localhost:7687}") String externalUri) {
		this.uri = !override.isBlank() ? override : embedded.map(EmbeddedBolt::uri).orElse(externalUri);
	}

	String uri() {
		return uri;
	}
}
