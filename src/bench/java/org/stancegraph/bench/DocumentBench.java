package org.stancegraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.HedgeCues;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewed article saved in one request, as the add-document page saves it: a new document with ten claims,
 * {@code POST /api/documents} with the writer's login, timed from the request to the answer on loopback. Beside it, in
 * the same run and on the same graph, two baselines: the same request with {@code dryRun=true} (the validation alone,
 * nothing written), sent just before the save, and ten more claims on the same triples posted as a claim file to the
 * document just saved ({@code POST /api/claims}: loading claims without adding a document). Each document is a new
 * text (a duplicate text is refused) with its own id; its claims are ten SUPPORTS and OPPOSES triples the graph holds
 * already, so that they name known entities and add evidence to existing edges. The documents stay in the graph.
 */
final class DocumentBench {

	/** How many claims a reviewed article has: the "a reviewed article of ten claims loaded in one request". */
	static final int CLAIMS = 10;

	/** One way of sending the ten claims: latency over the measured documents (warm-up excluded), in ms. */
	record Result(String way, int claimsPerRequest, int requests, int errors, double p50, double p95, double max, double mean) {
	}

	/** The measurement on one graph: which graph, how many claims it held, and the three ways. */
	record Run(String graph, int claimsInGraph, int documents, int warmup, List<Result> results) {
	}

	/** A stance the graph holds, with the names its sentences use. */
	record Triple(String holder, String holderName, Relation relation, String target, String targetName) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 20);

	private final BenchApp app;
	private final int documents;
	private final int warmup;

	DocumentBench(BenchApp app, int documents, int warmup) {
		this.app = app;
		this.documents = documents;
		this.warmup = warmup;
	}

	/**
	 * Ten distinct SUPPORTS or OPPOSES triples of the set, drawn deterministically, whose sentences carry no word the
	 * validator reads as a hedge of a reported claim.
	 */
	static List<Triple> draw(ClaimSet set, long seed) {
		Map<String, String> names = new LinkedHashMap<>();
		set.entities().forEach(e -> names.put(e.id(), e.name()));
		List<ClaimDefinition> stances = new ArrayList<>(set.claims().stream()
			.filter(c -> c.relation() == Relation.SUPPORTS || c.relation() == Relation.OPPOSES).toList());
		Collections.shuffle(stances, new Random(seed));
		Set<List<String>> seen = new LinkedHashSet<>();
		List<Triple> triples = new ArrayList<>();
		for (ClaimDefinition c : stances) {
			Triple t = new Triple(c.holder(), names.getOrDefault(c.holder(), c.holder()), c.relation(), c.target(),
					names.getOrDefault(c.target(), c.target()));
			if (HedgeCues.unexpected(Certainty.REPORTED, sentence(t, "0.0", false)).isEmpty()
					&& seen.add(List.of(t.holder(), t.relation().name(), t.target())) && triples.size() < CLAIMS) {
				triples.add(t);
			}
		}
		if (triples.size() < CLAIMS) {
			throw new IllegalStateException("the graph holds fewer than " + CLAIMS + " usable SUPPORTS and OPPOSES triples");
		}
		return List.copyOf(triples);
	}

	Run run(String graph, int claimsInGraph, List<Triple> triples) throws InterruptedException {
		String run = Long.toString(System.currentTimeMillis(), 36);
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((BenchApp.WRITER + ":" + BenchApp.WRITER_PASSWORD).getBytes(StandardCharsets.UTF_8));
		String base = "http://127.0.0.1:" + app.port();
		List<long[]> nanos = List.of(new long[documents], new long[documents], new long[documents]);
		int[] errors = new int[3];
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
			for (int n = 0; n < warmup + documents; n++) {
				String id = "bench-doc-" + run + "-" + n;
				byte[] document = JSON.writeValueAsBytes(document(id, n, triples));
				byte[] claimFile = JSON.writeValueAsBytes(claimFile(id, n, triples));
				int measured = n - warmup;
				// validation alone first, then the save on the same graph, then ten claims onto the saved document
				long[] took = { send(http, base + "/api/documents?dryRun=true", document, authorization, 200),
						send(http, base + "/api/documents", document, authorization, 201),
						send(http, base + "/api/claims", claimFile, authorization, 200) };
				for (int way = 0; way < 3; way++) {
					if (measured >= 0) {
						nanos.get(way)[measured] = Math.abs(took[way]);
						errors[way] += took[way] < 0 ? 1 : 0;
					}
				}
			}
		}
		List<Result> results = List.of(
				result("POST /api/documents: a new document with " + CLAIMS + " claims, saved", nanos.get(1), errors[1]),
				result("the same with dryRun=true: validated, nothing written", nanos.get(0), errors[0]),
				result("POST /api/claims: " + CLAIMS + " claims onto the document just saved", nanos.get(2), errors[2]));
		return new Run(graph, claimsInGraph, documents, warmup, results);
	}

	/** The request the add-document page sends: the document's metadata, its text, its ten claims. */
	private static Map<String, Object> document(String id, int n, List<Triple> triples) {
		StringBuilder text = new StringBuilder("Benchmark article " + id + ", written for the benchmark.\n\n");
		for (int k = 0; k < triples.size(); k++) {
			text.append(sentence(triples.get(k), n + "." + k, false)).append(' ').append(sentence(triples.get(k), n + "." + k, true))
				.append('\n');
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("title", "Benchmark article " + n);
		body.put("publisher", "Stancegraph benchmark");
		body.put("published", PUBLISHED.toString());
		body.put("publishedBasis", "Written by the benchmark, dated on a day of the events.");
		body.put("text", text.toString());
		body.put("claims", claims(id, n, triples, false));
		return body;
	}

	/** A claim file of ten more claims (their second sentences) on the document {@code id}. */
	private static Map<String, Object> claimFile(String id, int n, List<Triple> triples) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("source", id);
		file.put("claims", claims(id, n, triples, true));
		return file;
	}

	private static List<Map<String, Object>> claims(String id, int n, List<Triple> triples, boolean second) {
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int k = 0; k < triples.size(); k++) {
			Triple t = triples.get(k);
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("id", id + (second ? "-again-" : "-") + k);
			claim.put("holder", t.holder());
			claim.put("relation", t.relation().name());
			claim.put("target", t.target());
			claim.put("date", PUBLISHED.toString());
			claim.put("certainty", Certainty.REPORTED.word());
			claim.put("quote", sentence(t, n + "." + k, second));
			claims.add(claim);
		}
		return claims;
	}

	/** One sentence of a document, its quote: numbered, so that every document's text is new. */
	private static String sentence(Triple t, String number, boolean second) {
		String verb = t.relation() == Relation.SUPPORTS ? "supports" : "opposes";
		return second ? "A second account of item " + number + " has " + t.holderName() + " as it " + verb + " " + t.targetName() + "."
				: "Item " + number + ": " + t.holderName() + " " + verb + " " + t.targetName() + ".";
	}

	/** The time a request took in nanoseconds; negative when its answer was not the status expected. */
	private static long send(HttpClient http, String uri, byte[] body, String authorization, int expected) throws InterruptedException {
		long started = System.nanoTime();
		int status;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
				.header("Accept", "application/json").header("Authorization", authorization)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (status != expected) {
				Benchmark.log("  %s answered %d: %s", uri, status, response.body().lines().findFirst().orElse(""));
			}
		}
		catch (java.io.IOException ex) {
			Benchmark.log("  %s failed: %s", uri, ex);
			status = -1;
		}
		long took = Math.max(1, System.nanoTime() - started);
		return status == expected ? took : -took;
	}

	private static Result result(String way, long[] nanos, int errors) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
		return new Result(way, CLAIMS, sorted.length, errors, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
				millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), Math.round(mean * 1e3) / 1e3);
	}

	/** The nearest-rank percentile of sorted values. */
	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e3) / 1e3;
	}
}
