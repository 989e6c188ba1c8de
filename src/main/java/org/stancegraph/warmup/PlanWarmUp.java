package org.stancegraph.warmup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.stancegraph.alignment.AlignmentService;
import org.stancegraph.analysis.AnalysisService;
import org.stancegraph.changes.ChangeService;
import org.stancegraph.entities.EntityService;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;
import org.stancegraph.sources.SourceService;
import org.stancegraph.stances.StanceService;
import org.stancegraph.stances.VoteService;
import org.stancegraph.web.Paging;

/**
 * Asks each of the API's questions once when the app is ready, on a thread of its own, so that Neo4j has planned and
 * compiled their statements before users arrive. Neo4j compiles a statement it has not cached in every transaction
 * that asks for it at the same time: on two cores, sixteen first requests for an actor's timeline each waited 17 s
 * (one alone, 5 s), later ones 40 ms. Not the contradictions, found across the whole graph: on a large one their
 * answer costs far more than their plan. Not for the command line's commands, which ask no questions.
 */
@Service
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "stancegraph.warm-up.enabled", matchIfMissing = true)
public class PlanWarmUp {

	private static final Logger log = LoggerFactory.getLogger(PlanWarmUp.class);

	private final WarmUpRepository graph;

	private final EntityService entities;

	private final StanceService stances;

	private final VoteService votes;

	private final AnalysisService analysis;

	private final SourceService sources;

	private final AlignmentService alignments;

	private final ChangeService changes;

	private final CompletableFuture<Asked> done = new CompletableFuture<>();

	PlanWarmUp(WarmUpRepository graph, EntityService entities, StanceService stances, VoteService votes,
			AnalysisService analysis, SourceService sources, AlignmentService alignments, ChangeService changes) {
		this.graph = graph;
		this.entities = entities;
		this.stances = stances;
		this.votes = votes;
		this.analysis = analysis;
		this.sources = sources;
		this.alignments = alignments;
		this.changes = changes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpWhenReady() {
		Thread.ofPlatform().daemon().name("plan-warm-up").start(() -> {
			try {
				Asked asked = askEveryQuestion();
				log.info("Asked {} questions once to compile their plans, in {} ms{}", asked.questions(), asked.took().toMillis(),
						asked.failed().isEmpty() ? "" : "; not answered: " + asked.failed());
				done.complete(asked);
			}
			catch (RuntimeException ex) {
				// a warm-up that fails costs the first users time, never an answer
				log.warn("The warm-up of the questions' plans stopped: {}", ex.toString());
				done.completeExceptionally(ex);
			}
		});
	}

	/**
	 * What the warm-up asked, once it has asked every question: for a caller that measures the app as users meet it
	 * after its start, not its first compilations (the load run).
	 */
	public CompletableFuture<Asked> done() {
		return done.copy();
	}

	/**
	 * Asks every question once about ids found in the graph, with and without a date where the API takes one (a
	 * different statement), and says which were answered and which failed with what; nothing on an empty graph.
	 */
	public Asked askEveryQuestion() {
		long start = System.nanoTime();
		List<String> answered = new ArrayList<>();
		Map<String, String> failed = new LinkedHashMap<>();
		graph.ids().ifPresent(ids -> {
			Certainty any = Certainty.POSSIBLE;
			Paging page = Paging.first();
			LocalDate today = LocalDate.now();
			Map<String, Runnable> questions = new LinkedHashMap<>();
			questions.put("entities", () -> entities.search(null, null, page));
			questions.put("entity search", () -> entities.search(ids.actor(), null, page));
			questions.put("entity", () -> entities.get(ids.actor()));
			questions.put("positions", () -> stances.positions(ids.target(), null, null, any, page));
			// a statement of its own for each relation: its type named in the pattern
			Relation.names().forEach(relation -> questions.put("positions of " + relation,
					() -> stances.positions(ids.target(), relation, null, any, page)));
			questions.put("positions as of", () -> stances.positions(ids.target(), null, today, any, page));
			questions.put("stances", () -> stances.stances(ids.actor(), null, any, page));
			questions.put("stances as of", () -> stances.stances(ids.actor(), today, any, page));
			questions.put("timeline", () -> stances.timeline(ids.actor(), null, any, page));
			questions.put("timeline on a target", () -> stances.timeline(ids.actor(), ids.target(), any, page));
			questions.put("evidence of an actor", () -> stances.evidence(ids.actor(), null, null, null, any, page));
			questions.put("evidence on a target", () -> stances.evidence(null, null, ids.target(), null, any, page));
			questions.put("evidence of an actor on a target",
					() -> stances.evidence(ids.actor(), null, ids.target(), null, any, page));
			questions.put("evidence as of", () -> stances.evidence(ids.actor(), null, ids.target(), today, any, page));
			questions.put("backers opposing", () -> stances.backersOpposing(ids.target(), ids.opposed(), null, any, page,
					StanceService.DEFAULT_QUOTES));
			questions.put("backers opposing as of", () -> stances.backersOpposing(ids.target(), ids.opposed(), today,
					any, page, StanceService.DEFAULT_QUOTES));
			questions.put("vote", () -> votes.vote(ids.target(), any));
			questions.put("vote divergences", () -> votes.divergences(ids.target(), any));
			questions.put("matrix", () -> analysis.matrix(null, List.of(ids.target()), null, any));
			questions.put("matrix as of", () -> analysis.matrix(null, List.of(ids.target()), today, any));
			questions.put("neighbourhood", () -> analysis.neighbourhood(ids.actor(), null, any, 50));
			questions.put("neighbourhood as of", () -> analysis.neighbourhood(ids.actor(), today, any, 50));
			questions.put("paths", () -> analysis.paths(ids.actor(), ids.target(), AnalysisService.DEFAULT_MAX_HOPS, any));
			questions.put("alignment", () -> alignments.alignment(List.of(ids.actor(), ids.target()), null, any));
			questions.put("alignment as of", () -> alignments.alignment(List.of(ids.actor(), ids.target()), today, any));
			questions.put("agreement matrix", () -> alignments.matrix(List.of(ids.actor(), ids.target()), null,
					AlignmentService.DEFAULT_MIN_POSITIONS, null, any, AlignmentService.DEFAULT_RESOLUTION, AlignmentService.DEFAULT_SEED));
			questions.put("agreement matrix on targets", () -> alignments.matrix(null, List.of(ids.target()),
					AlignmentService.DEFAULT_MIN_POSITIONS, today, any, AlignmentService.DEFAULT_RESOLUTION, AlignmentService.DEFAULT_SEED));
			questions.put("changes", () -> changes.changes(today.minusDays(30), today, null, null, any, null, page));
			questions.put("changes of an actor", () -> changes.changes(today.minusDays(30), today, ids.actor(), null, any,
					null, page));
			questions.put("changes on a target", () -> changes.changes(today.minusDays(30), today, null, ids.target(), any,
					null, page));
			questions.put("change feed", () -> changes.latest(ChangeService.DEFAULT_FEED_DAYS, null, null, any));
			questions.put("sources", () -> sources.list(page));
			if (ids.source() != null) {
				questions.put("source", () -> sources.get(ids.source()));
			}
			questions.forEach((name, question) -> {
				try {
					question.run();
					answered.add(name);
				}
				catch (RuntimeException ex) {
					failed.put(name, ex.getClass().getSimpleName() + ": " + ex.getMessage());
				}
			});
		});
		return new Asked(answered, failed, Duration.ofNanos(System.nanoTime() - start));
	}

	/** The questions answered, those that failed with why, and how long it all took. */
	public record Asked(List<String> answered, Map<String, String> failed, Duration took) {

		/** How many questions were asked, answered or not. */
		public int questions() {
			return answered.size() + failed.size();
		}
	}
}
