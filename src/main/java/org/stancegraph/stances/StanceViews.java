package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.stancegraph.entities.EntitySummary;
import org.stancegraph.web.Paging;

/** The answers of the stance API, as JSON. */
public final class StanceViews {

	private StanceViews() {
	}

	/** A source document as evidence names it. */
	public record SourceRef(String id, String title, String publisher, LocalDate published, String corpusFile) {
	}

	/** One verbatim quote of one claim (and the claim's relation) in one source, with who said it and who reported it. */
	public record EvidenceItem(String claimId, String relation, LocalDate date, EntitySummary speaker, EntitySummary reportedBy,
			String quote, SourceRef source) {
	}

	/**
	 * One actor's relation to a target: its claims, distinct source documents and distinct publishers (syndicated
	 * copies of one outlet count once), dates and conditions.
	 */
	public record Position(EntitySummary actor, List<String> claims, List<String> sources, List<String> publishers,
			String condition, LocalDate firstDate, LocalDate lastDate) {
	}

	/**
	 * Who stands how to a target: {@code counts} of actors per relation for the whole answer, and one page of the
	 * actors, by relation and name; {@code asOf} when only what was said by then counts, {@code relation} when
	 * only one relation was asked for.
	 */
	public record Positions(EntitySummary target, LocalDate asOf, String relation, Map<String, Long> counts,
			Map<String, List<Position>> by, Paging.Info page) {
	}

	/** One claim an actor holds, with its evidence; the validity period a source states is apart from the date said. */
	public record Stance(String claimId, String relation, EntitySummary target, LocalDate date, String condition,
			String detail, LocalDate validFrom, LocalDate validUntil, EntitySummary speaker, List<EvidenceItem> evidence) {

		/** A query that leaves the quotes to a later one gives none. */
		public Stance {
			evidence = evidence == null ? List.of() : evidence;
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

	/** An edge (or, as of a date, the latest claims) with the evidence of each of its claims. */
	public record EvidencedEdge(List<String> claims, List<String> sources, List<String> publishers, String condition,
			List<EvidenceItem> evidence) {
	}

	public record BackerOpposing(EntitySummary actor, EvidencedEdge supports, EvidencedEdge opposes) {
	}

	/** The actors that support {@code backing} and oppose {@code opposing}, each with the evidence for both. */
	public record BackersOpposing(EntitySummary backing, EntitySummary opposing, LocalDate asOf, List<BackerOpposing> actors,
			Paging.Info page) {
	}

	/** One side of a contradiction: the relations stated, when, by which sources. */
	public record Side(List<String> relations, LocalDate firstDate, LocalDate lastDate, List<String> claims,
			List<String> sources, List<String> publishers, List<EvidenceItem> evidence) {
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
