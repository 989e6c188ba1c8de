package org.stancegraph.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.HdrHistogram.Histogram;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.stancegraph.ApiClient;
import org.stancegraph.bench.Latency;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.graph.Relation;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads during a concurrent ingest. A writer POSTs two versions of one claim file in turn: in version A one actor
 * SUPPORTS three targets, in B the same three claims say OPPOSES, so each POST flips three derived edges and three
 * claim nodes at once. Checkers read those edges over and over, through the REST API and in one read transaction
 * on the driver, and classify what they see: the state before the flip ("old"), after it ("new"), or anything else
 * ("between": one edge flipped and another not, both relations, an edge whose claim ids do not match).
 */
final class FlipCheck {

	static final String PREFIX = "zz-load-";

	enum State {
		A, B, BETWEEN
	}

	/** Who flips what: the holder, its targets (claim i is about target i), the cited source, and the two bodies. */
	record Setup(String holder, List<String> targets, List<String> claimIds, String source, String quote, String date) {
	}

	/**
	 * How often a read showed the old state, the new one, one between the two, or a consistent state no POST done or
	 * under way at the time accounts for ("unexplained").
	 */
	record Counts(long observations, long oldState, long newState, long between, long unexplained) {
	}

	/**
	 * What one checker saw: whole reads (all flipped edges, and what else the read checks, from one state) and single
	 * edges (each edge on its own: one relation with its own claim, not both, not none).
	 */
	record Observations(String check, String how, Counts reads, Counts edges, long errors, List<String> samples) {
	}

	record Result(Setup setup, long posts, long flips, long postsWithoutFlip, long postErrors, Latency postLatency,
			List<Observations> checks, List<String> postErrorSamples) {

		Observations check(String name) {
			return checks.stream().filter(c -> c.check().equals(name)).findFirst().orElseThrow();
		}
	}

	static final String DRIVER_CHECK = "driver, one read transaction, guarded by the commit signal";
	/** The same read without the guard: what Neo4j's read-committed isolation alone gives a Cypher client. */
	static final String RAW_DRIVER_CHECK = "driver, one read transaction, unguarded";

	/** An actor (of the kind given) with no claim on and no edge to n targets that other actors have positions on. */
	private static final String CHOOSE = """
			MATCH (h:Entity {kind: $holderKind})
			MATCH (t:Entity) WHERE t.kind IN $targetKinds AND t <> h
			  AND EXISTS { (t)<-[r]-(:Entity) WHERE type(r) IN $positions }
			  AND NOT EXISTS { (h)-[]->(t) }
			  AND NOT EXISTS { (h)<-[:BY]-(:Claim)-[:ABOUT]->(t) }
			WITH h, t ORDER BY t.id
			WITH h, collect(t.id) AS targets
			WHERE size(targets) >= $n
			WITH h.id AS holder, targets[0..$n] AS targets, COUNT { (h)<-[:BY]-() } AS claims
			RETURN holder, targets
			ORDER BY claims DESC, holder
			LIMIT 1
			""";

	private static final String SOURCE = """
			MATCH (s:Source) WHERE s.text IS NOT NULL AND s.published IS NOT NULL
			RETURN s.id AS id, toString(s.published) AS published, s.text AS text
			ORDER BY id
			LIMIT 1
			""";

	/** Every flipped edge and claim in one statement, so in one read transaction. */
	private static final String READ_FLIPPED = """
			MATCH (h:Entity {id: $holder})
			UNWIND $targets AS targetId
			MATCH (t:Entity {id: targetId})
			RETURN targetId,
			       [(h)-[r]->(t) WHERE type(r) IN $relations | {relation: type(r), claimIds: r.claimIds}] AS edges,
			       [(h)<-[:BY]-(c:Claim)-[:ABOUT]->(t) WHERE c.id STARTS WITH $prefix | {id: c.id, relation: c.relation}] AS claims
			""";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Setup setup;
	private final Map<State, byte[]> bodies;
	private final ApiClient api;
	private final String authorization;
	private final Driver driver;
	private final long pauseMillis;

	// posts sent (counted before sending) and answered 200 (counted after): a read between the two may see either state
	private final AtomicLong started = new AtomicLong();
	private final AtomicLong completed = new AtomicLong();
	private final AtomicBoolean running = new AtomicBoolean();
	private final List<Thread> threads = new ArrayList<>();
	private final List<Checker> checkers = new ArrayList<>();
	private final Histogram postHistogram = ReadLoad.histogram();
	private final List<String> postErrorSamples = new ArrayList<>();
	private long flips;
	private final CommitSignal commits;
	private long postsWithoutFlip;
	private long postErrors;

	private FlipCheck(Setup setup, LoadApp app, long pauseMillis) {
		this.setup = setup;
		this.bodies = Map.of(State.A, body(setup, Relation.SUPPORTS), State.B, body(setup, Relation.OPPOSES));
		this.api = new ApiClient(app.port());
		this.authorization = ApiClient.basic(LoadApp.WRITER, app.writerPassword());
		this.driver = app.driver();
		this.commits = app.commits();
		this.pauseMillis = pauseMillis;
	}

	/** Chooses the holder, targets and source from the graph, and posts version A: the state before any flip. */
	static FlipCheck prepare(LoadApp app, int targets, long pauseMillis) {
		Driver driver = app.driver();
		Setup setup;
		try (var session = driver.session(read())) {
			setup = session.executeRead(tx -> {
				var found = tx.run(CHOOSE, Map.of("holderKind", "State", "targetKinds", List.of("Proposition", "Instrument"),
						"positions", List.of(Relation.SUPPORTS.name(), Relation.OPPOSES.name()), "n", targets)).list();
				if (found.isEmpty()) {
					throw new IllegalStateException("no State without claims on " + targets + " propositions or instruments "
							+ "that others take positions on: nothing to flip");
				}
				var chosen = found.getFirst();
				var source = tx.run(SOURCE).single();
				List<String> ids = IntStream.rangeClosed(1, targets).mapToObj(i -> PREFIX + i).toList();
				return new Setup(chosen.get("holder").asString(), chosen.get("targets").asList(Value::asString), ids,
						source.get("id").asString(), quote(source.get("text").asString()), source.get("published").asString());
			});
		}
		FlipCheck check = new FlipCheck(setup, app, pauseMillis);
		var first = check.post(State.A);
		if (first.status() != 200) {
			throw new IllegalStateException("posting version A failed: HTTP " + first.status() + " " + first.text());
		}
		State state = check.readOnDriver().state();
		if (state != State.A) {
			throw new IllegalStateException("after posting version A the graph is in state " + state);
		}
		return check;
	}

	/** The first line of the source's text (its title), cut at a word within 120 characters: verbatim in it. */
	private static String quote(String text) {
		String line = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
		if (line.length() <= 120) {
			return line;
		}
		int cut = line.lastIndexOf(' ', 120);
		return line.substring(0, cut > 20 ? cut : 120).strip();
	}

	private static byte[] body(Setup setup, Relation relation) {
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < setup.targets().size(); i++) {
			Map<String, Object> claim = new LinkedHashMap<>();
			claim.put("id", setup.claimIds().get(i));
			claim.put("holder", setup.holder());
			claim.put("relation", relation.name());
			claim.put("target", setup.targets().get(i));
			claim.put("date", setup.date());
			claim.put("quote", setup.quote());
			claims.add(claim);
		}
		// written by the YAML mapper, so that whatever the quote holds is quoted right
		return YAML.writeValueAsString(Map.of("source", setup.source(), "claims", claims)).getBytes(StandardCharsets.UTF_8);
	}

	Setup setup() {
		return setup;
	}

	/** The state after post k: A after an even number of posts (the setup's post is number 0), else B. */
	private static State after(long k) {
		return k % 2 == 0 ? State.A : State.B;
	}

	private ApiClient.Answer post(State version) {
		return api.post("/api/claims", "application/yaml", bodies.get(version), "Authorization", authorization);
	}

	/** Starts the writer and the checkers; they run until {@link #stop()}. */
	void start() {
		running.set(true);
		checkers.add(new Checker("REST stances", "GET /api/actors/" + setup.holder() + "/stances?limit=1000: "
				+ "the claims, one statement (of three) in one read transaction", this::readStances));
		checkers.add(new Checker("REST matrix", "GET /api/matrix?actors=" + setup.holder() + "&targets=" + String.join(",", setup.targets())
				+ ": the edges, one statement (of two) in one read transaction", this::readMatrix));
		checkers.add(new Checker("REST positions", "GET /api/targets/{target}/positions?limit=1000, the targets in turn: "
				+ "the edges and, in another statement of the same read transaction, the counts per relation", this::readPositions));
		checkers.add(new Checker(DRIVER_CHECK, "every flipped edge and claim in one statement, one read transaction, read "
				+ "again while the commit signal (seq, committing) says a commit overlapped it, as the REST API does", this::readGuarded));
		checkers.add(new Checker(RAW_DRIVER_CHECK, "the same statement without the guard (reported, not failed on)",
				this::readOnDriver));
		checkers.forEach(c -> threads.add(Thread.ofPlatform().name("check-" + c.name).start(c)));
		threads.add(Thread.ofPlatform().name("flip-writer").start(this::write));
	}

	Result stop() throws InterruptedException {
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		return new Result(setup, started.get(), flips, postsWithoutFlip, postErrors, Latency.of(postHistogram, 0),
				checkers.stream().map(Checker::observations).toList(), List.copyOf(postErrorSamples));
	}

	private void write() {
		long k = 0;
		while (running.get()) {
			State next = after(k + 1);
			started.incrementAndGet();
			long t0 = System.nanoTime();
			ApiClient.Answer answer;
			try {
				answer = post(next);
			}
			catch (RuntimeException ex) {
				postErrors++;
				postErrorSamples.add(ex.toString());
				// from here on the state is unknown: the writer stops, the checkers go on reading
				return;
			}
			postHistogram.recordValue(Math.min(postHistogram.getHighestTrackableValue(), System.nanoTime() - t0));
			if (answer.status() != 200) {
				postErrors++;
				postErrorSamples.add("HTTP " + answer.status() + ": " + answer.text());
				return;
			}
			if (answer.body().path("changedClaims").asInt() == setup.targets().size()) {
				flips++;
			}
			else {
				postsWithoutFlip++;
			}
			completed.set(++k);
			sleep(pauseMillis);
		}
	}

	/** What a read saw: its state as a whole, each edge's (BETWEEN for a torn edge), and in words what it saw. */
	record Seen(State state, Map<String, State> edges, String detail) {
	}

	interface Read {
		Seen read() throws Exception;
	}

	/** Counts one kind of observation against the posts done before the read and sent by its end. */
	private static final class Tally {
		long observations, oldState, newState, between, unexplained;

		/** false when the state is neither old nor new. */
		boolean count(State state, long done, long sent) {
			observations++;
			if (state == State.BETWEEN) {
				between++;
				return false;
			}
			if (state == after(done)) {
				oldState++;
			}
			else if (sent > done) {
				// a post was under way during the read: its state is the new one
				newState++;
			}
			else {
				unexplained++;
				return false;
			}
			return true;
		}

		Counts counts() {
			return new Counts(observations, oldState, newState, between, unexplained);
		}
	}

	/** One checker thread: reads, classifies the read and each edge in it, counts. */
	private final class Checker implements Runnable {
		final String name;
		final String how;
		final Read read;
		final Tally reads = new Tally();
		final Tally edges = new Tally();
		long errors;
		final List<String> samples = new ArrayList<>();

		Checker(String name, String how, Read read) {
			this.name = name;
			this.how = how;
			this.read = read;
		}

		@Override
		public void run() {
			while (running.get()) {
				long done = completed.get();
				Seen seen;
				try {
					seen = read.read();
				}
				catch (Exception ex) {
					errors++;
					sample("error: " + ex);
					continue;
				}
				long sent = started.get();
				boolean fine = reads.count(seen.state(), done, sent);
				for (State edge : seen.edges().values()) {
					fine &= edges.count(edge, done, sent);
				}
				if (!fine) {
					sample(seen.state() + " after post " + done + ", posts sent " + sent + ": " + seen.detail());
				}
			}
		}

		private void sample(String text) {
			if (samples.size() < 10) {
				samples.add(text);
			}
		}

		Observations observations() {
			return new Observations(name, how, reads.counts(), edges.counts(), errors, List.copyOf(samples));
		}
	}

	/**
	 * A read's state from the relations seen per target (claim i on target i): an edge with SUPPORTS alone is in state
	 * A, with OPPOSES alone in B, else torn; the read is A or B when every edge is and nothing else in it disagrees
	 * ({@code problems}: claim nodes, counts), else between. A relation with the wrong claims carries them in its text.
	 */
	private Seen classify(Map<String, List<String>> relations, List<String> problems) {
		Map<String, State> edges = new TreeMap<>();
		relations.forEach((target, seen) -> edges.put(target, seen.equals(List.of(Relation.SUPPORTS.name())) ? State.A
				: seen.equals(List.of(Relation.OPPOSES.name())) ? State.B : State.BETWEEN));
		State state = problems.isEmpty() && edges.values().stream().distinct().count() == 1 ? edges.values().iterator().next()
				: State.BETWEEN;
		return new Seen(state, edges, relations + (problems.isEmpty() ? "" : " " + problems));
	}

	private static Relation relation(State state) {
		return state == State.A ? Relation.SUPPORTS : Relation.OPPOSES;
	}

	/** The claim about target i. */
	private String expectedClaims(String target) {
		return setup.claimIds().get(setup.targets().indexOf(target));
	}

	Seen readOnDriver() {
		try (var session = driver.session(read())) {
			return session.executeRead(tx -> {
				Map<String, List<String>> seen = new TreeMap<>();
				List<String> problems = new ArrayList<>();
				tx.run(READ_FLIPPED, Map.of("holder", setup.holder(), "targets", setup.targets(), "prefix", PREFIX,
						"relations", Relation.names())).list().forEach(row -> {
					String target = row.get("targetId").asString();
					List<String> relations = new ArrayList<>();
					List<String> claimIds = List.of(expectedClaims(target));
					row.get("edges").asList(v -> v).forEach(edge -> {
						// null while a commit is half applied: an edge whose properties are gone or not there yet
						List<String> ids = edge.get("claimIds").isNull() ? null : edge.get("claimIds").asList(Value::asString);
						relations.add(edge.get("relation").asString() + (claimIds.equals(ids) ? "" : " edge claimIds " + ids));
					});
					List<Value> claims = row.get("claims").asList(v -> v);
					// the claim node must say what the edge says
					String claimRelations = claims.stream().map(c -> c.get("id").asString() + ":" + c.get("relation").asString()).toList().toString();
					boolean claimsAgree = claims.size() == 1 && claims.getFirst().get("id").asString().equals(claimIds.getFirst())
							&& relations.size() == 1 && claims.getFirst().get("relation").asString().equals(relations.getFirst());
					if (!claimsAgree) {
						problems.add(target + ": claims " + claimRelations);
					}
					seen.put(target, relations);
				});
				if (seen.size() != setup.targets().size()) {
					problems.add("targets missing");
				}
				return classify(seen, problems);
			});
		}
	}

	/** The sequence-lock protocol of {@link CommitSignal} around {@link #readOnDriver()}, as a Cypher client would use it. */
	Seen readGuarded() throws InterruptedException {
		while (true) {
			CommitSignal.State before = commits.state();
			if (before.committing()) {
				Thread.sleep(2);
				continue;
			}
			Seen seen = readOnDriver();
			if (commits.state().seq() == before.seq()) {
				return seen;
			}
		}
	}

	private Seen readStances() {
		JsonNode body = get("/api/actors/" + setup.holder() + "/stances?limit=1000");
		Map<String, List<String>> seen = new TreeMap<>();
		setup.targets().forEach(t -> seen.put(t, new ArrayList<>()));
		ApiClient.stream(body.get("stances")).filter(s -> s.path("claimId").asString().startsWith(PREFIX)).forEach(s -> {
			String target = s.at("/target/id").asString();
			boolean match = Objects.equals(expectedClaims(target), s.path("claimId").asString());
			seen.computeIfAbsent(target, t -> new ArrayList<>())
				.add(s.path("relation").asString() + (match ? "" : " claim " + s.path("claimId").asString()));
		});
		return classify(seen, List.of());
	}

	private Seen readMatrix() {
		JsonNode body = get("/api/matrix?actors=" + setup.holder() + "&targets=" + String.join(",", setup.targets()));
		Map<String, List<String>> seen = new TreeMap<>();
		setup.targets().forEach(t -> seen.put(t, new ArrayList<>()));
		ApiClient.stream(body.get("cells")).forEach(cell -> {
			String target = cell.path("target").asString();
			List<String> claimIds = List.of(expectedClaims(target));
			ApiClient.stream(cell.get("relations")).forEach(r -> seen.get(target).add(r.path("relation").asString()
					+ (ApiClient.ids(r.get("claims"), "").equals(claimIds) ? "" : " claims " + ApiClient.ids(r.get("claims"), ""))));
		});
		return classify(seen, List.of());
	}

	private long positionsRead;

	/** One target per read; the counts (their own statement) must agree with the edges listed. */
	private Seen readPositions() {
		String target = setup.targets().get((int) (positionsRead++ % setup.targets().size()));
		JsonNode body = get("/api/targets/" + target + "/positions?limit=1000");
		List<String> relations = new ArrayList<>();
		List<String> disagreements = new ArrayList<>();
		body.path("by").properties().forEach(entry -> {
			long listed = entry.getValue().size();
			long counted = body.path("counts").path(entry.getKey()).asLong(0);
			if (listed != counted) {
				disagreements.add(entry.getKey() + " counted " + counted + ", listed " + listed);
			}
			ApiClient.stream(entry.getValue()).filter(p -> p.at("/actor/id").asString().equals(setup.holder()))
				.forEach(p -> relations.add(entry.getKey()
						+ (ApiClient.ids(p.get("claims"), "").equals(List.of(expectedClaims(target))) ? "" : " claims " + ApiClient.ids(p.get("claims"), ""))));
		});
		body.path("counts").properties().forEach(entry -> {
			if (!body.path("by").has(entry.getKey())) {
				disagreements.add(entry.getKey() + " counted " + entry.getValue().asLong() + ", listed 0");
			}
		});
		if (!disagreements.isEmpty()) {
			disagreements.addFirst("counts disagree with the edges");
		}
		return classify(Map.of(target, relations), disagreements);
	}

	private JsonNode get(String path) {
		ApiClient.Answer answer = api.get(path);
		if (answer.status() != 200) {
			throw new IllegalStateException(path + ": HTTP " + answer.status() + " " + answer.text());
		}
		return answer.body();
	}

	private static SessionConfig read() {
		return SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
	}

	private static void sleep(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
