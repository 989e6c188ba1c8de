package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.stancegraph.StancegraphApplication;

/** The embedded server has no auth, so it must never listen beyond loopback. */
class EmbeddedNeo4jLoopbackTest {

	@Test
	void refusesToStartOnANonLoopbackAddress() {
		var app = new SpringApplication(StancegraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--stancegraph.neo4j.embedded.listen-address=192.0.2.10",
				"--stancegraph.neo4j.embedded.data-dir=target/test-neo4j/never-created", "--stancegraph.seed.enabled=false"))
			.hasRootCauseMessage("stancegraph.neo4j.embedded.listen-address=192.0.2.10 is not a loopback address; the embedded"
					+ " Neo4j runs without auth and listens on loopback only. Use stancegraph.neo4j.mode=external with a"
					+ " secured Neo4j server to serve a network.");
	}
}
