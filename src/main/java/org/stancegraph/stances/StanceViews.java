package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.stancegraph.entities.EntitySummary;

/** The answers of the stance API, as JSON. */
public final class StanceViews {

	private StanceViews() {
	}

	/** A source document as evidence names it. */
	public record SourceRef(String id, String title, String publisher, LocalDate published, String corpusFile) {
	}

	/** One verbatim quote of one claim in one source, with who said it and who reported it. */
	public record EvidenceItem(String claimId, LocalDate date, EntitySummary speaker, EntitySummary reportedBy,
			String quote, SourceRef source) {
	}

	/**
	 * One actor's relation to a target: its claims, distinct source documents and distinct publishers (syndicated
	 * copies of one outlet count once), dates and conditions.
	 */
	public record Position(EntitySummary actor, List<String> claims, List<String> sources, List<String> publishers,
			String condition, LocalDate firstDate, LocalDate lastDate) {
	}

	/** Who stands how to a target, by relation; {@code asOf} when only what was said by then counts. */
	public record Positions(EntitySummary target, LocalDate asOf, Map<String, List<Position>> by) {
	}

	/** One claim an actor holds, with its evidence; the validity period a source states is apart from the date said. */
	public record Stance(String claimId, String relation, EntitySummary target, LocalDate date, String condition,
			String detail, LocalDate validFrom, LocalDate validUntil, EntitySummary speaker, List<EvidenceItem> evidence) {
	}

	public record ActorStances(EntitySummary actor, LocalDate asOf, List<Stance> stances) {
	}

	/** An actor's claims in date order, optionally on one target (and the propositions that concern it). */
	public record Timeline(EntitySummary actor, EntitySummary target, List<Stance> claims) {
	}

	/** An edge (or, as of a date, the latest claims) with the evidence of each of its claims. */
	public record EvidencedEdge(List<String> claims, List<String> sources, List<String> publishers, String condition,
			List<EvidenceItem> evidence) {
	}

	public record BackerOpposing(EntitySummary actor, EvidencedEdge supports, EvidencedEdge opposes) {
	}

	/** The actors that support {@code backing} and oppose {@code opposing}, each with the evidence for both. */
	public record BackersOpposing(EntitySummary backing, EntitySummary opposing, LocalDate asOf, List<BackerOpposing> actors) {
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
}
