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

	/** One actor's derived edge to a target: its claims, distinct sources, dates and conditions. */
	public record Position(EntitySummary actor, List<String> claims, List<String> sources, String condition,
			LocalDate firstDate, LocalDate lastDate) {
	}

	/** Who stands how to a target, by relation. */
	public record Positions(EntitySummary target, Map<String, List<Position>> by) {
	}

	/** One claim an actor holds, with its evidence. */
	public record Stance(String claimId, String relation, EntitySummary target, LocalDate date, String condition,
			String detail, LocalDate validFrom, LocalDate validUntil, EntitySummary speaker, List<EvidenceItem> evidence) {
	}

	public record ActorStances(EntitySummary actor, List<Stance> stances) {
	}

	/** A derived edge with the evidence of each of its claims. */
	public record EvidencedEdge(List<String> claims, List<String> sources, String condition, List<EvidenceItem> evidence) {
	}

	public record BackerOpposing(EntitySummary actor, EvidencedEdge supports, EvidencedEdge opposes) {
	}

	/** The actors that support {@code backing} and oppose {@code opposing}, each with the evidence for both. */
	public record BackersOpposing(EntitySummary backing, EntitySummary opposing, List<BackerOpposing> actors) {
	}
}
