package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.stancegraph.StancegraphApplication;

/** With a port taken, the first error a user reads says which and names the property to change. */
@ExtendWith(OutputCaptureExtension.class)
class PortInUseTest {

	@Test
	void boltPortTaken(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			var app = new SpringApplication(StancegraphApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> app.run("--stancegraph.neo4j.embedded.bolt-port=" + taken.getLocalPort(),
					"--stancegraph.neo4j.embedded.data-dir=" + store, "--stancegraph.seed.enabled=false"))
				.hasStackTraceContaining("PortBindException");
			assertFirstErrorExplains(output, "The embedded Neo4j could not listen for Bolt", ":" + taken.getLocalPort(),
					"Address already in use", "--stancegraph.neo4j.embedded.bolt-port=");
		}
	}

	@Test
	void webPortTaken(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
			var app = new SpringApplication(StancegraphApplication.class);
			assertThatThrownBy(() -> app.run("--server.port=" + taken.getLocalPort(),
					"--stancegraph.neo4j.embedded.bolt-port=0", "--stancegraph.neo4j.embedded.data-dir=" + store,
					"--stancegraph.seed.enabled=false"))
				.hasStackTraceContaining("PortInUseException");
			assertFirstErrorExplains(output, "The web server could not listen on port " + taken.getLocalPort(),
					"--server.port=");
		}
	}

	/** Spring Boot's failure report is the first ERROR, and it holds everything a user needs. */
	private static void assertFirstErrorExplains(CapturedOutput output, String... needed) {
		String all = output.getAll();
		String firstError = all.lines().filter(line -> line.contains(" ERROR ")).findFirst().orElseThrow();
		assertThat(firstError).as("the first ERROR line").contains("FailureAnalysisReporter");
		assertThat(all.substring(all.indexOf(firstError))).contains("APPLICATION FAILED TO START").contains(needed);
	}
}
