package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.Relation;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackerOpposing;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.Contradiction;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.EvidencedEdge;
import org.stancegraph.stances.StanceViews.Position;
import org.stancegraph.stances.StanceViews.Positions;
import org.stancegraph.stances.StanceViews.Side;
import org.stancegraph.stances.StanceViews.Timeline;

/** Who stands where on what, and on what evidence. Reads only: cluster routing sends them to readers. */
@Service
@Transactional(readOnly = true)
public class StanceService {

	private final StanceRepository stances;
	private final EntityService entities;

	StanceService(StanceRepository stances, EntityService entities) {
		this.stances = stances;
		this.entities = entities;
	}

	/** @param asOf null for everything the sources say; else only what they had said by then, latest per question */
	public Positions positions(String targetId, LocalDate asOf) {
		EntitySummary target = entities.require(targetId);
		return new Positions(target, asOf, stances.positions(targetId, asOf));
	}

	public ActorStances stances(String actorId, LocalDate asOf) {
		EntitySummary actor = entities.require(actorId);
		return new ActorStances(actor, asOf, stances.stances(actorId, asOf));
	}

	public Timeline timeline(String actorId, String targetId) {
		List<EntitySummary> named = targetId == null ? entities.requireAll(actorId) : entities.requireAll(actorId, targetId);
		EntitySummary actor = named.getFirst();
		EntitySummary target = targetId == null ? null : named.get(1);
		return new Timeline(actor, target, stances.timeline(actorId, targetId));
	}

	public List<EvidenceItem> evidence(String actorId, String relation, String targetId) {
		if (actorId == null && targetId == null) {
			throw new IllegalArgumentException("give actor, target or both");
		}
		if (relation != null && !Relation.names().contains(relation)) {
			throw new IllegalArgumentException("relation '" + relation + "' is not one of " + Relation.names());
		}
		entities.requireAll(Stream.of(actorId, targetId).filter(Objects::nonNull).toArray(String[]::new));
		return stances.evidence(actorId, relation, targetId);
	}

	/** The actors with SUPPORTS to {@code backing} and OPPOSES to {@code opposing}, with the evidence for both. */
	public BackersOpposing backersOpposing(String backingId, String opposingId, LocalDate asOf) {
		List<EntitySummary> named = entities.requireAll(backingId, opposingId);
		EntitySummary backing = named.get(0);
		EntitySummary opposing = named.get(1);
		List<StanceRepository.BackerRow> rows = asOf == null ? stances.backersOpposing(backingId, opposingId)
				: backersOpposingAsOf(backingId, opposingId, asOf);
		List<String> claimIds = new ArrayList<>();
		rows.forEach(row -> {
			claimIds.addAll(row.supports().claims());
			claimIds.addAll(row.opposes().claims());
		});
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(claimIds);
		return new BackersOpposing(backing, opposing, asOf, rows.stream()
			.map(row -> new BackerOpposing(row.actor(), evidenced(row.supports(), evidence), evidenced(row.opposes(), evidence)))
			.toList());
	}

	/** As of a date the edges are not the answer: the latest claims on each side are. */
	private List<StanceRepository.BackerRow> backersOpposingAsOf(String backingId, String opposingId, LocalDate asOf) {
		Map<String, Position> supporters = byActor(stances.positions(backingId, asOf).getOrDefault("SUPPORTS", List.of()));
		Map<String, Position> opponents = byActor(stances.positions(opposingId, asOf).getOrDefault("OPPOSES", List.of()));
		return supporters.values().stream()
			.filter(p -> opponents.containsKey(p.actor().id()))
			.sorted(Comparator.comparing(p -> p.actor().name()))
			.map(p -> new StanceRepository.BackerRow(p.actor(), edge(p), edge(opponents.get(p.actor().id()))))
			.toList();
	}

	private static Map<String, Position> byActor(List<Position> positions) {
		return positions.stream().collect(Collectors.toMap(p -> p.actor().id(), Function.identity()));
	}

	private static StanceRepository.Edge edge(Position position) {
		return new StanceRepository.Edge(position.claims(), position.sources(), position.publishers(), position.condition());
	}

	private static EvidencedEdge evidenced(StanceRepository.Edge edge, Map<String, List<EvidenceItem>> evidence) {
		return new EvidencedEdge(edge.claims(), edge.sources(), edge.publishers(), edge.condition(),
				edge.claims().stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList());
	}

	/** Actor-target pairs where the sources put the actor on both sides of one question, each side with evidence. */
	public List<Contradiction> contradictions() {
		List<StanceRepository.ContradictionRow> rows = stances.contradictions();
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(
				rows.stream().flatMap(r -> r.claims().stream()).map(c -> (String) c.get("id")).toList());
		return rows.stream().map(row -> {
			Side supporting = side(row.claims(), "FOR", evidence);
			Side opposing = side(row.claims(), "AGAINST", evidence);
			boolean reversal = supporting.lastDate().isBefore(opposing.firstDate())
					|| opposing.lastDate().isBefore(supporting.firstDate());
			return new Contradiction(row.actor(), row.target(), row.axis(), reversal ? "reversal" : "conflict", supporting, opposing);
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static Side side(List<Map<String, Object>> claims, String side, Map<String, List<EvidenceItem>> evidence) {
		List<Map<String, Object>> mine = claims.stream().filter(c -> side.equals(c.get("side"))).toList();
		List<LocalDate> dates = mine.stream().map(c -> (LocalDate) c.get("date")).filter(Objects::nonNull).sorted().toList();
		List<String> ids = mine.stream().map(c -> (String) c.get("id")).toList();
		return new Side(mine.stream().map(c -> (String) c.get("relation")).distinct().toList(), dates.getFirst(), dates.getLast(),
				ids, mine.stream().flatMap(c -> ((List<String>) c.get("sources")).stream()).distinct().toList(),
				mine.stream().flatMap(c -> ((List<String>) c.get("publishers")).stream()).distinct().toList(),
				ids.stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList());
	}
}
