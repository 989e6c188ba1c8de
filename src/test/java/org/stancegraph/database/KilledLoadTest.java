package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * A load killed (SIGKILL) between announcing its commit and committing: while its process lives, its announcement
 * holds readers back; once it is dead, reads answer normally within {@link CommitLease#LEASE} and well within 5 s.
 */
@StancegraphIntegrationTest
class KilledLoadTest {

	@LocalServerPort
	int port;

	@Autowired
	CommitSignal commits;

	/** The Bolt address and login of the app's Neo4j (the embedded server, or the container of -Pcontainers). */
	@Autowired
	EmbeddedBolt bolt;

	@Test
	void readsAreBackToNormalWithinSecondsOfAKilledLoad() throws Exception {
		// the app's first request initialises its web layer: not part of what is measured
		assertThat(new ApiClient(port).get("/api/targets/resolution-2803/positions").status()).isEqualTo(200);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process load = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledCommitter.class.getName(),
				bolt.uri(), bolt.username(), bolt.password()).redirectErrorStream(true).start();
		try {
			var out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = out.readLine()) != null && !line.equals("announced")) {
				// the driver's start-up lines
			}
			assertThat(line).as("the committer announced its commit").isEqualTo("announced");

			// alive, it renews its lease: past one lease length, its commit still counts
			Thread.sleep(CommitLease.LEASE.plusSeconds(1).toMillis());
			assertThat(commits.state().committing()).isTrue();

			load.destroyForcibly(); // SIGKILL: no rollback, no lowering of the announcement
			assertThat(load.waitFor(10, TimeUnit.SECONDS)).isTrue();
			long killed = System.nanoTime();
			ApiClient.Answer answer = new ApiClient(port).get("/api/targets/resolution-2803/positions");
			Duration firstRead = Duration.ofNanos(System.nanoTime() - killed);
			while (commits.state().committing()) {
				Thread.sleep(50);
			}
			Duration lapsed = Duration.ofNanos(System.nanoTime() - killed);
			System.out.printf("Killed load: the first read answered %d ms after SIGKILL, the announcement lapsed after %d ms%n",
					firstRead.toMillis(), lapsed.toMillis());
			assertThat(answer.status()).isEqualTo(200);
			assertThat(lapsed).isLessThanOrEqualTo(CommitLease.LEASE.plusSeconds(1));
			assertThat(firstRead).isLessThan(Duration.ofSeconds(5));
			// and the next read does not wait at all
			long again = System.nanoTime();
			assertThat(new ApiClient(port).get("/api/targets/resolution-2803/positions").status()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(1));
		}
		finally {
			load.destroyForcibly();
		}
	}
}
