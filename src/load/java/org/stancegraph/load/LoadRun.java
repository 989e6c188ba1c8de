package org.stancegraph.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;

import org.stancegraph.warmup.PlanWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load run of issue 6: the app in this JVM on a fresh embedded store with the seed graph, a closed-loop read
 * load on every read endpoint over loopback, and at the same time a writer flipping three edges back and forth
 * while checkers read them. Writes {@code report.md} and {@code report.json}; exits 1 on any error, any 5xx, or a
 * state between two flips seen in one read transaction on the driver.
 * <p>
 * Run with {@code mvn -Pload verify}, options in {@code -Dload.args}; see docs/reliability.md.
 */
@Command(name = "stancegraph-load", mixinStandardHelpOptions = true,
		description = "Read load on the REST API with a concurrent ingest; fails on errors, 5xx, or a read between two states (API or guarded driver read).")
public final class LoadRun implements Callable<Integer> {

	@Option(names = "--seconds", defaultValue = "60", description = "Measured time; default: ${DEFAULT-VALUE}")
	int seconds;

	@Option(names = "--warmup-seconds", defaultValue = "5",
			description = "Load before measuring (JIT, caches); its errors count too; default: ${DEFAULT-VALUE}")
	int warmupSeconds;

	@Option(names = "--connections", defaultValue = "32", description = "Concurrent HTTP connections; default: ${DEFAULT-VALUE}")
	int connections;

	@Option(names = "--variants", defaultValue = "64",
			description = "Parameter variants drawn per endpoint from the graph; default: ${DEFAULT-VALUE}")
	int variants;

	@Option(names = "--seed", defaultValue = "20251117", description = "Seed of the parameter draw; default: ${DEFAULT-VALUE}")
	long seed;

	@Option(names = "--flip-targets", defaultValue = "3",
			description = "Edges each ingest flips together; default: ${DEFAULT-VALUE}")
	int flipTargets;

	@Option(names = "--flip-pause-ms", defaultValue = "20",
			description = "Pause between two ingest POSTs; default: ${DEFAULT-VALUE}")
	long flipPauseMillis;

	@Option(names = "--out", defaultValue = "target/load", description = "Report folder (the store goes to <out>/store); default: ${DEFAULT-VALUE}")
	Path out;

	public static void main(String[] args) {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		}
		System.exit(new CommandLine(new LoadRun()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		Instant started = Instant.now();
		// the machine may be shared: the load average before this JVM does anything says how busy it was
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Files.createDirectories(out);
		log("starting the app on a fresh store in %s", out.resolve("store"));
		try (LoadApp app = LoadApp.start(out.resolve("store"))) {
			log("app ready in %d ms on port %d", app.startMillis(), app.port());
			PlanWarmUp.Asked warmUp = app.awaitWarmUp(Duration.ofMinutes(5));
			log("the app's warm-up asked %d questions in %d ms; not answered: %s", warmUp.questions(), warmUp.took().toMillis(),
					warmUp.failed());
			Driver driver = app.driver();
			String neo4j = neo4j(driver);
			ReadMix mix = ReadMix.fromGraph(driver, variants, seed);
			log("read mix: %d endpoints, %d requests to choose from", mix.endpoints().size(), mix.variants());
			FlipCheck flips = FlipCheck.prepare(app, flipTargets, flipPauseMillis);
			log("ingest: %s", flips.setup());
			flips.start();
			log("load: %d connections, %d s warm-up, %d s measured", connections, warmupSeconds, seconds);
			ReadLoad.Result load;
			FlipCheck.Result ingest;
			try {
				load = new ReadLoad(mix, app.port(), connections, Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds)).run();
			}
			finally {
				ingest = flips.stop();
			}
			List<String> failures = failures(load, ingest);
			String loadAverages = String.format(Locale.ROOT, "%.2f / %.2f", loadBefore,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			LoadReport report = LoadReport.write(out, new LoadReport.Run(started, Instant.now(), loadAverages, this, app.startMillis(),
					warmUp.took().toMillis(), neo4j, load, ingest, failures));
			System.out.println(Files.readString(report.markdown()));
			log("report: %s, %s", report.markdown(), report.json());
			failures.forEach(f -> log("FAILED: %s", f));
			return failures.isEmpty() ? 0 : 1;
		}
	}

	/** Why the run fails; empty when it passes. */
	static List<String> failures(ReadLoad.Result load, FlipCheck.Result ingest) {
		List<String> failures = new ArrayList<>();
		if (load.errors() > 0) {
			// every 5xx is an error too (anything but 200 is)
			failures.add(load.errors() + " read errors (" + load.transportErrors() + " transport, " + load.status5xx() + " 5xx)");
		}
		if (load.warmupErrors() > 0) {
			failures.add(load.warmupErrors() + " errors during the warm-up");
		}
		if (ingest.postErrors() > 0) {
			failures.add(ingest.postErrors() + " ingest POSTs failed");
		}
		if (ingest.flips() == 0) {
			failures.add("no ingest flipped the edges: the concurrent check saw nothing change");
		}
		for (FlipCheck.Observations check : ingest.checks()) {
			if (check.errors() > 0) {
				failures.add(check.check() + ": " + check.errors() + " reads failed");
			}
		}
		// every read through the API, and the guarded driver read, must show one state; the unguarded driver read shows
		// what read-committed isolation alone gives, and is reported only
		for (FlipCheck.Observations check : ingest.checks()) {
			if (!check.check().equals(FlipCheck.RAW_DRIVER_CHECK)
					&& (check.reads().between() > 0 || check.reads().unexplained() > 0)) {
				failures.add(check.check() + ": " + check.reads().between() + " reads between two states, "
						+ check.reads().unexplained() + " unexplained");
			}
		}
		return failures;
	}

	private static String neo4j(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run("""
					CALL dbms.components() YIELD name, versions, edition
					WITH name, versions, edition WHERE name = $kernel
					RETURN name + ' ' + versions[0] + ' ' + edition AS neo4j
					""", Map.of("kernel", "Neo4j Kernel")).single().get("neo4j").asString());
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[load] " + format + "%n", args);
	}
}
