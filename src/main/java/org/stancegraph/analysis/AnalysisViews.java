package org.stancegraph.analysis;

import java.time.LocalDate;
import java.util.List;

import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.ClaimsByCertainty;

/** The answers of the analysis API (paths between entities, the stance matrix), as JSON. */
public final class AnalysisViews {

	private AnalysisViews() {
	}

	/**
	 * One derived edge on a path, in the edge's own direction (which may run against the direction of travel), with
	 * the claims and sources behind it, the certainty of its strongest claim and how many claims it has at each.
	 */
	public record PathStep(EntitySummary from, String relation, EntitySummary to, List<String> claims, List<String> sources,
			List<String> publishers, String certainty, ClaimsByCertainty claimsByCertainty) {

		/** An edge without one of these properties has none of them. */
		public PathStep {
			claims = claims == null ? List.of() : List.copyOf(claims);
			sources = sources == null ? List.of() : List.copyOf(sources);
			publishers = publishers == null ? List.of() : List.copyOf(publishers);
		}
	}

	/**
	 * One relation of a matrix cell: its claims, how many distinct sources and publishers state it, its conditions, the
	 * certainty of its strongest claim and how many claims it has at each certainty.
	 */
	public record CellRelation(String relation, List<String> claims, int sources, int publishers, String condition,
			String certainty, ClaimsByCertainty claimsByCertainty) {

		public CellRelation {
			claims = claims == null ? List.of() : List.copyOf(claims);
		}
	}

	/** How one actor stands to one target: every relation between them; empty when there is none. */
	public record MatrixCell(String actor, String target, List<CellRelation> relations) {
	}

	/**
	 * Actors by targets, one cell per pair in actor-major order; {@code asOf} is the date the cells were computed
	 * for, absent for the graph as a whole.
	 */
	public record Matrix(LocalDate asOf, List<EntitySummary> actors, List<EntitySummary> targets, List<MatrixCell> cells) {
	}

	/**
	 * One edge of a neighbourhood: a relation from one entity to another, the claims stating it and how many distinct
	 * sources; {@code side} (FOR, AGAINST, NEUTRAL) and {@code stance} (a position taken, not a structural fact) say
	 * how to draw it; {@code certainty}, of its strongest claim, and {@code claimsByCertainty} how sure the sources are
	 * (null for CONCERNS, which no claim states).
	 */
	public record GraphEdge(String from, String relation, String to, String side, boolean stance, List<String> claims,
			int sources, String condition, String certainty, ClaimsByCertainty claimsByCertainty) {
	}

	/**
	 * An entity, its closest neighbours (joined to it by the most claims) and every edge among them; {@code truncated}
	 * when it has more neighbours than were asked for. {@code asOf}: the date the edges were computed for.
	 */
	public record Neighbourhood(EntitySummary centre, LocalDate asOf, List<EntitySummary> nodes, List<GraphEdge> edges,
			boolean truncated) {
	}
}
