package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.stancegraph.ApiClient;
import org.stancegraph.SecondNeo4j;
import org.stancegraph.StancegraphApplication;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.TestDatasets;
import org.stancegraph.cli.StancegraphCommand;

/**
 * External mode against a Neo4j that the test starts as if it were a server: Bolt URI, auth on, a password. The app
 * applies the schema, loads the seed and answers, as it does embedded; a wrong password is exit code 2.
 */
class ExternalModeTest {

	@TempDir
	static Path store;

	static DatabaseManagementService server;
	static String uri;
	static final String PASSWORD = "test-" + UUID.randomUUID();

	@BeforeAll
	static void startServer() {
		server = new DatabaseManagementServiceBuilder(store).setConfig(SecondNeo4j.settings(true)).build();
		// as an operator sets the initial password of a new server
		server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", PASSWORD));
		uri = "bolt://127.0.0.1:" + SecondNeo4j.boltPort(server);
	}

	@AfterAll
	static void stopServer() {
		server.shutdown();
	}

	@Test
	void theAppRunsUnchangedAgainstAServerWithAuth() {
		try (var context = SpringApplication.run(StancegraphApplication.class, "--server.port=0",
				"--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=" + uri,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + PASSWORD,
				"--spring.data.neo4j.database=neo4j")) {
			assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).as("nothing embedded").isEmpty();
			var api = new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
			var health = api.get("/actuator/health").body();
			assertThat(health.at("/status").asString()).isEqualTo("UP");
			assertThat(health.at("/components/neo4j/details/server").asString()).endsWith(uri.substring("bolt://".length()));
			var answer = api.get("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf").body();
			assertThat(ApiClient.ids(answer.at("/actors"), "/actor/id")).containsExactly("israel");
			// the Browser is pointed at the server the app uses
			assertThat(api.get("/").body().at("/bolt_direct").asString()).isEqualTo(uri);
			DriverDiagnosticsTest.check(context.getBean(Driver.class));
		}
		long claims = (long) server.database("neo4j").executeTransactionally("MATCH (c:Claim) RETURN count(c) AS n", Map.of(),
				result -> result.next().get("n"));
		// every seed claim, loaded into the server the app was pointed at
		assertThat(claims).isEqualTo(new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS)).claims().size());
	}

	@Test
	void aWrongPasswordStopsTheAppAndIsExitCodeTwoForTheCommands() {
		assertThatThrownBy(() -> SpringApplication.run(StancegraphApplication.class, "--server.port=0",
				"--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=" + uri,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=wrong"))
			.hasRootCauseInstanceOf(AuthenticationException.class);
		StringWriter err = new StringWriter();
		int exit = StancegraphCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "migrate",
				"--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=" + uri,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=wrong");
		assertThat(exit).isEqualTo(StancegraphCommand.DATABASE_UNREACHABLE);
		assertThat(err.toString()).contains("Cannot reach the database");
	}
}
