package org.stancegraph.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start that fails because the web port is taken: Spring Boot's own analysis says so but not which property
 * moves it; this one, ahead of it, names both ports' properties, as a user who runs two apps needs both.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		return new FailureAnalysis("The web server could not listen on port " + cause.getPort() + ": it is in use.",
				"Stop the other process on that port (perhaps another Stancegraph), or give this one another port:"
						+ " --server.port=8081 (0 picks a free one). The embedded Neo4j's Bolt port is"
						+ " --stancegraph.neo4j.embedded.bolt-port.",
				cause);
	}
}
