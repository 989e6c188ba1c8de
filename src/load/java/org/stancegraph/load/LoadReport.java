package org.stancegraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stancegraph.bench.Latency;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** report.json with every figure and report.md with the tables, of one load run. */
record LoadReport(Path markdown, Path json) {

	/** What one run measured, and where and how. */
	record Run(Instant started, Instant finished, String loadAverages, LoadRun options, long appStartMillis,
			long warmUpMillis, String neo4j, ReadLoad.Result load, FlipCheck.Result ingest, List<String> failures) {
	}

	static LoadReport write(Path out, Run run) {
		LoadReport report = new LoadReport(out.resolve("report.md"), out.resolve("report.json"));
		Map<String, String> setup = setup(run);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("passed", run.failures().isEmpty());
		json.put("failures", run.failures());
		json.put("setup", setup);
		json.put("load", run.load());
		json.put("ingest", run.ingest());
		try {
			JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(report.json().toFile(), json);
			Files.writeString(report.markdown(), markdown(setup, run));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return report;
	}

	private static Map<String, String> setup(Run run) {
		Map<String, String> setup = new LinkedHashMap<>();
		setup.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		setup.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		setup.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		setup.put("maxHeap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		setup.put("neo4j", "embedded " + run.neo4j() + ", seed graph");
		setup.put("appStart", run.appStartMillis() + " ms");
		setup.put("appWarmUp", run.warmUpMillis() + " ms (every question asked once by the app at start, before the load)");
		setup.put("connections", String.valueOf(run.options().connections));
		setup.put("seconds", String.valueOf(run.options().seconds));
		setup.put("warmupSeconds", String.valueOf(run.options().warmupSeconds));
		setup.put("seed", String.valueOf(run.options().seed));
		setup.put("flipPauseMillis", String.valueOf(run.options().flipPauseMillis));
		setup.put("loadAverage1m", run.loadAverages() + " (before the run / at its end, this run included)");
		setup.put("started", run.started().toString());
		setup.put("took", Duration.between(run.started(), run.finished()).toSeconds() + " s");
		return setup;
	}

	private static String markdown(Map<String, String> setup, Run run) {
		ReadLoad.Result load = run.load();
		FlipCheck.Result ingest = run.ingest();
		StringBuilder md = new StringBuilder("# Stancegraph load run\n\n");
		md.append(run.failures().isEmpty() ? "**Passed**: no errors, no 5xx, no read between two states through the API or the guarded driver read.\n"
				: "**Failed**:\n\n" + String.join("\n", run.failures().stream().map(f -> "- " + f).toList()) + "\n");
		md.append("\n## Setup\n\n");
		setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append("""

				The load generator runs in the app's JVM and talks to it over loopback: one HTTP/1.1 client per connection,
				each on its own thread, sending its next request when the last answer has been read in full (closed loop;
				latency is from sending to the last byte). The read mix gives every endpoint below an equal share, each
				with parameters drawn from the seed graph; any status but 200 is an error. The ingest and its checkers
				(below) run during the whole load, warm-up included.

				## Read load

				| requests | req/s | errors | transport errors | 5xx | statuses | p50 ms | p90 ms | p99 ms | max ms | warm-up requests (errors) |
				|---|---|---|---|---|---|---|---|---|---|---|
				""");
		md.append(row(String.format(Locale.ROOT, "%,d", load.requests()), fmt(load.perSecond()), String.valueOf(load.errors()),
				String.valueOf(load.transportErrors()), String.valueOf(load.status5xx()), load.statuses().toString(),
				fmt(load.latency().p50()), fmt(load.p90()), fmt(load.latency().p99()), fmt(load.latency().max()),
				String.format(Locale.ROOT, "%,d (%d)", load.warmupRequests(), load.warmupErrors())));
		md.append("\n### Per endpoint\n\n| endpoint | variants | requests | errors | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
		for (ReadLoad.EndpointResult e : load.endpoints()) {
			Latency l = e.latency();
			boolean none = e.requests() == 0;
			md.append(row("`" + e.endpoint() + "`", String.valueOf(e.variants()), String.format(Locale.ROOT, "%,d", e.requests()),
					String.valueOf(e.errors()), none ? "-" : fmt(l.p50()), none ? "-" : fmt(e.p90()), none ? "-" : fmt(l.p99()),
					none ? "-" : fmt(l.max())));
		}
		if (!load.errorSamples().isEmpty()) {
			md.append("\nFirst errors:\n\n");
			load.errorSamples().forEach(s -> md.append("- `").append(s).append("`\n"));
		}

		FlipCheck.Setup flip = ingest.setup();
		md.append("\n## Reads during a concurrent ingest\n\n")
			.append(String.format(Locale.ROOT, """
					A writer POSTs (as the writer, `application/yaml`) one claim file of source `%s` in two versions, one
					after the other: claims %s by `%s` on %s, all SUPPORTS in version A and all OPPOSES in B, so every POST
					flips %d derived edges and their claims in one write transaction. Checkers read them meanwhile, each in
					a loop. A read is "old" when it shows the state of the last POST answered before it began, "new" when
					it shows the state of a POST under way during it, "between" when it shows neither (edges flipped and
					not, an edge with both relations or none, claim ids that do not match, claim nodes or counts from
					another state than the edges), "unexplained" when it shows the other state with no POST under way.
					The same for each edge on its own: one relation with its own claim, old or new.

					POSTs during the load: %,d, flips: %,d, without a flip: %d, failed: %d; POST latency p50 %s ms, p99 %s ms.

					| check | what it reads | reads | old | new | between | unexplained | edges seen | old | new | torn | unexplained | errors |
					|---|---|---|---|---|---|---|---|---|---|---|---|---|
					""", flip.source(), flip.claimIds(), flip.holder(), flip.targets(), flip.targets().size(), ingest.posts(),
					ingest.flips(), ingest.postsWithoutFlip(), ingest.postErrors(), fmt(ingest.postLatency().p50()),
					fmt(ingest.postLatency().p99())));
		for (FlipCheck.Observations o : ingest.checks()) {
			FlipCheck.Counts r = o.reads();
			FlipCheck.Counts e = o.edges();
			md.append(row(o.check(), o.how(), String.format(Locale.ROOT, "%,d", r.observations()), String.valueOf(r.oldState()),
					String.valueOf(r.newState()), String.valueOf(r.between()), String.valueOf(r.unexplained()),
					String.format(Locale.ROOT, "%,d", e.observations()), String.valueOf(e.oldState()), String.valueOf(e.newState()),
					String.valueOf(e.between()), String.valueOf(e.unexplained()), String.valueOf(o.errors())));
		}
		md.append("""

				Neo4j runs transactions at read committed: a statement sees another transaction's commit as soon as it
				lands, also part-way through its own evaluation, and a later statement of the same read transaction may see
				a later state than an earlier one; a read transaction is not a snapshot.
				""");
		for (FlipCheck.Observations o : ingest.checks()) {
			if (!o.samples().isEmpty()) {
				md.append("\n").append(o.check()).append(", first reads that were not old or new:\n\n");
				o.samples().forEach(s -> md.append("- `").append(s.replace('`', '\'')).append("`\n"));
			}
		}
		ingest.postErrorSamples().forEach(s -> md.append("\nPOST failed: `").append(s).append("`\n"));
		return md.toString();
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	static String fmt(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
	}
}
