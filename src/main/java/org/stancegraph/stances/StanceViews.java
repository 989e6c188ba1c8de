package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.web.Paging;

/** The answers of the stance API, as JSON. */
public final class StanceViews {

	private StanceViews() {
	}

	/** A source document as evidence names it. */
	public record SourceRef(String id, String title, String publisher, LocalDate published, String corpusFile) {
	}

	/**
	 * How many claims of an edge (or of a group of claims in force) are at each certainty. A derived edge is shown whole
	 * when its strongest claim meets the minimum asked for, so its weaker claims are counted here too; claims weighed one
	 * by one (as of a date) count only when they meet it.
	 */
	public record ClaimsByCertainty(int stated, int reported, int probable, int possible) {

		/** The claims of these certainties (words of {@link Certainty}; a claim without one is not counted), counted. */
		static ClaimsByCertainty of(Collection<String> certainties) {
			int[] counts = new int[Certainty.values().length];
			certainties.stream().filter(java.util.Objects::nonNull).forEach(word -> counts[Certainty.of(word).ordinal()]++);
			return new ClaimsByCertainty(counts[Certainty.STATED.ordinal()], counts[Certainty.REPORTED.ordinal()],
					counts[Certainty.PROBABLE.ordinal()], counts[Certainty.POSSIBLE.ordinal()]);
		}

		/** The strongest certainty with a claim; null without any. */
		String strongest() {
			int[] counts = { stated, reported, probable, possible };
			for (Certainty level : Certainty.values()) {
				if (counts[level.ordinal()] > 0) {
					return level.word();
				}
			}
			return null;
		}
	}

	/**
	 * An amount a claim states: "a brigade of 2,000 soldiers", "53 percent", "nearly 25 times".
	 *
	 * @param value an integer when the text gives one, else a decimal
	 * @param bound {@code exactly}, {@code at-least} or {@code at-most}
	 */
	public record Quantity(Number value, String unit, Boolean approximate, String bound) {
	}

	/**
	 * A span of time a claim states: "a two-year mandate, with the option to extend" is {@code P2Y}, extendable.
	 *
	 * @param duration an ISO-8601 period ({@code P2Y}, {@code P6M})
	 * @param minimum  "at least" that long
	 */
	public record Period(String duration, Boolean extendable, Boolean minimum) {
	}

	/**
	 * One verbatim quote of one claim in one source: the claim (its relation and holder), when it was said
	 * ({@code date}, as precisely as {@code datePrecision}: day, month or year) and reported, how sure the source is
	 * ({@code certainty}: stated, reported, probable, possible) with the hedge words of the quote, who spoke, whose word
	 * it rests on ({@code claimant}) and through whom it reached the document ({@code via}, outermost first; the
	 * document's {@code outlet}), all of that as a reader says it ({@code chain}: "Azerbaijan ← an Azerbaijani
	 * government source ← Reuters ← Foundation for Defense of Democracies", the publisher's name when the document
	 * names no outlet), and what the claim states beyond holder, relation and target.
	 */
	public record EvidenceItem(String claimId, String relation, EntitySummary holder, LocalDate date, String datePrecision,
			LocalDate reported, String certainty, List<String> hedges, EntitySummary speaker, EntitySummary claimant,
			List<EntitySummary> via, EntitySummary outlet, String chain, Quantity quantity, Period period, String condition,
			String conditionKind, EntitySummary conditionOn, EntitySummary addressee, String quote, SourceRef source) {

		/** Claims loaded before these existed have no hedges and no chain. */
		public EvidenceItem {
			hedges = hedges == null ? List.of() : List.copyOf(hedges);
			via = via == null ? List.of() : via;
		}
	}

	/**
	 * One actor's relation to a target: its claims, distinct source documents and distinct publishers (syndicated
	 * copies of one outlet count once), dates, conditions, the certainty of its strongest claim and how many claims it
	 * has at each certainty.
	 */
	public record Position(EntitySummary actor, List<String> claims, List<String> sources, List<String> publishers,
			String condition, LocalDate firstDate, LocalDate lastDate, String certainty, ClaimsByCertainty claimsByCertainty) {
	}

	/**
	 * Who stands how to a target: {@code counts} of actors per relation for the whole answer, and one page of the
	 * actors, by relation and name; {@code asOf} when only what was said by then counts, {@code relation} when
	 * only one relation was asked for.
	 */
	public record Positions(EntitySummary target, LocalDate asOf, String relation, Map<String, Long> counts,
			Map<String, List<Position>> by, Paging.Info page) {
	}

	/**
	 * One claim an actor holds, with how sure the source is and its evidence; the validity period a source states is
	 * apart from the date said.
	 */
	public record Stance(String claimId, String relation, EntitySummary target, LocalDate date, String certainty,
			String condition, String detail, LocalDate validFrom, LocalDate validUntil, EntitySummary speaker,
			List<EvidenceItem> evidence) {

		/** A query that leaves the quotes to a later one gives none. */
		public Stance {
			evidence = evidence == null ? List.of() : evidence;
		}

		Stance withEvidence(List<EvidenceItem> quotes) {
			return new Stance(claimId, relation, target, date, certainty, condition, detail, validFrom, validUntil, speaker,
					quotes);
		}
	}

	/** A page of an actor's claims, in date order. */
	public record ActorStances(EntitySummary actor, LocalDate asOf, List<Stance> stances, Paging.Info page) {
	}

	/** An actor's claims in date order, optionally on one target (and the propositions that concern it). */
	public record Timeline(EntitySummary actor, EntitySummary target, List<Stance> claims, Paging.Info page) {
	}

	/** A page of quotes, in date order. */
	public record EvidenceList(List<EvidenceItem> items, Paging.Info page) {
	}

	/**
	 * An edge (or, as of a date, the latest claims) with its strongest certainty, its claims at each certainty, how
	 * many quotes its claims that meet the minimum asked for have, and the first of them.
	 */
	public record EvidencedEdge(List<String> claims, List<String> sources, List<String> publishers, String condition,
			String certainty, ClaimsByCertainty claimsByCertainty, long evidenceTotal, List<EvidenceItem> evidence) {
	}

	public record BackerOpposing(EntitySummary actor, EvidencedEdge supports, EvidencedEdge opposes) {
	}

	/** The actors that support {@code backing} and oppose {@code opposing}, each with the evidence for both. */
	public record BackersOpposing(EntitySummary backing, EntitySummary opposing, LocalDate asOf, List<BackerOpposing> actors,
			Paging.Info page) {
	}

	/**
	 * One side of a contradiction: the relations stated, when, by which sources, the certainty of its strongest claim
	 * and how many claims it has at each certainty.
	 */
	public record Side(List<String> relations, LocalDate firstDate, LocalDate lastDate, List<String> claims,
			List<String> sources, List<String> publishers, String certainty, ClaimsByCertainty claimsByCertainty,
			List<EvidenceItem> evidence) {
	}

	/**
	 * An actor on both sides of one question about a target. {@code kind}: {@code reversal} when everything on one side
	 * was said before everything on the other, else {@code conflict}.
	 */
	public record Contradiction(EntitySummary actor, EntitySummary target, String axis, String kind, Side supporting,
			Side opposing) {
	}

	/** A page of the contradictions, by actor, target and axis. */
	public record Contradictions(List<Contradiction> items, Paging.Info page) {
	}
}
