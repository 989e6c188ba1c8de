package org.stancegraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Compose's own parser validates docker-compose.yml; {@code config} needs no Docker engine. The compose plugin of the
 * docker client is preferred, else the standalone {@code docker-compose} (Debian's package, which .ci/run installs).
 */
class ComposeConfigTest {

	@Test
	void composeConfigAcceptsTheFile() throws Exception {
		List<String> compose = run(List.of("docker", "compose", "version")).exit == 0 ? List.of("docker", "compose")
				: List.of("docker-compose");
		assumeTrue(run(concat(compose, List.of("version"))).exit == 0,
				"compose config not run: neither `docker compose` nor `docker-compose` is installed "
						+ "(apt-get install docker-compose); DeployFilesTest checks the file statically");
		var result = run(concat(compose, List.of("-f", "docker-compose.yml", "config", "--quiet")));
		assertThat(result.exit).as("%s config: %s", String.join(" ", compose), result.output).isZero();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
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
