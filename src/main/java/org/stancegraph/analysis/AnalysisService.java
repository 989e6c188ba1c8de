package org.stancegraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.analysis.AnalysisViews.CellRelation;
import org.stancegraph.analysis.AnalysisViews.GraphEdge;
import org.stancegraph.analysis.AnalysisViews.Matrix;
import org.stancegraph.analysis.AnalysisViews.MatrixCell;
import org.stancegraph.analysis.AnalysisViews.Neighbourhood;
import org.stancegraph.analysis.AnalysisViews.PathStep;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/** How entities connect (paths over the derived edges) and where many actors stand on many targets (the matrix). */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

	public static final int DEFAULT_MAX_HOPS = 4;
	public static final int MAX_ACTORS = 50;
	public static final int MAX_TARGETS = 50;
	public static final int DEFAULT_NEIGHBOURS = 40;
	public static final int MAX_NEIGHBOURS = 200;
	private static final String CONCERNS = "CONCERNS";

	private final AnalysisRepository analysis;
	private final EntityService entities;

	AnalysisService(AnalysisRepository analysis, EntityService entities) {
		this.analysis = analysis;
		this.entities = entities;
	}

	/**
	 * The shortest paths of at most {@code maxHops} derived edges (either direction) between two entities, at most
	 * {@value AnalysisRepository#MAX_PATHS} of them, over edges whose strongest claim meets {@code certainty}; each path a
	 * list of steps. None within reach: an empty list.
	 */
	public List<List<PathStep>> paths(String fromId, String toId, int maxHops, Certainty certainty) {
		if (maxHops < AnalysisRepository.MIN_HOPS || maxHops > AnalysisRepository.MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between " + AnalysisRepository.MIN_HOPS + " and "
					+ AnalysisRepository.MAX_HOPS + ", not " + maxHops);
		}
		if (fromId.equals(toId)) {
			throw new IllegalArgumentException("from and to are the same entity '" + fromId + "'");
		}
		entities.requireAll(fromId, toId);
		return analysis.paths(fromId, toId, maxHops, certainty);
	}

	/**
	 * One cell per actor and target: the relations from the actor to the target. Without {@code asOf}, from the
	 * derived edges (all claims ever made); with it, from the claims dated on or before it, keeping per axis only the
	 * latest. Only what meets {@code certainty} counts: an edge by its strongest claim, as of a date each claim. Without
	 * actors, the actors that have any such relation to one of the targets, by name.
	 */
	public Matrix matrix(List<String> actorIds, List<String> targetIds, LocalDate asOf, Certainty certainty) {
		List<String> targets = distinct(targetIds);
		if (targets.isEmpty()) {
			throw new IllegalArgumentException("give at least one target");
		}
		if (targets.size() > MAX_TARGETS) {
			throw new IllegalArgumentException("at most " + MAX_TARGETS + " targets, not " + targets.size());
		}
		List<String> actors = actorIds == null ? null : distinct(actorIds);
		if (actors != null && actors.isEmpty()) {
			actors = null;
		}
		if (actors != null && actors.size() > MAX_ACTORS) {
			throw new IllegalArgumentException("at most " + MAX_ACTORS + " actors, not " + actors.size());
		}

		// one look-up for both axes; 404 for the first unknown id, the targets first
		List<String> known = new ArrayList<>(targets);
		if (actors != null) {
			known.addAll(actors);
		}
		Map<String, EntitySummary> summaries = new HashMap<>();
		entities.requireAll(distinct(known).toArray(String[]::new)).forEach(summary -> summaries.put(summary.id(), summary));
		List<EntitySummary> targetSummaries = targets.stream().map(summaries::get).toList();
		List<AnalysisRepository.CellRow> rows = analysis.matrix(actors, targets, asOf, certainty);

		List<EntitySummary> actorSummaries;
		if (actors != null) {
			actorSummaries = actors.stream().map(summaries::get).toList();
		}
		else {
			// in the rows' order: by name
			Map<String, EntitySummary> found = new LinkedHashMap<>();
			rows.forEach(row -> found.putIfAbsent(row.actor().id(), row.actor()));
			if (found.size() > MAX_ACTORS) {
				throw new IllegalArgumentException(found.size() + " actors relate to these targets, more than "
						+ MAX_ACTORS + ": name the actors with 'actors'");
			}
			actorSummaries = List.copyOf(found.values());
		}

		Map<String, List<CellRelation>> byCell = new LinkedHashMap<>();
		rows.forEach(row -> byCell.computeIfAbsent(key(row.actor().id(), row.target().id()), k -> new ArrayList<>())
			.add(row.cellRelation()));
		List<MatrixCell> cells = new ArrayList<>();
		for (EntitySummary actor : actorSummaries) {
			for (EntitySummary target : targetSummaries) {
				cells.add(new MatrixCell(actor.id(), target.id(),
						List.copyOf(byCell.getOrDefault(key(actor.id(), target.id()), List.of()))));
			}
		}
		return new Matrix(asOf, actorSummaries, targetSummaries, cells);
	}

	/**
	 * An entity with at most {@code limit} neighbours and the edges among them; without {@code asOf} the derived edges,
	 * with it the claims in force on that date; only what meets {@code certainty} (CONCERNS always).
	 */
	public Neighbourhood neighbourhood(String id, LocalDate asOf, Certainty certainty, int limit) {
		if (limit < 1 || limit > MAX_NEIGHBOURS) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_NEIGHBOURS + ", not " + limit);
		}
		// the query's first node is the entity itself; no row at all is an unknown id (404)
		AnalysisRepository.NeighbourhoodRow row = analysis.neighbourhood(id, asOf, certainty, limit);
		EntitySummary centre = row.nodes().getFirst();
		List<GraphEdge> edges = row.edges().stream().map(edge -> {
			// CONCERNS is not a claimed relation: what a proposition is about, from the entity definitions
			Relation claimed = CONCERNS.equals(edge.relation()) ? null : Relation.valueOf(edge.relation());
			return new GraphEdge(edge.from(), edge.relation(), edge.to(),
					claimed == null ? Relation.Side.NEUTRAL.name() : claimed.side().name(), claimed != null && claimed.isStance(),
					List.copyOf(edge.claims()), edge.sources(), edge.condition(), edge.certainty(), edge.claimsByCertainty());
		}).sorted(Comparator.comparing(GraphEdge::from).thenComparing(GraphEdge::relation).thenComparing(GraphEdge::to)).toList();
		return new Neighbourhood(centre, asOf, row.nodes(), edges, row.truncated());
	}

	private static List<String> distinct(List<String> ids) {
		return List.copyOf(new LinkedHashSet<>(ids));
	}

	private static String key(String actor, String target) {
		return actor + "\u001F" + target;
	}
}
