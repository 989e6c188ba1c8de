package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.Relation;
import org.stancegraph.stances.StanceRepository.ContradictionClaim;
import org.stancegraph.stances.StanceRepository.PositionRow;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.ClaimsByCertainty;
import org.stancegraph.stances.StanceViews.Contradiction;
import org.stancegraph.stances.StanceViews.Contradictions;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.EvidenceList;
import org.stancegraph.stances.StanceViews.Position;
import org.stancegraph.stances.StanceViews.Positions;
import org.stancegraph.stances.StanceViews.Side;
import org.stancegraph.stances.StanceViews.Stance;
import org.stancegraph.stances.StanceViews.Timeline;
import org.stancegraph.web.Paging;

/**
 * Who stands where on what, and on what evidence. Reads only: cluster routing sends them to readers. Every read takes
 * the minimum certainty of what counts ({@link Certainty#POSSIBLE}: everything).
 */
@Service
@Transactional(readOnly = true)
public class StanceService {

	private final StanceRepository stances;
	private final EntityService entities;

	StanceService(StanceRepository stances, EntityService entities) {
		this.stances = stances;
		this.entities = entities;
	}

	/**
	 * @param relation null for every relation
	 * @param asOf null for everything the sources say; else only what they had said by then, latest per question
	 * @param certainty the minimum: an edge counts when its strongest claim meets it; as of a date, each claim
	 */
	public Positions positions(String targetId, String relation, LocalDate asOf, Certainty certainty, Paging page) {
		Relation only = relation(relation);
		EntitySummary target = entities.require(targetId);
		if (asOf != null) {
			List<PositionRow> all = stances.positionsAsOf(targetId, asOf, certainty).stream()
				.filter(row -> only == null || only.name().equals(row.relation())).toList();
			Map<String, Long> counts = all.stream()
				.collect(Collectors.groupingBy(PositionRow::relation, TreeMap::new, Collectors.counting()));
			return new Positions(target, asOf, relation, counts, byRelation(page.slice(all)), page.of(all.size()));
		}
		GraphRows.Counted<Map<String, Long>, PositionRow> positions = stances.positions(targetId, only, certainty, page);
		Map<String, Long> counts = positions.count();
		if (only != null) {
			counts = counts.containsKey(relation) ? Map.of(relation, counts.get(relation)) : Map.of();
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Positions(target, null, relation, counts, byRelation(positions.rows()), page.of(total));
	}

	private static Map<String, List<Position>> byRelation(List<PositionRow> rows) {
		Map<String, List<Position>> by = new LinkedHashMap<>();
		rows.forEach(row -> by.computeIfAbsent(row.relation(), r -> new ArrayList<>()).add(row.position()));
		return by;
	}

	/**
	 * @param asOf null for every claim; else the claims in force on that date
	 * @param certainty the minimum a claim meets to count
	 */
	public ActorStances stances(String actorId, LocalDate asOf, Certainty certainty, Paging page) {
		EntitySummary actor = entities.require(actorId);
		if (asOf != null) {
			List<Stance> all = stances.stancesAsOf(actorId, asOf, certainty);
			// computed whole; only the page's claims get their quotes
			return new ActorStances(actor, asOf, stances.withEvidence(page.slice(all)), page.of(all.size()));
		}
		GraphRows.Counted<Long, Stance> found = stances.stances(actorId, certainty, page);
		return new ActorStances(actor, null, found.rows(), page.of(found.count()));
	}

	public Timeline timeline(String actorId, String targetId, Certainty certainty, Paging page) {
		List<EntitySummary> named = targetId == null ? entities.requireAll(actorId) : entities.requireAll(actorId, targetId);
		EntitySummary actor = named.getFirst();
		EntitySummary target = targetId == null ? null : named.get(1);
		GraphRows.Counted<Long, Stance> found = stances.timeline(actorId, targetId, certainty, page);
		return new Timeline(actor, target, found.rows(), page.of(found.count()));
	}

	/**
	 * The quotes behind claims by an actor and/or about a target at least as certain as {@code certainty}; with
	 * {@code asOf}, of the claims said by then.
	 */
	public EvidenceList evidence(String actorId, String relation, String targetId, LocalDate asOf, Certainty certainty,
			Paging page) {
		if (actorId == null && targetId == null) {
			throw new IllegalArgumentException("give actor, target or both");
		}
		relation(relation);
		entities.requireAll(Stream.of(actorId, targetId).filter(Objects::nonNull).toArray(String[]::new));
		GraphRows.Counted<Long, EvidenceItem> found = stances.evidence(actorId, relation, targetId, asOf, certainty, page);
		return new EvidenceList(found.rows(), page.of(found.count()));
	}

	/** The relation a parameter names, null for none; anything else is a bad parameter. */
	private static Relation relation(String name) {
		if (name == null) {
			return null;
		}
		if (!Relation.names().contains(name)) {
			throw new IllegalArgumentException("relation '" + name + "' is not one of " + Relation.names());
		}
		return Relation.valueOf(name);
	}

	/** Quotes of each edge a page of backers brings by default, and at most. */
	public static final int DEFAULT_QUOTES = 5;
	public static final int MAX_QUOTES = 100;

	/**
	 * The actors with SUPPORTS to {@code backing} and OPPOSES to {@code opposing}, both held at least at
	 * {@code certainty}, by name, a page of them with the first {@code quotes} quotes of both edges and how many they
	 * have (a hub actor's edge to a hub target has hundreds).
	 */
	public BackersOpposing backersOpposing(String backingId, String opposingId, LocalDate asOf, Certainty certainty,
			Paging page, int quotes) {
		if (quotes < 0 || quotes > MAX_QUOTES) {
			throw new IllegalArgumentException("quotes must be between 0 and " + MAX_QUOTES + ", not " + quotes);
		}
		List<EntitySummary> named = entities.requireAll(backingId, opposingId);
		StanceRepository.Backers backers = stances.backersOpposing(backingId, opposingId, asOf, certainty, page, quotes);
		return new BackersOpposing(named.get(0), named.get(1), asOf, backers.actors(), page.of(backers.total()));
	}

	/** The quotes of the given claims, each claim's in date order: for answers that chose their claims themselves. */
	public Map<String, List<EvidenceItem>> evidenceOfClaims(List<String> claimIds) {
		return stances.evidenceByClaim(claimIds);
	}

	/**
	 * Actor-target pairs where the sources put the actor on both sides of one question, each side with evidence; only
	 * claims at least as certain as {@code certainty} count. The pairs are found across the whole graph; only the page's
	 * claims get their quotes.
	 */
	public Contradictions contradictions(Certainty certainty, Paging page) {
		List<StanceRepository.ContradictionRow> all = stances.contradictions(certainty);
		List<StanceRepository.ContradictionRow> rows = page.slice(all);
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(
				rows.stream().flatMap(r -> r.claims().stream()).map(ContradictionClaim::id).toList());
		return new Contradictions(rows.stream().map(row -> {
			Side supporting = side(row.claims(), "FOR", evidence);
			Side opposing = side(row.claims(), "AGAINST", evidence);
			boolean reversal = supporting.lastDate().isBefore(opposing.firstDate())
					|| opposing.lastDate().isBefore(supporting.firstDate());
			return new Contradiction(row.actor(), row.target(), row.axis(), reversal ? "reversal" : "conflict", supporting, opposing);
		}).toList(), page.of(all.size()));
	}

	private static Side side(List<ContradictionClaim> claims, String side, Map<String, List<EvidenceItem>> evidence) {
		List<ContradictionClaim> mine = claims.stream().filter(c -> side.equals(c.side())).toList();
		List<LocalDate> dates = mine.stream().map(ContradictionClaim::date).filter(Objects::nonNull).sorted().toList();
		List<String> ids = mine.stream().map(ContradictionClaim::id).toList();
		ClaimsByCertainty byCertainty = ClaimsByCertainty.of(mine.stream().map(ContradictionClaim::certainty).toList());
		return new Side(mine.stream().map(ContradictionClaim::relation).distinct().toList(), dates.getFirst(), dates.getLast(),
				ids, mine.stream().flatMap(c -> c.sources().stream()).distinct().toList(),
				mine.stream().flatMap(c -> c.publishers().stream()).distinct().toList(), byCertainty.strongest(), byCertainty,
				ids.stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList());
	}
}
