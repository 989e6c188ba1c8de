package org.stancegraph.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;
import org.HdrHistogram.Histogram;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;
import org.stancegraph.stances.StanceService;
import org.stancegraph.stances.StanceStatements;

/**
 * Throughput under concurrent load, per question: the REST endpoint over HTTP on loopback with a fixed number of
 * connections, each sending its next request when the last answer arrived, three ways (taking turns, after a
 * warm-up of every question):
 * <ul>
 * <li><b>driver</b>: the statement the REST answer runs ({@link StanceStatements}: its page and its count in one), with
 * the cold requests' parameters, sent straight through the Neo4j driver in a read transaction by as many threads: what
 * the REST answer costs at least;</li>
 * <li><b>cold</b>: every request asks something not asked before in the run (another entity, certainty or page size),
 * so the kept answers never serve it and each answer is computed;</li>
 * <li><b>warm</b>: the same few requests over and over, answered from the kept answers.</li>
 * </ul>
 */
final class RestBench {

	private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	/** Requests the warm run repeats. */
	static final int WARM_REQUESTS = 32;

	/**
	 * @param repeats requests that asked something asked before (the cold run ran out of distinct questions); 0 when
	 *        every cold request was new
	 * @param cpuMillisPerRequest the whole JVM's CPU time (app, embedded Neo4j, the requests' client, JIT, GC) while
	 *        measuring, per request: what an answer costs on the shared cores, beside the driver's
	 */
	record Result(String question, String way, int connections, long seconds, long requests, long errors, double perSecond,
			Latency latency, long repeats, double cpuMillisPerRequest) {
	}

	/** One request: its path and query string, and the parameters the answer's statement takes for it. */
	record Ask(String path, Map<String, Object> parameters) {
	}

	/** A question of the API, its query on the driver, and its distinct requests in the order they are sent. */
	record Question(String name, String query, List<Ask> asks) {

		/** The first half: the measured runs take their requests from it. */
		List<Ask> measured() {
			return asks.subList(0, asks.size() - asks.size() / 2);
		}

		/** The second half: the warm-up's, so that no cold request was asked before. */
		List<Ask> spare() {
			return asks.subList(asks.size() - asks.size() / 2, asks.size());
		}
	}

	private final BenchApp app;
	private final int connections;
	private final Duration warmup;
	private final Duration duration;

	RestBench(BenchApp app, int connections, Duration warmup, Duration duration) {
		this.app = app;
		this.connections = connections;
		this.warmup = warmup;
		this.duration = duration;
	}

	List<Result> run(List<Question> questions) throws InterruptedException {
		List<Result> results = new ArrayList<>();
		Requests requests = new Requests();
		warmUp(questions, requests);
		for (Question question : questions) {
			List<Ask> measured = question.measured();
			List<Ask> warm = measured.subList(0, Math.min(WARM_REQUESTS, measured.size()));
			results.addAll(inTurns(question.name(), List.of(
					new Way("driver", Integer.MAX_VALUE, i -> requests.read(question, measured.get(i % measured.size()))),
					new Way("REST cold", measured.size(), i -> requests.get(measured.get(i % measured.size()))),
					new Way("REST warm", Integer.MAX_VALUE, i -> requests.get(warm.get(i % warm.size()))))));
		}
		return results;
	}

	/** Turns each way of a question takes: its measuring time is split into this many parts, taken in turn. */
	static final int TURNS = 4;

	/** One way of asking a question: its requests, numbered across its turns, and how many of them are distinct. */
	private record Way(String name, int distinct, Call call) {
	}

	/**
	 * The ways of one question measured in turns (driver, cold, warm, driver, cold, ...), each for a {@link #TURNS}th of
	 * the measuring time after as short a warm-up: the machine's speed moved by up to three times between two runs of
	 * the same code, and within a run it weighs on all ways alike only if they take turns. A way's requests
	 * are numbered on from its last turn, so a cold run still asks each of its requests once before any again.
	 */
	private List<Result> inTurns(String question, List<Way> ways) throws InterruptedException {
		long warmupNanos = warmup.toNanos() / TURNS;
		long measureNanos = duration.toNanos() / TURNS;
		Loop[] totals = new Loop[ways.size()];
		for (int turn = 0; turn < TURNS; turn++) {
			for (int w = 0; w < ways.size(); w++) {
				Call call = ways.get(w).call();
				int first = totals[w] == null ? 0 : (int) totals[w].calls();
				Loop loop = loop(warmupNanos, measureNanos, i -> call.call(first + i));
				totals[w] = totals[w] == null ? loop : totals[w].plus(loop);
			}
		}
		List<Result> results = new ArrayList<>();
		double seconds = measureNanos * TURNS / 1e9;
		for (int w = 0; w < ways.size(); w++) {
			Way way = ways.get(w);
			Loop total = totals[w];
			long requests = total.latencies().getTotalCount();
			long repeats = way.distinct() == Integer.MAX_VALUE ? 0 : Math.max(0, total.calls() - way.distinct());
			results.add(new Result(question, way.name(), connections, duration.toSeconds(), requests, total.errors(), requests / seconds,
					Latency.of(total.latencies(), 0), repeats, requests == 0 ? Double.NaN : total.cpuNanos() / 1e6 / requests));
		}
		return results;
	}

	/**
	 * One request of each way: a GET of the API on loopback, or the answer's statement on the driver. The GETs go
	 * through {@link HttpURLConnection}, blocking on the connection's own thread: the JDK's {@code HttpClient} hands every
	 * exchange to its selector thread and back, and on two cores the client took a fifth of the machine while REST was
	 * measured, which the driver way does not pay (docs/performance.md).
	 */
	private final class Requests {

		private final String base = "http://127.0.0.1:" + app.port();

		private final Driver driver = app.bean(Driver.class);

		private final SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

		Requests() {
			// keep-alive for every connection (the JDK keeps 5 idle per host otherwise); read once, at the first request
			System.setProperty("http.maxConnections", String.valueOf(Math.max(5, connections)));
		}

		/** True for a 200. */
		boolean get(Ask ask) throws Exception {
			HttpURLConnection connection = (HttpURLConnection) URI.create(base + ask.path()).toURL().openConnection();
			connection.setRequestProperty("Accept", "application/json");
			int status = connection.getResponseCode();
			// read to the end, so that the connection goes back to the keep-alive cache for the next request
			try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				if (body != null) {
					body.transferTo(OutputStream.nullOutputStream());
				}
			}
			return status == 200;
		}

		/** Reads every row, as the API does. */
		boolean read(Question question, Ask ask) {
			try (var session = driver.session(read)) {
				session.executeRead(tx -> tx.run(question.query(), ask.parameters()).list());
			}
			return true;
		}
	}

	/**
	 * Every question a while on REST and on the driver before any is measured (five warm-up periods each), so that
	 * none is measured while the JIT still compiles the web stack, the driver and Neo4j's runtime (on two cores it takes
	 * tens of seconds), with the spare requests, which the measured runs never ask.
	 */
	private void warmUp(List<Question> questions, Requests requests) throws InterruptedException {
		for (Question question : questions) {
			List<Ask> spare = question.spare();
			loop(warmup.toNanos() * 5, 0, i -> {
				Ask ask = spare.get(i % spare.size());
				return requests.get(ask) & requests.read(question, ask);
			});
		}
	}

	/** The seed graph's example questions, each with its distinct requests drawn from the graph, shuffled by seed. */
	static List<Question> seedQuestions(BenchApp app, long seed) {
		Driver driver = app.bean(Driver.class);
		List<String> targets = ids(driver, "MATCH (t:Entity) WHERE COUNT { (t)<-[:SUPPORTS|OPPOSES]-(:Entity) } > 0 RETURN t.id AS id ORDER BY id");
		List<String> actors = ids(driver, "MATCH (a:Entity) WHERE COUNT { (a)<-[:BY]-(:Claim) } > 0 RETURN a.id AS id ORDER BY id");
		List<List<String>> backingOpposing = pairs(driver,
				"MATCH (b:Entity)<-[:SUPPORTS]-(:Entity)-[:OPPOSES]->(o:Entity) RETURN DISTINCT b.id AS a, o.id AS b ORDER BY a, b");
		List<List<String>> actorTarget = pairs(driver,
				"MATCH (a:Entity)-[r]->(t:Entity) WHERE type(r) IN $relations RETURN DISTINCT a.id AS a, t.id AS b ORDER BY a, b");
		List<Question> questions = new ArrayList<>();
		questions.add(backersOpposing(backingOpposing, seed));
		questions.add(question("positions on a target", StanceStatements.POSITIONS_COUNTED, targets, seed,
				(target, p) -> "/api/targets/" + encode(target) + "/positions?" + p,
				target -> Map.of("target", target)));
		questions.add(question("stances of an actor", StanceStatements.STANCES_COUNTED, actors, seed,
				(actor, p) -> "/api/actors/" + encode(actor) + "/stances?" + p,
				actor -> Map.of("actor", actor)));
		questions.add(question("timeline of an actor on a target", StanceStatements.TIMELINE_COUNTED, actorTarget, seed,
				(pair, p) -> "/api/actors/" + encode(pair.get(0)) + "/timeline?target=" + encode(pair.get(1)) + "&" + p,
				pair -> Map.of("actor", pair.get(0), "target", pair.get(1), "relations", Relation.names())));
		questions.add(question("evidence of an actor", StanceStatements.EVIDENCE_OF_ACTOR_COUNTED, actors, seed,
				(actor, p) -> "/api/evidence?actor=" + encode(actor) + "&" + p,
				actor -> evidenceParameters(actor)));
		return questions;
	}

	/** The example question on given (backing, opposing) pairs, e.g. the hub and rare ones of a generated corpus. */
	static Question backersOpposing(List<List<String>> pairs, long seed) {
		return question("backers-opposing", StanceStatements.BACKERS_OPPOSING, pairs, seed,
				(pair, p) -> "/api/queries/backers-opposing?backing=" + encode(pair.get(0)) + "&opposing=" + encode(pair.get(1)) + "&" + p,
				pair -> Map.of("backing", pair.get(0), "opposing", pair.get(1), "quotes", StanceService.DEFAULT_QUOTES));
	}

	/** The path and query string of a request about a subject. */
	interface PathOf<T> {
		String of(T subject, String certaintyAndPage);
	}

	/** The query's parameters for a subject, besides certainty and page. */
	interface ParametersOf<T> {
		Map<String, Object> of(T subject);
	}

	/**
	 * Every subject at every certainty and at page sizes 1 to 200 (the default is 25), shuffled: all distinct. The
	 * driver runs the same parameters, so the page sizes weigh on both sides alike.
	 */
	private static <T> Question question(String name, String query, List<T> subjects, long seed, PathOf<T> path,
			ParametersOf<T> parameters) {
		List<Ask> asks = new ArrayList<>();
		for (T subject : subjects) {
			for (Certainty certainty : Certainty.values()) {
				for (int limit = 1; limit <= 200; limit++) {
					Map<String, Object> p = new LinkedHashMap<>(parameters.of(subject));
					p.put("certainty", certainty.word());
					p.put("offset", 0);
					p.put("limit", limit);
					asks.add(new Ask(path.of(subject, "certainty=" + certainty.word() + "&limit=" + limit), p));
				}
			}
		}
		Collections.shuffle(asks, new Random(seed));
		return new Question(name, query, asks);
	}

	private static Map<String, Object> evidenceParameters(String actor) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("asOf", null);
		p.put("actor", actor);
		p.put("relations", Relation.names());
		p.put("target", null);
		return p;
	}

	private static List<String> ids(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().stream().map(r -> r.get("id").asString()).toList();
	}

	private static List<List<String>> pairs(Driver driver, String query) {
		return driver.executableQuery(query).withParameters(Map.of("relations", Relation.names())).execute().records().stream()
			.map(r -> List.of(r.get("a").asString(), r.get("b").asString())).toList();
	}

	interface Call {
		boolean call(int i) throws Exception;
	}

	/** What a loop measured after its warm-up, how many calls it made in all, and the JVM's CPU time while measuring. */
	private record Loop(Histogram latencies, long errors, long calls, long cpuNanos) {

		/** Two loops of one way as one: what both measured, and all their calls. */
		Loop plus(Loop other) {
			Histogram both = latencies.copy();
			both.add(other.latencies);
			return new Loop(both, errors + other.errors, calls + other.calls, cpuNanos + other.cpuNanos);
		}
	}

	/**
	 * Closed loop: each connection sends its next request when the last answered, for {@code warmupNanos} unrecorded,
	 * then {@code measureNanos} recorded.
	 */
	private Loop loop(long warmupNanos, long measureNanos, Call call) throws InterruptedException {
		long warmupEnd = System.nanoTime() + warmupNanos;
		long end = warmupEnd + measureNanos;
		AtomicInteger next = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		Histogram all = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
		long cpuNanos;
		try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
			List<Future<Histogram>> futures = new ArrayList<>();
			for (int t = 0; t < connections; t++) {
				futures.add(threads.submit(() -> {
					Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
					long now;
					while ((now = System.nanoTime()) < end) {
						boolean ok;
						try {
							ok = call.call(next.getAndIncrement());
						}
						catch (Exception ex) {
							ok = false;
						}
						long took = System.nanoTime() - now;
						if (now >= warmupEnd) {
							histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), took));
							if (!ok) {
								errors.incrementAndGet();
							}
						}
					}
					return histogram;
				}));
			}
			TimeUnit.NANOSECONDS.sleep(Math.max(0, warmupEnd - System.nanoTime()));
			long cpuStart = PROCESS.getProcessCpuTime();
			TimeUnit.NANOSECONDS.sleep(Math.max(0, end - System.nanoTime()));
			cpuNanos = PROCESS.getProcessCpuTime() - cpuStart;
			for (Future<Histogram> future : futures) {
				try {
					all.add(future.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		return new Loop(all, errors.get(), next.get(), cpuNanos);
	}

	/** REST cold over the driver, per question: how near the REST answer runs to its own query. */
	static Map<String, Double> restOverDriver(List<Result> results) {
		Map<String, Map<String, Double>> byQuestion = results.stream().collect(Collectors.groupingBy(Result::question,
				LinkedHashMap::new, Collectors.toMap(Result::way, Result::perSecond)));
		Map<String, Double> ratios = new LinkedHashMap<>();
		byQuestion.forEach((q, ways) -> ratios.put(q, ways.getOrDefault("REST cold", Double.NaN) / ways.getOrDefault("driver", Double.NaN)));
		return ratios;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
