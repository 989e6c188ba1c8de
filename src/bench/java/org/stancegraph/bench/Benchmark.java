package org.stancegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.bench.IngestBench.ClaimSetAndLoad;
import org.stancegraph.bench.IngestBench.Load;
import org.stancegraph.bench.IngestBench.Write;
import org.stancegraph.bench.SyntheticCorpus.Shape;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: for each size, a generated corpus loaded by the real loader into a fresh embedded Neo4j (or an
 * external one by URI), loaded again, then the API's queries against their naive baselines, REST throughput and
 * memory; at the largest size also the ingest baselines and the save of reviewed documents ({@link DocumentBench}).
 * {@code --only documents} runs that last part alone, on the seed graph. Writes {@code report.md} and
 * {@code report.json}.
 * <p>
 * Run with {@code mvn -Pbench verify}; see docs/performance.md.
 */
@Command(name = "stancegraph-bench", mixinStandardHelpOptions = true,
		description = "Measures ingest and the relationship queries at growing sizes against naive baselines in the same run.")
public final class Benchmark implements Callable<Integer> {

	@Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
			description = "Claims (stance and structural relationships) per run; default: ${DEFAULT-VALUE}, about 9 minutes on "
					+ "2 cores; 10000,100000,1000000 is the full run, 19-34 minutes, that the hub and ingest targets are at")
	List<Integer> sizes;

	@Option(names = "--seed", defaultValue = "20251117", description = "Generator seed; default: ${DEFAULT-VALUE}")
	long seed;

	@Option(names = "--out", defaultValue = "target/bench", description = "Report folder; default: ${DEFAULT-VALUE}")
	Path out;

	@Option(names = "--corpus-dir", description = "Where generated corpora are kept between runs; default: <out>/corpus")
	Path corpusDir;

	@Option(names = "--uri", description = "An external Neo4j to run on instead of the embedded one; it is emptied first")
	String uri;

	@Option(names = "--user", defaultValue = "neo4j")
	String user;

	@Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}")
	String password;

	@Option(names = "--per-claim-claims", defaultValue = "500",
			description = "Claims the one-transaction-per-claim baseline writes; default: ${DEFAULT-VALUE}")
	int perClaimClaims;

	@Option(names = "--batched-claims", defaultValue = "10000",
			description = "Claims the loader writes in one transaction beside plain UNWIND ... CREATE of the same graph; default: ${DEFAULT-VALUE}")
	int batchedClaims;

	@Option(names = "--sdn-claims", defaultValue = "1000",
			description = "Claims the SDN saveAll baseline writes, the first of the batched ones (10,000 took it 134 s at 10^6); default: ${DEFAULT-VALUE}")
	int sdnClaims;

	/** How each size's corpus is first loaded into its new embedded store. */
	enum FirstLoad {
		IMPORT, TRANSACTIONS
	}

	@Option(names = "--first-load", defaultValue = "IMPORT", paramLabel = "<way>",
			description = "How each size's corpus is loaded into its new embedded store: import (Neo4j's offline importer, as load does into an empty store) or transactions (the loader's); default: ${DEFAULT-VALUE}")
	FirstLoad firstLoadBy;

	@Option(names = "--claims-per-transaction", defaultValue = "100000",
			description = "The loader commits every so many claims (load --claims-per-transaction); one transaction of 10^6 claims needs more than 8 GiB; default: ${DEFAULT-VALUE}")
	int claimsPerTransaction;

	@Option(names = "--connections", defaultValue = "16")
	int connections;

	@Option(names = "--rest-seconds", defaultValue = "4")
	int restSeconds;

	@Option(names = "--rest-warmup-seconds", defaultValue = "1")
	int restWarmupSeconds;

	@Option(names = "--query-budget", defaultValue = "0.6",
			description = "Scales the warm-up and measuring time of each query; the smoke test runs with 0.05")
	double queryBudget;

	@Option(names = "--naive-timeout-ms", defaultValue = "5000",
			description = "Transaction timeout for the unbounded and unanchored baselines; default: ${DEFAULT-VALUE}")
	long naiveTimeoutMillis;

	@Option(names = "--app-property", paramLabel = "<name=value>",
			description = "A setting of the app under test, e.g. --app-property spring.threads.virtual.enabled=true; repeatable")
	Map<String, String> appProperties = new LinkedHashMap<>();

	@Option(names = "--questions", split = ",", paramLabel = "<name>",
			description = "Only the seed graph's REST questions whose name contains one of these, e.g. positions,evidence; default: all")
	List<String> questions;

	/** A part of the benchmark that runs by itself. */
	enum Part {
		DOCUMENTS, REST
	}

	@Option(names = "--only", paramLabel = "<part>",
			description = "Run one part alone on the seed graph in a fresh store, --sizes then not used: documents (a new "
					+ "document with ten claims saved in one POST /api/documents, beside its dry run and POST /api/claims), about a "
					+ "minute; rest (the example questions over REST cold and warm beside their queries on the driver), about "
					+ "two minutes. Default: every part, the documents at the largest size")
	Part only;

	@Option(names = "--documents", defaultValue = "50",
			description = "Documents of ten claims saved for the documents part, each a new text; default: ${DEFAULT-VALUE}")
	int documents;

	@Option(names = "--document-warmup", defaultValue = "5",
			description = "Documents saved before those measured; default: ${DEFAULT-VALUE}")
	int documentWarmup;

	/** The Neo4j the run measured, as it names itself. */
	String neo4j = "?";

	/** The REST throughput on the seed graph, per example question. */
	public record SeedRest(long claims, List<RestBench.Result> results) {
	}

	/** The figures of one size. */
	public record SizeRun(int claims, String neo4j, Shape shape, Load first, Load again, long nodes, long relationships,
			List<Write> ingestBaselines, List<QueryBench.Result> queries, List<RestBench.Result> rest, Memory memory) {
	}

	/** Live heap after a full GC, resident set size, and the store on disk per relationship. */
	public record Memory(long liveHeapBytes, long maxHeapBytes, long rssBytes, long storeBytes, long transactionLogBytes,
			double storeBytesPerRelationship) {
	}

	public static void main(String[] args) {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		}
		System.exit(new CommandLine(new Benchmark()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		BenchReport report = run();
		System.out.println(Files.readString(report.markdown()));
		return 0;
	}

	BenchReport run() throws IOException, InterruptedException {
		Instant started = Instant.now();
		Files.createDirectories(out);
		List<SizeRun> runs = new ArrayList<>();
		List<DocumentBench.Run> documentRuns = new ArrayList<>();
		List<SeedRest> seedRest = new ArrayList<>();
		if (only == Part.DOCUMENTS) {
			documentRuns.add(documentsOnSeeds());
		}
		else if (only == Part.REST) {
			seedRest.add(restOnSeeds());
		}
		else {
			seedRest.add(restOnSeeds());
			Path corpora = corpusDir != null ? corpusDir : out.resolve("corpus");
			int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
			for (int size : sizes) {
				runs.add(runSize(size, size == largest, corpora, documentRuns));
			}
		}
		return BenchReport.write(out, started, Instant.now(), this, runs, seedRest, documentRuns);
	}

	/** The seed graph loaded into a fresh store (or the emptied Neo4j of --uri). */
	private BenchApp seedGraph(ClaimSet seeds) {
		BenchApp app = uri == null ? BenchApp.embedded(out.resolve("store-seeds"), appProperties)
				: BenchApp.external(uri, user, password, appProperties);
		app.bean(ClaimLoader.class).load(seeds);
		neo4j = neo4j(app);
		return app;
	}

	/** The example questions over REST on the seed graph, cold and warm, beside their queries on the driver. */
	private SeedRest restOnSeeds() throws InterruptedException {
		ClaimSet seeds = new ClaimValidator().validate(DatasetFiles.fromClasspath("classpath:seeds/"));
		try (BenchApp app = seedGraph(seeds)) {
			log("rest on the seed graph: %d connections, %d s each after %d s warm-up", connections, restSeconds, restWarmupSeconds);
			List<RestBench.Question> questions = RestBench.seedQuestions(app, seed).stream()
				.filter(q -> this.questions == null || this.questions.stream().anyMatch(q.name()::contains)).toList();
			questions.forEach(q -> log("  %s: %,d distinct requests", q.name(), q.asks().size()));
			List<RestBench.Result> results = new RestBench(app, connections, Duration.ofSeconds(restWarmupSeconds),
					Duration.ofSeconds(restSeconds)).run(questions);
			results.forEach(r -> log("  %s", r));
			return new SeedRest(seeds.claims().size(), results);
		}
	}

	/** The documents part alone: the seed graph loaded into a fresh store (or the emptied Neo4j of --uri). */
	private DocumentBench.Run documentsOnSeeds() throws InterruptedException {
		ClaimSet seeds = new ClaimValidator().validate(DatasetFiles.fromClasspath("classpath:seeds/"));
		try (BenchApp app = seedGraph(seeds)) {
			return documents(app, "the seed graph", seeds.claims().size(), DocumentBench.draw(seeds, seed));
		}
	}

	private DocumentBench.Run documents(BenchApp app, String graph, int claims, List<DocumentBench.Triple> triples)
			throws InterruptedException {
		log("documents: %d (after %d warm-up ones) of %d claims each on %s", documents, documentWarmup, DocumentBench.CLAIMS, graph);
		DocumentBench.Run run = new DocumentBench(app, documents, documentWarmup).run(graph, claims, triples);
		run.results().forEach(r -> log("  %s", r));
		return run;
	}

	private static String neo4j(BenchApp app) {
		return app.bean(Neo4jClient.class).query("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN name + ' ' + versions[0] + ' ' + edition AS neo4j")
			.fetchAs(String.class).one().orElse("?");
	}

	private SizeRun runSize(int size, boolean largest, Path corpora, List<DocumentBench.Run> documentRuns) throws InterruptedException {
		log("size %,d: generating or reusing the corpus", size);
		long t0 = System.nanoTime();
		Path dataset = corpora.resolve(String.valueOf(size));
		Shape shape = new SyntheticCorpus(size, seed).writeTo(dataset);
		log("size %,d: corpus ready in %d ms: %s", size, (System.nanoTime() - t0) / 1_000_000, shape);

		SizeRun run;
		BenchApp app;
		ClaimSetAndLoad first = null;
		if (uri == null && firstLoadBy == FirstLoad.IMPORT) {
			IngestBench.Imported imported = IngestBench.importFirst(dataset,
					storeImport -> BenchApp.embedded(out.resolve("store-" + size), appProperties, storeImport));
			app = imported.app();
			first = imported.first();
		}
		else {
			app = uri == null ? BenchApp.embedded(out.resolve("store-" + size), appProperties)
					: BenchApp.external(uri, user, password, appProperties);
		}
		try (app) {
			IngestBench ingest = new IngestBench(app, claimsPerTransaction);
			if (first == null) {
				first = ingest.load(dataset);
			}
			log("size %,d: validated in %d ms, loaded by %s: %s", size, first.load().validateMillis(), first.load().way(),
					first.load().report());
			ClaimSet set = first.set();
			Load again = ingest.load(dataset).load();
			log("size %,d: again, validated in %d ms, loaded: %s", size, again.validateMillis(), again.report());
			if (!again.report().wroteNothing()) {
				throw new IllegalStateException("loading the same files again wrote something: " + again.report());
			}
			Map<String, Object> counts = app.bean(Neo4jClient.class)
				.query("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships")
				.fetch().one().orElseThrow();

			List<Write> baselines = List.of();
			if (largest) {
				log("size %,d: ingest baselines", size);
				baselines = ingest.baselines(set, Math.min(batchedClaims, set.claims().size()),
						Math.min(perClaimClaims, set.claims().size()), Math.min(sdnClaims, set.claims().size()));
				baselines.forEach(w -> log("  %s", w));
			}

			Map<String, Parameters> parameters = Parameters.draw(set, shape, seed);
			List<DocumentBench.Triple> triples = largest ? DocumentBench.draw(set, seed) : List.of();
			int claims = set.claims().size();
			Load firstLoad = first.load();
			// the claims are not held while memory is measured: the app serves from the graph
			set = null;
			first = null;
			log("size %,d: queries", size);
			Latency.Budget budget = new Latency.Budget(2_000, 500, 4_000, 2_000).scaled(queryBudget);
			Latency.Budget slow = new Latency.Budget(1_000, 3, 6_000, 30).scaled(queryBudget);
			List<QueryBench.Result> queries = new QueryBench(app, budget, slow, Duration.ofMillis(naiveTimeoutMillis)).run(parameters);
			queries.forEach(q -> log("  %s", q));

			List<RestBench.Result> rest = List.of();
			if (largest) {
				log("size %,d: REST and driver throughput, %d connections, %d s each", size, connections, restSeconds);
				List<List<String>> pairs = new ArrayList<>(parameters.get("hub").backingOpposingPairs());
				pairs.addAll(parameters.get("rare").backingOpposingPairs());
				rest = new RestBench(app, connections, Duration.ofSeconds(restWarmupSeconds), Duration.ofSeconds(restSeconds))
					.run(List.of(RestBench.backersOpposing(pairs, seed)));
				rest.forEach(r -> log("  %s", r));
				// last but memory: the documents it saves stay in the graph
				documentRuns.add(documents(app, String.format(Locale.ROOT, "the benchmark graph of %,d claims", size), claims, triples));
			}
			Memory memory = memory();
			log("size %,d: %s", size, memory);
			neo4j = neo4j(app);
			run = new SizeRun(size, neo4j, shape, firstLoad, again, (Long) counts.get("nodes"),
					(Long) counts.get("relationships"), baselines, queries, rest, memory);
		}
		if (!app.isEmbedded()) {
			return run;
		}
		// the store files once Neo4j has shut down: until its checkpoint, what was written sits in the transaction logs
		long store = app.storeBytes();
		Memory m = run.memory();
		Memory memory = new Memory(m.liveHeapBytes(), m.maxHeapBytes(), m.rssBytes(), store, app.transactionLogBytes(),
				(double) store / Math.max(1, run.relationships()));
		log("size %,d: store after shutdown %,d bytes, %.1f bytes per relationship", size, store, memory.storeBytesPerRelationship());
		return new SizeRun(run.claims(), run.neo4j(), run.shape(), run.first(), run.again(), run.nodes(), run.relationships(),
				run.ingestBaselines(), run.queries(), run.rest(), memory);
	}

	private static Memory memory() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		// the store is measured after shutdown, see runSize
		return new Memory(heap.getUsed(), heap.getMax(), rss(), -1, -1, Double.NaN);
	}

	private static long rss() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: reported as unknown
		}
		return -1;
	}

	/** When the JVM started: each line says how far into the run it is, so the log shows where the time goes. */
	private static final long STARTED = ManagementFactory.getRuntimeMXBean().getStartTime();

	static void log(String format, Object... args) {
		long seconds = (System.currentTimeMillis() - STARTED) / 1000;
		System.out.printf(Locale.ROOT, "[bench %4d s] %s%n", seconds, String.format(format, args));
	}
}
