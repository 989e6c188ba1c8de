package org.stancegraph.database;

import org.neo4j.configuration.helpers.PortBindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails because the embedded Bolt port is taken, explained in one line with the property to change,
 * instead of a bean creation stack trace whose cause is hundreds of lines down.
 */
class BoltPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortBindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortBindException cause) {
		Throwable root = cause;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String why = root == cause ? "" : " (" + root.getMessage() + ")";
		return new FailureAnalysis("The embedded Neo4j could not listen for Bolt: " + cause.getMessage() + why,
				"Stop the other process on that port (perhaps another Stancegraph or a Neo4j server), or give the embedded"
						+ " server another port: --stancegraph.neo4j.embedded.bolt-port=7688 (0 picks a free one). The web"
						+ " port is --server.port.",
				cause);
	}
}
