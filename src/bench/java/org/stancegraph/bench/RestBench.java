package org.stancegraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.Paging;

/**
 * Throughput under concurrent load: the REST endpoint of the example question, over HTTP on loopback with a fixed
 * number of connections each sending its next request when the last answer arrived, against the same queries
 * the endpoint runs, sent straight through the Neo4j driver by as many threads.
 */
final class RestBench {

	record Result(String way, int connections, long seconds, long requests, long errors, double perSecond, Latency latency) {
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

	List<Result> run(List<List<String>> pairs) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		String base = "http://127.0.0.1:" + app.port() + "/api/queries/backers-opposing";
		List<URI> uris = pairs.stream().map(p -> URI.create(base + "?backing=" + encode(p.get(0)) + "&opposing=" + encode(p.get(1))))
			.toList();
		Result rest = load("REST GET /api/queries/backers-opposing (Spring MVC, JSON)", i -> {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uris.get(Math.floorMod(i, uris.size())))
				.header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			return response.statusCode() == 200;
		});

		Driver driver = app.bean(Driver.class);
		SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		String backersOpposing = QueryFile.question("01_backers_of_resolution_opposing_turkish_participation.cypher").query();
		Result direct = load("the same query on the Neo4j driver", i -> {
			List<String> pair = pairs.get(Math.floorMod(i, pairs.size()));
			try (var session = driver.session(read)) {
				// the REST endpoint's default minimum certainty
				session.executeRead(tx -> tx.run(backersOpposing, Map.of("backing", pair.get(0), "opposing", pair.get(1),
						"certainty", MinimumCertainty.DEFAULT, "offset", 0, "limit", Paging.DEFAULT_LIMIT)).single());
			}
			return true;
		});
		http.close();
		return List.of(rest, direct);
	}

	interface Call {
		boolean call(int i) throws Exception;
	}

	private Result load(String way, Call call) throws InterruptedException {
		long warmupEnd = System.nanoTime() + warmup.toNanos();
		long end = warmupEnd + duration.toNanos();
		AtomicLong errors = new AtomicLong();
		List<Histogram> histograms = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
			List<Future<Histogram>> futures = new ArrayList<>();
			for (int t = 0; t < connections; t++) {
				int thread = t;
				futures.add(threads.submit(() -> {
					Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
					int i = thread * 1_000;
					long now;
					while ((now = System.nanoTime()) < end) {
						boolean ok;
						try {
							ok = call.call(i++);
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
			for (Future<Histogram> future : futures) {
				try {
					histograms.add(future.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		Histogram all = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
		histograms.forEach(all::add);
		double seconds = duration.toNanos() / 1e9;
		return new Result(way, connections, duration.toSeconds(), all.getTotalCount(), errors.get(),
				all.getTotalCount() / seconds, Latency.of(all, 0));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
