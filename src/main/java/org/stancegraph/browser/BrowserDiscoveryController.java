package org.stancegraph.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.neo4j.kernel.internal.Version;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Neo4j Browser asks the host that served it ({@code GET /}, JSON) where Bolt is, as it asks a Neo4j server. With
 * the embedded server the answer is the app itself ({@link BrowserBoltEndpoint}); in external mode,
 * {@code spring.neo4j.uri} or {@code stancegraph.browser.bolt-uri}.
 */
@RestController
class BrowserDiscoveryController {

	private final Optional<EmbeddedBolt> embedded;
	private final BrowserBolt bolt;

	BrowserDiscoveryController(Optional<EmbeddedBolt> embedded, BrowserBolt bolt) {
		this.embedded = embedded;
		this.bolt = bolt;
	}

	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> discovery(HttpServletRequest request) {
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("bolt_direct", bolt.uri(request));
		embedded.ifPresent(server -> {
			discovery.put("neo4j_version", Version.getNeo4jVersion());
			discovery.put("neo4j_edition", "community");
		});
		return discovery;
	}
}
