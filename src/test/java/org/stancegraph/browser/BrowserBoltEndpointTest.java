package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * Neo4j Browser's Bolt endpoint on the app's port, driven by the Neo4j Java driver through a WebSocket bridge: any
 * login reads (the endpoint logs in as the app), nothing writes, and a page of another origin cannot open it.
 */
@StancegraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserBoltEndpointTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver appDriver;

	private WebSocketBoltBridge bridge;

	@BeforeAll
	void bridge() throws Exception {
		bridge = new WebSocketBoltBridge(URI.create("ws://127.0.0.1:" + port + "/"));
	}

	@AfterAll
	void close() throws Exception {
		bridge.close();
	}

	@Test
	void anyLoginReadsTheGraphAsTheApp() {
		long claims = appDriver.executableQuery("MATCH (c:Claim) RETURN count(c) AS claims").execute().records().get(0)
			.get("claims").asLong();
		for (var token : List.of(AuthTokens.basic("analyst", "read-only"), AuthTokens.none())) {
			try (Driver driver = GraphDatabase.driver(bridge.boltUri(), token); var session = driver.session()) {
				assertThat(session.run("MATCH (c:Claim) RETURN count(c) AS claims").single().get("claims").asLong())
					.isEqualTo(claims).isGreaterThan(80);
				assertThat(session.run("SHOW CURRENT USER YIELD user").single().get("user").asString()).isEqualTo("neo4j");
			}
		}
	}

	@Test
	void nothingWritesNeitherDataNorSchemaNorUsers() {
		long nodes = count("MATCH (n) RETURN count(n)");
		try (Driver driver = GraphDatabase.driver(bridge.boltUri(), AuthTokens.basic("neo4j", "anything"))) {
			try (var session = driver.session()) {
				for (String write : List.of("CREATE (:ZzTestBrowser {id: 'zz-test-browser'})", "MATCH (n) DETACH DELETE n",
						"MATCH (e:Entity) SET e.name = 'zz-test'", "CREATE INDEX zz_test IF NOT EXISTS FOR (n:ZzTest) ON (n.id)",
						"CALL { CREATE (:ZzTestBrowser) } IN TRANSACTIONS")) {
					assertThatThrownBy(() -> session.run(write).consume()).as(write)
						.isInstanceOf(ClientException.class).hasMessageContaining("read access mode");
				}
				// an explicit write transaction (BEGIN with mode "w") is made a read transaction too
				assertThatThrownBy(() -> session.executeWrite(tx -> tx.run("CREATE (:ZzTestBrowser)").consume()))
					.isInstanceOf(ClientException.class).hasMessageContaining("read access mode");
			}
			try (var system = driver.session(SessionConfig.forDatabase("system"))) {
				for (String admin : List.of("CREATE USER zz_test SET PASSWORD 'zz-test-password'",
						"ALTER USER neo4j SET PASSWORD 'zz-test-password' CHANGE NOT REQUIRED", "STOP DATABASE neo4j")) {
					assertThatThrownBy(() -> system.run(admin).consume()).as(admin)
						.isInstanceOf(ClientException.class).hasMessageContaining("read access mode");
				}
			}
		}
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH (n:ZzTestBrowser) RETURN count(n)")).isZero();
		try (var system = appDriver.session(SessionConfig.forDatabase("system"))) {
			assertThat(system.run("SHOW USERS YIELD user RETURN collect(user) AS users").single().get("users").asList())
				.containsExactly("neo4j");
		}
	}

	/** What a browser sends: a page of the app's own origin may open it, a page of any other origin may not. */
	@Test
	void onlyPagesOfTheAppsOwnOriginMayOpenIt() throws Exception {
		var http = HttpClient.newHttpClient();
		var listener = new WebSocket.Listener() {
		};
		for (String host : List.of("127.0.0.1", "localhost")) {
			String origin = "http://" + host + ":" + port;
			var socket = http.newWebSocketBuilder().header("Origin", origin)
				.buildAsync(URI.create("ws://" + host + ":" + port + "/"), listener)
				.get(10, TimeUnit.SECONDS);
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
		}
		for (String origin : List.of("http://localhost:18999", "http://127.0.0.1:" + (port + 1), "http://localhost:" + port,
				"null",
				"https://127.0.0.1:" + port, "http://evil.example")) {
			assertThatThrownBy(() -> http.newWebSocketBuilder().header("Origin", origin).buildAsync(endpoint(), listener)
				.get(10, TimeUnit.SECONDS)).as(origin)
				.isInstanceOf(ExecutionException.class)
				.cause().isInstanceOf(WebSocketHandshakeException.class)
				.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex).getResponse().statusCode()).isEqualTo(403));
		}
	}

	/** The endpoint takes WebSocket upgrades only: a plain GET / is still the discovery answer. */
	@Test
	void aPlainGetOfTheRootIsStillDiscovery() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"bolt_direct\":\"bolt://127.0.0.1:" + port + "\"");
	}

	private URI endpoint() {
		return URI.create("ws://127.0.0.1:" + port + "/");
	}

	private long count(String query) {
		return appDriver.executableQuery(query).execute().records().get(0).get(0).asLong();
	}
}
