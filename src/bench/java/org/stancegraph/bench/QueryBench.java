package org.stancegraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.stancegraph.alignment.AlignmentService;
import org.stancegraph.analysis.AnalysisService;
import org.stancegraph.bench.naive.ClaimRecords;
import org.stancegraph.bench.naive.NaiveConfiguration;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.stances.StanceService;
import org.stancegraph.web.Paging;

/**
 * The API's queries, called as the REST controllers call them (through the services), each beside its naive
 * baseline in the same run and on the same graph, for hub and for rarely-connected parameters.
 */
final class QueryBench {

	/** One question for one class of parameters: the product's latency, the baseline's, and how many times faster. */
	record Result(String query, String parameters, Latency product, String baseline, Latency naive) {

		/** Baseline p50 over product p50: how many times faster the product is at the median. */
		double speedup() {
			return naive == null || product.p50() == 0 ? Double.NaN : naive.p50() / product.p50();
		}
	}

	private final BenchApp app;
	private final Latency.Budget budget;
	private final Latency.Budget slowBudget;
	private final Duration naiveTimeout;

	QueryBench(BenchApp app, Latency.Budget budget, Latency.Budget slowBudget, Duration naiveTimeout) {
		this.app = app;
		this.budget = budget;
		this.slowBudget = slowBudget;
		this.naiveTimeout = naiveTimeout;
	}

	List<Result> run(Map<String, Parameters> classes) {
		StanceService stances = app.bean(StanceService.class);
		AnalysisService analysis = app.bean(AnalysisService.class);
		AlignmentService alignments = app.bean(AlignmentService.class);
		Driver driver = app.bean(Driver.class);
		List<Result> results = new ArrayList<>();
		try (AnnotationConfigApplicationContext naive = NaiveConfiguration.startWithin(app.context());
				Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
			ClaimRecords records = naive.getBean(ClaimRecords.class);
			for (String name : List.of("hub", "rare")) {
				Parameters p = classes.get(name);

				Latency backersOpposing = measure(i -> stances.backersOpposing(pick(p.backingOpposingPairs(), i).get(0),
						pick(p.backingOpposingPairs(), i).get(1), null, Certainty.POSSIBLE, Paging.first(), StanceService.DEFAULT_QUOTES));
				results.add(new Result("backers-opposing", name, backersOpposing, "unanchored: no labels, literals inlined",
						measureSlow(i -> timed(session, UNANCHORED_BACKERS_OPPOSING.formatted(
								literal(pick(p.backingOpposingPairs(), i).get(0)), literal(pick(p.backingOpposingPairs(), i).get(1)),
								Paging.DEFAULT_LIMIT)))));
				results.add(new Result("backers-opposing", name, backersOpposing, "the API's query, literals inlined",
						measure(i -> timed(session, QueryFile.question("01_backers_of_resolution_opposing_turkish_participation.cypher").query()
							.replace("$backing", literal(pick(p.backingOpposingPairs(), i).get(0)))
							.replace("$opposing", literal(pick(p.backingOpposingPairs(), i).get(1)))
							.replace("$offset", "0").replace("$limit", String.valueOf(Paging.DEFAULT_LIMIT))
							.replace("$quotes", String.valueOf(StanceService.DEFAULT_QUOTES))
							// the minimum certainty the API is asked with above
							.replace("$certainty", literal(Certainty.POSSIBLE.word()))))));
				// what an exact answer costs before its page: the two edge sets joined and counted; and the page
				// without its quotes. Beside the answer, they say where its time goes at a hub
				results.add(new Result("backers-opposing", name, backersOpposing, "its total alone (the join, no page)",
						measure(i -> timed(session, new Query(BACKERS_OPPOSING_TOTAL, Map.of("backing", pick(p.backingOpposingPairs(), i).get(0),
								"opposing", pick(p.backingOpposingPairs(), i).get(1)))))));
				results.add(new Result("backers-opposing", name, backersOpposing, "its page without quotes",
						measure(i -> stances.backersOpposing(pick(p.backingOpposingPairs(), i).get(0),
								pick(p.backingOpposingPairs(), i).get(1), null, Certainty.POSSIBLE, Paging.first(), 0))));

				results.add(new Result("timeline", name,
						measure(i -> stances.timeline(pick(p.actorTargetPairs(), i).get(0), pick(p.actorTargetPairs(), i).get(1), Certainty.POSSIBLE, Paging.first())),
						"SDN derived finder, whole entities, first page",
						measureSlow(i -> records.findAllByHolderIdAndTargetId(pick(p.actorTargetPairs(), i).get(0),
								pick(p.actorTargetPairs(), i).get(1), FIRST_PAGE_BY_DATE))));
				results.add(new Result("evidence", name,
						measure(i -> stances.evidence(pick(p.actorTargetPairs(), i).get(0), null, pick(p.actorTargetPairs(), i).get(1), null, Certainty.POSSIBLE, Paging.first())),
						"SDN derived finder, whole entities, first page",
						measureSlow(i -> records.findAllByHolderIdAndTargetId(pick(p.actorTargetPairs(), i).get(0),
								pick(p.actorTargetPairs(), i).get(1), FIRST_PAGE_BY_DATE))));
				results.add(new Result("positions", name,
						measure(i -> stances.positions(pick(p.targets(), i), null, null, Certainty.POSSIBLE, Paging.first())),
						"SDN derived finder, whole entities, first page",
						measureSlow(i -> records.findAllByTargetId(pick(p.targets(), i), FIRST_PAGE_BY_DATE))));
				results.add(new Result("paths (maxHops 4)", name,
						measure(i -> analysis.paths(pick(p.actorPairs(), i).get(0), pick(p.actorPairs(), i).get(1), 4, Certainty.POSSIBLE)),
						"unbounded variable length, timeout " + naiveTimeout.toMillis() + " ms",
						measureSlow(i -> timed(session, new Query(UNBOUNDED_PATHS, Map.of("from", pick(p.actorPairs(), i).get(0),
								"to", pick(p.actorPairs(), i).get(1)))))));
				results.add(new Result("matrix 50x50", name,
						measureSlow(i -> analysis.matrix(p.matrixActors(), p.matrixTargets(), null, Certainty.POSSIBLE)),
						"one query per cell (" + p.matrixActors().size() * p.matrixTargets().size() + " queries)",
						measureSlow(i -> {
							for (String a : p.matrixActors()) {
								for (String t : p.matrixTargets()) {
									session.run(new Query(CELL, Map.of("actor", a, "target", t))).consume();
								}
							}
						})));
				int pairs = p.matrixActors().size() * (p.matrixActors().size() - 1) / 2;
				Latency agreementMatrix = measureSlow(i -> timed(session, new Query(AGREEMENT_MATRIX, agreementOf(p.matrixActors()))));
				results.add(new Result("agreement matrix 50x50", name, agreementMatrix,
						"one query per pair (" + pairs + " queries)",
						measureSlow(i -> {
							for (int a = 0; a < p.matrixActors().size(); a++) {
								for (int b = a + 1; b < p.matrixActors().size(); b++) {
									session.run(new Query(ALIGNMENT, agreementOf(List.of(p.matrixActors().get(a), p.matrixActors().get(b)))))
										.consume();
								}
							}
						})));
				// as of a date the sides are weighed from the claims (after the last claim: all of them), not read from
				// the kept standings
				Map<String, Object> asOf = new java.util.HashMap<>(agreementOf(p.matrixActors()));
				asOf.put("asOf", AFTER_EVERY_CLAIM);
				results.add(new Result("agreement matrix 50x50 as of a date", name,
						measureSlow(i -> timed(session, new Query(AGREEMENT_MATRIX, asOf))),
						"one query per pair as of the date (" + pairs + " queries)",
						measureSlow(i -> {
							for (int a = 0; a < p.matrixActors().size(); a++) {
								for (int b = a + 1; b < p.matrixActors().size(); b++) {
									Map<String, Object> pair = new java.util.HashMap<>(
											agreementOf(List.of(p.matrixActors().get(a), p.matrixActors().get(b))));
									pair.put("asOf", AFTER_EVERY_CLAIM);
									session.run(new Query(ALIGNMENT, pair)).consume();
								}
							}
						})));
				// the API's answer: the statement, the blocs (Leiden) and the query of their targets
				results.add(new Result("agreement matrix and blocs 50x50", name,
						measureSlow(i -> alignments.matrix(p.matrixActors(), null, AlignmentService.DEFAULT_MIN_POSITIONS, null,
								Certainty.POSSIBLE, AlignmentService.DEFAULT_RESOLUTION, AlignmentService.DEFAULT_SEED)),
						"its statement alone", agreementMatrix));
			}
		}
		return results;
	}

	private static final String AGREEMENT_MATRIX = QueryFile.question("43_agreement_matrix.cypher").query();

	private static final String ALIGNMENT = QueryFile.question("42_alignment_of_two_actors.cypher").query();

	/** A date after every claim the benchmark's corpus dates. */
	private static final String AFTER_EVERY_CLAIM = "2100-01-01";

	/** The parameters of the agreement questions for these actors: every claim, every certainty. */
	private static Map<String, Object> agreementOf(List<String> actors) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("actors", actors);
		parameters.put("targets", null);
		parameters.put("minPositions", 1);
		parameters.put("asOf", null);
		parameters.put("certainty", Certainty.POSSIBLE.word());
		return parameters;
	}

	/** The baselines page like the API: the first page, in the API's order. */
	private static final PageRequest FIRST_PAGE_BY_DATE = PageRequest.of(0, Paging.DEFAULT_LIMIT, Sort.by("date", "id"));

	/** The matches of backers-opposing at the weakest certainty (every edge holds there), counted: no order, no page. */
	private static final String BACKERS_OPPOSING_TOTAL = """
			MATCH (:Entity {id: $backing})<-[:SUPPORTS]-(a:Entity)-[:OPPOSES]->(:Entity {id: $opposing})
			RETURN count(a) AS total
			""";

	/** The example question without an index to start from: every node is a candidate. The first page, like the API. */
	private static final String UNANCHORED_BACKERS_OPPOSING = """
			MATCH (x)<-[s:SUPPORTS]-(a)-[o:OPPOSES]->(y)
			WHERE x.id = %s AND y.id = %s
			RETURN a {.id, .name, .kind} AS actor, s.claimIds AS supports, o.claimIds AS opposes
			ORDER BY a.name, a.id LIMIT %d
			""";

	/** Paths without a bound on their length or a shortest-path search: what the API's hop limit avoids. */
	private static final String UNBOUNDED_PATHS = """
			MATCH p = (:Entity {id: $from})-[*]-(:Entity {id: $to})
			RETURN p LIMIT 25
			""";

	/** One cell of the matrix: the derived edges from one actor to one target. */
	private static final String CELL = """
			MATCH (:Entity {id: $actor})-[r]->(:Entity {id: $target})
			WHERE r.claimIds IS NOT NULL
			RETURN type(r) AS relation, r.claimIds AS claims
			""";

	private Latency measure(IntConsumer call) {
		return Latency.measure(budget, call);
	}

	private Latency measureSlow(IntConsumer call) {
		return Latency.measure(slowBudget, call);
	}

	private void timed(Session session, String query) {
		timed(session, new Query(query));
	}

	private void timed(Session session, Query query) {
		try (var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(naiveTimeout).build())) {
			tx.run(query).consume();
			tx.commit();
		}
		catch (TransientException | ClientException ex) {
			if (String.valueOf(ex.code()).contains("Timeout") || String.valueOf(ex.getMessage()).contains("timeout")
					|| String.valueOf(ex.getMessage()).contains("terminated")) {
				throw new Latency.TimedOut(ex);
			}
			throw ex;
		}
	}

	/** The naive baselines inline their parameters; the ids are the generator's own, [a-z0-9-] only. */
	private static String literal(String id) {
		if (!id.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("not a generated id: " + id);
		}
		return "'" + id + "'";
	}

	private static <T> T pick(List<T> items, int i) {
		return items.get(Math.floorMod(i * 7919, items.size()));
	}
}
