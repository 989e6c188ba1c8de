package org.stancegraph.stances;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.graph.Certainty;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.VoteViews.Divergence;
import org.stancegraph.stances.VoteViews.Divergences;
import org.stancegraph.stances.VoteViews.NamedVote;
import org.stancegraph.stances.VoteViews.Tally;
import org.stancegraph.stances.VoteViews.TallyEvidence;
import org.stancegraph.stances.VoteViews.VoteRecordView;

/** How a vote went, as the sources state it, and where it went against what was said or urged. */
@Service
@Transactional(readOnly = true)
public class VoteService {

	private final VoteRepository votes;
	private final StanceRepository stances;
	private final EntityService entities;

	VoteService(VoteRepository votes, StanceRepository stances, EntityService entities) {
		this.votes = votes;
		this.stances = stances;
		this.entities = entities;
	}

	/** @param certainty the minimum a claim that names a member's vote meets; the tallies are the sources' own counts */
	public VoteRecordView vote(String instrumentId, Certainty certainty) {
		EntitySummary instrument = entities.require(instrumentId);
		List<VoteRepository.TallyRow> rows = votes.tallies(instrumentId);
		// sources that state the same numbers are one tally with several pieces of evidence
		Map<List<Integer>, List<VoteRepository.TallyRow>> byNumbers = new LinkedHashMap<>();
		rows.forEach(row -> byNumbers.computeIfAbsent(List.of(row.votesFor(), row.against(), row.abstain()), k -> new ArrayList<>()).add(row));
		List<Tally> tallies = byNumbers.values().stream()
			.sorted((a, b) -> Integer.compare(b.size(), a.size()))
			.map(group -> new Tally(group.getFirst().votesFor(), group.getFirst().against(), group.getFirst().abstain(),
					group.stream().map(r -> new TallyEvidence(r.voteId(), r.quote(), r.source())).toList()))
			.toList();
		Tally tally = tallies.isEmpty() ? null : tallies.getFirst();

		List<VoteRepository.NamedRow> namedRows = votes.named(instrumentId, certainty);
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(namedRows.stream().flatMap(r -> r.claims().stream()).toList());
		List<NamedVote> named = namedRows.stream()
			.map(r -> new NamedVote(r.actor(), r.vote(), r.certainty(), r.claims().stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList()))
			.toList();
		long namedActors = named.stream().map(n -> n.actor().id()).distinct().count();
		Integer unnamed = tally == null ? null : (int) Math.max(0, tally.total() - namedActors);

		var first = rows.isEmpty() ? null : rows.getFirst();
		return new VoteRecordView(instrument, first == null ? null : first.body(),
				first != null ? first.date() : namedRows.stream().map(VoteRepository.NamedRow::date).min(Comparable::compareTo).orElse(null),
				tally, tallies.size() > 1 ? tallies.subList(1, tallies.size()) : List.of(), named, unnamed);
	}

	/** @param certainty the minimum the votes, statements and appeals meet to count */
	public Divergences divergences(String instrumentId, Certainty certainty) {
		EntitySummary instrument = entities.require(instrumentId);
		List<VoteRepository.DivergenceRow> rows = votes.divergences(instrumentId, certainty);
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(
				rows.stream().flatMap(r -> Stream.concat(r.voteClaims().stream(), r.claims().stream())).distinct().toList());
		return new Divergences(instrument, rows.stream()
			.map(r -> new Divergence(r.actor(), r.vote(), r.kind(), r.urgedBy(), r.relation(), items(r.voteClaims(), evidence),
					items(r.claims(), evidence)))
			.toList());
	}

	private static List<EvidenceItem> items(List<String> claimIds, Map<String, List<EvidenceItem>> evidence) {
		return claimIds.stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList();
	}
}
