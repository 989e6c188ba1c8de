package org.stancegraph.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.web.Paging;

/** What changed in the graph between two dates, as the sources date what they report. */
public final class ChangeViews {

	private ChangeViews() {
	}

	/** The kinds of change of an actor's stance on a target, on one axis. */
	public enum Kind {
		/** Nothing in force before: a stance it had not taken (by the sources' account). */
		NEW_POSITION,
		/** The side changed (for, against, neutral, or MIXED when its claims in force disagree). */
		REVERSAL,
		/** The same side, now with a condition. */
		NEW_CONDITION,
		/** The same side, held at another strongest certainty. */
		CERTAINTY_CHANGED,
		/** The same, said again. */
		CONFIRMED
	}

	/**
	 * The changes between {@code since} (exclusive) and {@code until} (inclusive): a page of stance changes, newest
	 * first, each with the evidence before and after, and the actors and targets first named in that time.
	 */
	public record Changes(LocalDate since, LocalDate until, String certainty, EntitySummary actor, EntitySummary target,
			@Schema(description = "how many changes of each kind (all pages)") Map<Kind, Long> counts,
			@Schema(description = "claims dated in the window") long newClaims, List<NewEntity> newActors,
			List<NewEntity> newTargets, List<Change> items, Paging.Info page) {
	}

	/** An actor or target whose first claim is dated in the window. */
	public record NewEntity(EntitySummary entity, LocalDate first,
			@Schema(description = "its claims dated by until") long claims) {
	}

	/** One actor's stance on one target, on one axis, before the window and after it. */
	public record Change(Kind kind, @Schema(description = "the latest of its claims in the window") LocalDate date,
			EntitySummary actor, EntitySummary target, String axis,
			@Schema(description = "its claims dated in the window") List<String> claims,
			@Schema(description = "absent when nothing was in force before") StanceState before, StanceState after) {
	}

	/** The claims in force on a date, and what they say together, with their quotes. */
	public record StanceState(@Schema(allowableValues = { "FOR", "AGAINST", "NEUTRAL", "MIXED" }) String side,
			List<String> relations, String certainty, List<String> conditions, List<String> claims,
			List<EvidenceItem> evidence) {
	}
}
