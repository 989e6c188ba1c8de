package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.stancegraph.SuiteLogging;
import org.springframework.core.env.ConfigurableEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.cli.StancegraphCommand;
import org.stancegraph.ExternalMode;
import org.stancegraph.database.EmbeddedBolt;

/** {@code stancegraph export <file> --format ...} against the test's Neo4j, reached over Bolt as an external server. */
@StancegraphIntegrationTest
class ExportCommandTest {

	@Autowired
	ConfigurableEnvironment suiteEnvironment;

	/** A command run here reconfigured the JVM's logging (the cli profile): the suite's, back for the next test. */
	@AfterEach
	void suiteLogging() {
		SuiteLogging.restore(suiteEnvironment);
	}

	@Autowired
	EmbeddedBolt bolt;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();
	final StringWriter err = new StringWriter();

	int run(String... args) {
		return StancegraphCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	@Test
	void exportWritesTheFileTheApiServes() throws Exception {
		Path file = dir.resolve("graph.json");
		int exit = run(ExternalMode.args(bolt, "export", file.toString(), "--format", "json"));
		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).contains(file + ": exported json: 5 documents, ").contains(" entities, ").contains(" claims, ");
		assertThat(Files.readString(file)).isEqualTo(new ApiClient(port).get("/api/export?format=json").text());
		try (var files = Files.list(dir)) {
			assertThat(files).as("no partial file left").containsExactly(file);
		}

		Path graphml = dir.resolve("graph.graphml");
		assertThat(run(ExternalMode.args(bolt, "export", graphml.toString(), "--format=graphml"))).as(err.toString()).isZero();
		assertThat(ExportGraphmlTest.parse(Files.readString(graphml)).getDocumentElement().getLocalName()).isEqualTo("graphml");
	}

	@Test
	void anUnknownFormatExitsOneAndWritesNothing() {
		Path file = dir.resolve("graph.xlsx");
		assertThat(run("export", file.toString(), "--format", "xlsx")).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("format: 'xlsx' is not one of json, csv, graphml");
		assertThat(file).doesNotExist();
	}

	@Test
	void helpListsExport() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("export");
		assertThat(run("export", "--help")).isZero();
		assertThat(out.toString()).contains("--format");
	}
}
