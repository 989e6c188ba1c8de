package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.SourceRef;

/** The answers of the vote API. */
public final class VoteViews {

	private VoteViews() {
	}

	/** A tally as the sources state it, with the quote of each source that states it. */
	public record Tally(@JsonProperty("for") int votesFor, int against, int abstain, List<TallyEvidence> evidence) {
		int total() {
			return votesFor + against + abstain;
		}
	}

	public record TallyEvidence(String voteId, String quote, SourceRef source) {
	}

	/** A member whose vote a source names, with the certainty of the strongest claim that names it. */
	public record NamedVote(EntitySummary actor, String vote, String certainty, List<EvidenceItem> evidence) {
	}

	/**
	 * The vote on an instrument: the tally a source states and the members sources name; {@code unnamed} is how many
	 * of the tally's votes no source names (null without a tally). {@code otherTallies}: tallies that disagree.
	 */
	public record VoteRecordView(EntitySummary instrument, EntitySummary body, LocalDate date, Tally tally,
			List<Tally> otherTallies, List<NamedVote> named, Integer unnamed) {
	}

	/**
	 * A vote that went against what the voter said ({@code kind = "stance"}) or against what another actor urged
	 * it to do ({@code kind = "urged"}, with {@code urgedBy}).
	 */
	public record Divergence(EntitySummary actor, String vote, String kind, EntitySummary urgedBy, String relation,
			List<EvidenceItem> voteEvidence, List<EvidenceItem> evidence) {
	}

	public record Divergences(EntitySummary instrument, List<Divergence> divergences) {
	}
}
