package org.stancegraph.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.stancegraph.bench.Latency;

/**
 * The read load: a fixed number of connections, each its own HTTP/1.1 client on its own thread, sending its next
 * request as soon as the last answer has been read (a closed loop, as RestBench runs one endpoint), for a warm-up
 * and then the measured time. Any transport exception and any status but 200 is an error.
 */
final class ReadLoad {

	/** One endpoint's figures over the measured time; statuses by class ("2xx" ...), latency in ms. */
	record EndpointResult(String endpoint, int variants, long requests, long errors, long transportErrors,
			Map<String, Long> statuses, Latency latency, double p90) {
	}

	/** The whole load: measured requests, plus what the warm-up sent and how often it failed. */
	record Result(int connections, long warmupSeconds, long seconds, long requests, double perSecond, long errors,
			long transportErrors, long status5xx, Map<String, Long> statuses, Latency latency, double p90,
			long warmupRequests, long warmupErrors, List<EndpointResult> endpoints, List<String> errorSamples) {
	}

	private static final int MAX_SAMPLES = 20;

	/** What one endpoint collects from every connection; histograms in nanoseconds. */
	private static final class Tally {
		final ConcurrentHistogram histogram = histogram();
		final LongAdder requests = new LongAdder();
		final LongAdder errors = new LongAdder();
		final LongAdder transportErrors = new LongAdder();
		final LongAdder[] statusClasses = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() };
	}

	private final ReadMix mix;
	private final String base;
	private final int connections;
	private final Duration warmup;
	private final Duration duration;

	ReadLoad(ReadMix mix, int port, int connections, Duration warmup, Duration duration) {
		this.mix = mix;
		this.base = "http://127.0.0.1:" + port;
		this.connections = connections;
		this.warmup = warmup;
		this.duration = duration;
	}

	Result run() throws InterruptedException {
		List<Tally> tallies = mix.endpoints().stream().map(e -> new Tally()).toList();
		LongAdder warmupRequests = new LongAdder();
		LongAdder warmupErrors = new LongAdder();
		Queue<String> samples = new ConcurrentLinkedQueue<>();
		long warmupEnd = System.nanoTime() + warmup.toNanos();
		long end = warmupEnd + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			int connection = c;
			threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
				// one client per connection: its own keep-alive connection, not a pool shared by all threads
				try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(5)).build()) {
					int[] endpoint = new int[1];
					// connections start at different places of the mix, so that they do not send the same request together
					long i = (long) connection * 7_919;
					long now;
					while ((now = System.nanoTime()) < end) {
						ReadMix.Call call = mix.call(i++, endpoint);
						int status = -1;
						String failure = null;
						try {
							HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + call.path()))
								.header("Accept", call.accept()).timeout(Duration.ofSeconds(30)).GET().build(),
									HttpResponse.BodyHandlers.ofByteArray());
							status = response.statusCode();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception ex) {
							failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
						}
						long took = System.nanoTime() - now;
						boolean error = status != 200;
						if (error && samples.size() < MAX_SAMPLES) {
							samples.add(call.path() + " -> " + (failure != null ? failure : "HTTP " + status));
						}
						if (now < warmupEnd) {
							warmupRequests.increment();
							if (error) {
								warmupErrors.increment();
							}
							continue;
						}
						Tally tally = tallies.get(endpoint[0]);
						tally.requests.increment();
						tally.histogram.recordValue(Math.min(tally.histogram.getHighestTrackableValue(), took));
						if (failure != null) {
							tally.transportErrors.increment();
						}
						else {
							tally.statusClasses[Math.clamp(status / 100 - 1, 0, 4)].increment();
						}
						if (error) {
							tally.errors.increment();
						}
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return result(tallies, warmupRequests.sum(), warmupErrors.sum(), List.copyOf(samples));
	}

	private Result result(List<Tally> tallies, long warmupRequests, long warmupErrors, List<String> samples) {
		Histogram all = histogram();
		List<EndpointResult> endpoints = new ArrayList<>();
		long[] classes = new long[5];
		long errors = 0;
		long transport = 0;
		for (int e = 0; e < tallies.size(); e++) {
			Tally tally = tallies.get(e);
			all.add(tally.histogram);
			long[] statuses = new long[5];
			for (int s = 0; s < 5; s++) {
				statuses[s] = tally.statusClasses[s].sum();
				classes[s] += statuses[s];
			}
			errors += tally.errors.sum();
			transport += tally.transportErrors.sum();
			ReadMix.Endpoint endpoint = mix.endpoints().get(e);
			endpoints.add(new EndpointResult(endpoint.name(), endpoint.calls().size(), tally.requests.sum(), tally.errors.sum(),
					tally.transportErrors.sum(), statuses(statuses), Latency.of(tally.histogram, 0), p90(tally.histogram)));
		}
		double seconds = duration.toNanos() / 1e9;
		return new Result(connections, warmup.toSeconds(), duration.toSeconds(), all.getTotalCount(), all.getTotalCount() / seconds,
				errors, transport, classes[4], statuses(classes), Latency.of(all, 0), p90(all), warmupRequests, warmupErrors,
				endpoints, samples);
	}

	private static Map<String, Long> statuses(long[] classes) {
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (int s = 0; s < classes.length; s++) {
			if (classes[s] > 0) {
				statuses.put((s + 1) + "xx", classes[s]);
			}
		}
		return statuses;
	}

	/** Latency's figures stop at p99; the report also has p90, in ms like the others. */
	static double p90(Histogram histogram) {
		return Math.round(histogram.getValueAtPercentile(90) / 1e3) / 1e3;
	}

	/** 1 microsecond to 1 minute at 3 significant digits: the 30 s request timeout fits. */
	static ConcurrentHistogram histogram() {
		return new ConcurrentHistogram(1_000, TimeUnit.MINUTES.toNanos(1), 3);
	}
}
