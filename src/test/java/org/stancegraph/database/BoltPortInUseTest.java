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

/** With the Bolt port taken, the first error a user reads says so and names the property to change. */
@ExtendWith(OutputCaptureExtension.class)
class BoltPortInUseTest {

	@Test
	void theFirstErrorNamesThePortAndTheProperty(@TempDir Path store, CapturedOutput output) throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			var app = new SpringApplication(StancegraphApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> app.run("--stancegraph.neo4j.embedded.bolt-port=" + taken.getLocalPort(),
					"--stancegraph.neo4j.embedded.data-dir=" + store, "--stancegraph.seed.enabled=false"))
				.hasStackTraceContaining("PortBindException");
			String firstError = output.getAll().lines().filter(line -> line.contains(" ERROR ")).findFirst().orElseThrow();
			assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
					"The embedded Neo4j could not listen for Bolt", ":" + taken.getLocalPort(),
					"--stancegraph.neo4j.embedded.bolt-port=");
			assertThat(firstError).as("the first ERROR line").doesNotContain("Error creating bean");
		}
	}
}
