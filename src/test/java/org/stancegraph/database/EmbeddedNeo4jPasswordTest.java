package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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

/**
 * Auth is always on: a password generated at the first start and kept across starts, or a configured one (with which
 * the server may also listen beyond loopback).
 */
class EmbeddedNeo4jPasswordTest {

	@Test
	void aGeneratedPasswordIsKeptAcrossStartsAndAConfiguredOneReplacesIt(@TempDir Path store) throws Exception {
		String[] args = { "--stancegraph.neo4j.embedded.bolt-port=0", "--stancegraph.neo4j.embedded.data-dir=" + store,
				"--stancegraph.seed.enabled=false" };
		String generated = null;
		for (int start = 1; start <= 2; start++) {
			try (var context = app().run(args)) {
				var bolt = context.getBean(EmbeddedBolt.class);
				assertThat(Files.readString(store.resolve(EmbeddedNeo4jPassword.FILE_NAME)).strip()).isEqualTo(bolt.password());
				if (generated == null) {
					generated = bolt.password();
				}
				assertThat(bolt.password()).as("start " + start).isEqualTo(generated);
				try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.basic("neo4j", generated))) {
					driver.verifyConnectivity();
				}
			}
		}
		String configured = "pw-" + UUID.randomUUID();
		try (var context = app().run(concat(args, "--stancegraph.neo4j.embedded.password=" + configured))) {
			String uri = context.getBean(EmbeddedBolt.class).uri();
			try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", configured))) {
				driver.verifyConnectivity();
			}
			try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", generated))) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
		}
	}

	@Test
	void withAConfiguredPasswordItListensBeyondLoopbackAndAsksForIt(@TempDir Path store) {
		String password = "pw-" + UUID.randomUUID();
		String[] args = { "--stancegraph.neo4j.embedded.listen-address=0.0.0.0", "--stancegraph.neo4j.embedded.bolt-port=0",
				"--stancegraph.neo4j.embedded.data-dir=" + store, "--stancegraph.neo4j.embedded.password=" + password,
				"--stancegraph.seed.enabled=false" };
		for (int start = 1; start <= 2; start++) { // the second start finds the password already set
			try (var context = app().run(args)) {
				var bolt = context.getBean(EmbeddedBolt.class);
				assertThat(bolt.host()).as("a wildcard is advertised as loopback").isEqualTo("127.0.0.1");
				try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.basic("neo4j", password))) {
					driver.verifyConnectivity();
				}
				try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.none())) {
					assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
				}
			}
		}
		assertThat(store.resolve(EmbeddedNeo4jPassword.FILE_NAME)).as("a configured password is not written").doesNotExist();
	}

	private static SpringApplication app() {
		var app = new SpringApplication(StancegraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		return app;
	}

	private static String[] concat(String[] args, String more) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = more;
		return all;
	}
}
