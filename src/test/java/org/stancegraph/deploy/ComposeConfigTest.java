package org.stancegraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code docker compose config} validates docker-compose.yml where the docker client has the compose plugin. */
class ComposeConfigTest {

	@Test
	void dockerComposeConfigAcceptsTheFile() throws Exception {
		assumeTrue(run(List.of("docker", "compose", "version")).exit == 0,
				"docker compose config not run: no docker client with the compose plugin here "
						+ "(`docker compose version` fails); DeployFilesTest checks the file statically");
		var result = run(List.of("docker", "compose", "-f", "docker-compose.yml", "config", "--quiet"));
		assertThat(result.exit).as("docker compose config: %s", result.output).isZero();
	}

	private record Result(int exit, String output) {
	}

	private static Result run(List<String> command) throws InterruptedException {
		try {
			var builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("NEO4J_PASSWORD", "compose-config-test");
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Result(-1, "timed out: " + output);
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			return new Result(-1, ex.toString());
		}
	}
}
