package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.stancegraph.StancegraphApplication;

/** Without a password the embedded server has no auth, so it must never listen beyond loopback; with one it may. */
class EmbeddedNeo4jLoopbackTest {

	@Test
	void refusesToStartOnANonLoopbackAddress() {
		var app = new SpringApplication(StancegraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--stancegraph.neo4j.embedded.listen-address=192.0.2.10",
				"--stancegraph.neo4j.embedded.data-dir=target/test-neo4j/never-created", "--stancegraph.seed.enabled=false"))
			.hasRootCauseMessage("stancegraph.neo4j.embedded.listen-address=192.0.2.10 is not a loopback address; without a"
					+ " password the embedded Neo4j runs without auth and listens on loopback only. Set"
					+ " stancegraph.neo4j.embedded.password to switch auth on, or use stancegraph.neo4j.mode=external with"
					+ " a secured Neo4j server.");
	}

	@Test
	void withAPasswordItListensBeyondLoopbackAndAsksForIt(@TempDir Path store) {
		var app = new SpringApplication(StancegraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		String password = "pw-" + UUID.randomUUID();
		String[] args = { "--stancegraph.neo4j.embedded.listen-address=0.0.0.0", "--stancegraph.neo4j.embedded.bolt-port=0",
				"--stancegraph.neo4j.embedded.data-dir=" + store, "--stancegraph.neo4j.embedded.password=" + password,
				"--stancegraph.seed.enabled=false" };
		for (int start = 1; start <= 2; start++) { // the second start finds the password already set
			try (var context = app.run(args)) {
				String uri = context.getBean(EmbeddedBolt.class).uri();
				try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
					driver.verifyConnectivity();
				}
				try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
					assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
				}
			}
		}
	}
}
