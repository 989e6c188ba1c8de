package org.stancegraph.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Neo4j Browser", description = "What Neo4j Browser asks the app that serves it")
class BrowserDiscoveryController {

	private final Optional<EmbeddedBolt> embedded;
	private final BrowserBolt bolt;

	BrowserDiscoveryController(Optional<EmbeddedBolt> embedded, BrowserBolt bolt) {
		this.embedded = embedded;
		this.bolt = bolt;
	}

	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Where Neo4j Browser finds Bolt (its discovery document); a web browser asking for HTML gets the explorer",
			description = "bolt_direct: the Bolt URI to use; with the embedded server also neo4j_version and neo4j_edition.")
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
