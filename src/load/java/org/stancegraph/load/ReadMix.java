package org.stancegraph.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.stancegraph.graph.Relation;

/**
 * The requests the read load sends: every read endpoint of the REST API, each with parameters taken from the graph
 * the app serves (ids, aliases, claim dates, actor-target pairs), so that every request is valid and anything but a
 * 200 is an error. Endpoints get equal shares; within one, its variants take turns.
 */
record ReadMix(List<Endpoint> endpoints) {

	/** One request: the path with its query string, and what it accepts. */
	record Call(String path, String accept) {
	}

	/** A read endpoint (with one way of calling it) and the requests that call it. */
	record Endpoint(String name, List<Call> calls) {
	}

	static final String JSON = "application/json";

	/** The i-th request: endpoint i mod n, then that endpoint's variants in turn. */
	Call call(long i, int[] endpointOut) {
		int e = (int) Math.floorMod(i, (long) endpoints.size());
		endpointOut[0] = e;
		List<Call> calls = endpoints.get(e).calls();
		return calls.get((int) Math.floorMod(i / endpoints.size(), (long) calls.size()));
	}

	int variants() {
		return endpoints.stream().mapToInt(e -> e.calls().size()).sum();
	}

	private static final String ENTITIES = """
			MATCH (e:Entity)
			RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases
			ORDER BY id
			""";

	/** Targets of derived stance edges, busiest first, with the relations they receive. */
	private static final String TARGETS = """
			MATCH (t:Entity)<-[r]-(:Entity)
			WHERE type(r) IN $relations
			RETURN t.id AS id, collect(DISTINCT type(r)) AS relations, count(r) AS edges
			ORDER BY edges DESC, id
			""";

	private static final String ACTORS = """
			MATCH (a:Entity)<-[:BY]-(c:Claim)
			RETURN a.id AS id, count(c) AS claims
			ORDER BY claims DESC, id
			""";

	private static final String TRIPLES = """
			MATCH (c:Claim)
			RETURN DISTINCT c.holder AS actor, c.relation AS relation, c.target AS target
			ORDER BY actor, relation, target
			""";

	private static final String DATES = """
			MATCH (c:Claim) WHERE c.date IS NOT NULL
			RETURN DISTINCT toString(c.date) AS date
			ORDER BY date
			""";

	private static final String BACKERS_OPPOSING = """
			MATCH (b:Entity)<-[:SUPPORTS]-(:Entity)-[:OPPOSES]->(o:Entity)
			WHERE b <> o
			RETURN DISTINCT b.id AS backing, o.id AS opposing
			ORDER BY backing, opposing
			""";

	/** Instruments voted on: by a tally or by claims that name a member's vote. */
	private static final String VOTED = """
			MATCH (i:Entity)
			WHERE EXISTS { (i)<-[:ON]-(:Vote) } OR EXISTS { MATCH (i)<-[:ABOUT]-(c:Claim) WHERE c.vote IS NOT NULL }
			RETURN i.id AS id
			ORDER BY id
			""";

	/**
	 * Reads the graph once, before the load, and draws up to {@code perEndpoint} variants for each endpoint with a
	 * seeded random, so that two runs with the same seed send the same requests.
	 */
	static ReadMix fromGraph(Driver driver, int perEndpoint, long seed) {
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> {
				Graph graph = new Graph(tx.run(ENTITIES).list(), tx.run(TARGETS, Map.of("relations", stanceRelations())).list(),
						tx.run(ACTORS).list(), tx.run(TRIPLES).list(), tx.run(DATES).list(r -> r.get("date").asString()),
						tx.run(BACKERS_OPPOSING).list(), tx.run(VOTED).list(r -> r.get("id").asString()));
				return graph.mix(perEndpoint, new Random(seed));
			});
		}
	}

	/** Position and participation relations: the edges positions, matrix and backers-opposing read. */
	private static List<String> stanceRelations() {
		return Relation.names().stream().filter(name -> Relation.valueOf(name).isStance()).toList();
	}

	private record Graph(List<Record> entities, List<Record> targets, List<Record> actors, List<Record> triples,
			List<String> dates, List<Record> backersOpposing, List<String> voted) {

		ReadMix mix(int n, Random random) {
			List<String> actorIds = actors.stream().map(r -> r.get("id").asString()).toList();
			List<String> targetIds = targets.stream().map(r -> r.get("id").asString()).toList();
			List<Endpoint> endpoints = new ArrayList<>();
			add(endpoints, "GET /api/entities?q", draw(searchTerms(), n, random).stream()
				.map(q -> json("/api/entities?q=" + encode(q))).toList());
			add(endpoints, "GET /api/entities?q&kind", draw(entities, n, random).stream()
				.map(e -> json("/api/entities?q=" + encode(e.get("name").asString()) + "&kind=" + e.get("kind").asString())).toList());
			add(endpoints, "GET /api/entities/{id}", draw(entities, n, random).stream()
				.map(e -> json("/api/entities/" + e.get("id").asString())).toList());
			add(endpoints, "GET /api/targets/{id}/positions", draw(targetIds, n, random).stream()
				.map(t -> json("/api/targets/" + t + "/positions")).toList());
			add(endpoints, "GET /api/targets/{id}/positions?relation", repeat(n, () -> {
				Record t = targets.get(random.nextInt(targets.size()));
				List<String> relations = t.get("relations").asList(v -> v.asString());
				return json("/api/targets/" + t.get("id").asString() + "/positions?relation="
						+ relations.get(random.nextInt(relations.size())));
			}, targets));
			add(endpoints, "GET /api/targets/{id}/positions?asOf", repeat(n,
					() -> json("/api/targets/" + pick(targetIds, random) + "/positions?asOf=" + pick(dates, random)), targetIds, dates));
			add(endpoints, "GET /api/actors/{id}/stances", draw(actorIds, n, random).stream()
				.map(a -> json("/api/actors/" + a + "/stances")).toList());
			add(endpoints, "GET /api/actors/{id}/stances?asOf", repeat(n,
					() -> json("/api/actors/" + pick(actorIds, random) + "/stances?asOf=" + pick(dates, random)), actorIds, dates));
			add(endpoints, "GET /api/actors/{id}/timeline", draw(actorIds, n, random).stream()
				.map(a -> json("/api/actors/" + a + "/timeline")).toList());
			add(endpoints, "GET /api/actors/{id}/timeline?target", draw(triples, n, random).stream()
				.map(t -> json("/api/actors/" + t.get("actor").asString() + "/timeline?target=" + t.get("target").asString())).toList());
			// actor, target or both, with or without the relation: the four shapes the endpoint answers
			add(endpoints, "GET /api/evidence", draw(triples, n, random).stream().map(t -> {
				String actor = "actor=" + t.get("actor").asString();
				String target = "target=" + t.get("target").asString();
				String relation = "relation=" + t.get("relation").asString();
				List<String> shapes = List.of(actor, target, actor + "&" + target, actor + "&" + relation + "&" + target);
				return json("/api/evidence?" + shapes.get(random.nextInt(shapes.size())));
			}).toList());
			add(endpoints, "GET /api/queries/backers-opposing", draw(backersOpposing, n, random).stream()
				.map(p -> json(backersOpposing(p))).toList());
			add(endpoints, "GET /api/queries/backers-opposing?asOf", repeat(n,
					() -> json(backersOpposing(backersOpposing.get(random.nextInt(backersOpposing.size()))) + "&asOf=" + pick(dates, random)), backersOpposing, dates));
			add(endpoints, "GET /api/votes/{id}", voted.stream().map(i -> json("/api/votes/" + i)).toList());
			add(endpoints, "GET /api/votes/{id}/divergences", voted.stream().map(i -> json("/api/votes/" + i + "/divergences")).toList());
			add(endpoints, "GET /api/contradictions", List.of(json("/api/contradictions"),
					json("/api/contradictions?offset=0&limit=10"), json("/api/contradictions?offset=10&limit=10")));
			add(endpoints, "GET /api/paths", repeat(n, () -> {
				String from = pick(actorIds, random);
				String to = pick(targetIds, random);
				// from and to must differ, else the answer is a 400
				if (from.equals(to)) {
					to = targetIds.get((targetIds.indexOf(to) + 1) % targetIds.size());
				}
				return json("/api/paths?from=" + from + "&to=" + to + "&maxHops=" + (2 + random.nextInt(3)));
			}, actorIds, targetIds));
			add(endpoints, "GET /api/matrix", repeat(n, () -> json(matrix(actorIds, targetIds, random)), actorIds, targetIds));
			add(endpoints, "GET /api/matrix?asOf", repeat(n,
					() -> json(matrix(actorIds, targetIds, random) + "&asOf=" + pick(dates, random)), actorIds, targetIds, dates));
			add(endpoints, "GET /api/matrix (text/csv)", repeat(n,
					() -> new Call(matrix(actorIds, targetIds, random), "text/csv"), actorIds, targetIds));
			return new ReadMix(List.copyOf(endpoints));
		}

		/**
		 * Names and aliases as users type them: as written (Türkiye), lower case, without accents (turkiye); aliases
		 * with letters beyond ASCII always among them, since folding them is what the search must get right.
		 */
		private List<String> searchTerms() {
			Set<String> terms = new LinkedHashSet<>();
			for (Record e : entities) {
				List<String> names = new ArrayList<>(e.get("aliases").asList(v -> v.asString()));
				names.add(e.get("name").asString());
				for (String name : names) {
					terms.add(name);
					terms.add(name.toLowerCase(Locale.ROOT));
					terms.add(Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
				}
			}
			// only letters, digits and separators count for the search: a term of punctuation alone finds nothing, validly
			return terms.stream().filter(t -> !t.isBlank() && t.length() <= 200).toList();
		}

		private static String backersOpposing(Record pair) {
			return "/api/queries/backers-opposing?backing=" + pair.get("backing").asString() + "&opposing="
					+ pair.get("opposing").asString();
		}

		/** 2 to 8 actors by 2 to 8 targets: within the API's 50 by 50. */
		private static String matrix(List<String> actors, List<String> targets, Random random) {
			return "/api/matrix?actors=" + String.join(",", draw(actors, 2 + random.nextInt(7), random)) + "&targets="
					+ String.join(",", draw(targets, 2 + random.nextInt(7), random));
		}
	}

	/** Up to n distinct elements, in random order; the terms with letters beyond ASCII are kept first. */
	private static <T> List<T> draw(List<T> all, int n, Random random) {
		List<T> shuffled = new ArrayList<>(all);
		Collections.shuffle(shuffled, random);
		List<T> drawn = new ArrayList<>(shuffled.stream().filter(ReadMix::beyondAscii).toList());
		shuffled.stream().filter(t -> !beyondAscii(t)).forEach(drawn::add);
		return List.copyOf(drawn.subList(0, Math.min(n, drawn.size())));
	}

	private static boolean beyondAscii(Object term) {
		return term instanceof String s && s.chars().anyMatch(c -> c > 127);
	}

	/** n calls from {@code call}; none when a list it draws from is empty. */
	private static List<Call> repeat(int n, Supplier<Call> call, List<?>... from) {
		List<Call> calls = new ArrayList<>();
		if (Arrays.stream(from).anyMatch(List::isEmpty)) {
			return calls;
		}
		for (int i = 0; i < n; i++) {
			calls.add(call.get());
		}
		return calls;
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

	/** An endpoint the graph gives no parameters for (no votes, say) is left out, and the report lists the rest. */
	private static void add(List<Endpoint> endpoints, String name, List<Call> calls) {
		if (!calls.isEmpty()) {
			endpoints.add(new Endpoint(name, calls));
		}
	}

	private static Call json(String path) {
		return new Call(path, JSON);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
