package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * The summary edges {@code (holder)-[:RELATION]->(target)} analysts query, each summing up the claims of its triple:
 * claim ids, first and last date, distinct sources and publishers, conditions, the strongest certainty, the claims
 * at each level, and the claims and evidence items (quotes) at or above each level; and beside them, per holder and
 * target with positions, where the one stands on the other ({@link Standing}). Worked out here, without the
 * database, from the claims the graph held before a load and the claims the load writes, rather than by Cypher over
 * the claims just written: reading back a large uncommitted transaction through an index costs far more than the
 * arithmetic.
 */
final class EdgeSummaries {

	/** What an edge sums up of one claim. */
	record ClaimFacts(String id, Triple triple, LocalDate date, String condition, List<String> sources, Certainty certainty) {

		static ClaimFacts of(ClaimDefinition c) {
			return new ClaimFacts(c.id(), Triple.of(c), c.date(), c.condition(), c.evidence().stream().map(Evidence::source).toList(),
					c.attribution().certainty());
		}
	}

	/**
	 * One summary edge: its claims by date (undated last), then id; its sources and publishers sorted, since the graph
	 * keeps no order of a claim's evidence and an edge recomputed from claims read back must equal the one written from
	 * the files; its conditions in the order of its claims.
	 */
	record Edge(Triple triple, List<String> claimIds, LocalDate firstDate, LocalDate lastDate, List<String> sourceIds,
			List<String> publisherNames, List<String> conditions, Map<Certainty, Integer> claimsByCertainty,
			Map<Certainty, Integer> evidenceByCertainty) {

		/** The strongest certainty of its claims: an edge holds at a minimum certainty when one of its claims does. */
		Certainty certainty() {
			return claimsByCertainty.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
		}

		/** The conditions as one text, for reading; null when the claims state none. */
		String condition() {
			return conditions.isEmpty() ? null : String.join("; ", conditions);
		}

		/** The row the edge statements take: the triple, and the edge's properties. */
		Map<String, Object> row() {
			Map<String, Object> properties = new HashMap<>();
			// the ids of its ends, indexed (cypher/00_schema.cypher): an actor's edges to a target are found without
			// walking every edge of either
			properties.put("holder", triple.holder());
			properties.put("target", triple.target());
			properties.put("claimIds", claimIds);
			properties.put("firstDate", firstDate);
			properties.put("lastDate", lastDate);
			properties.put("sourceIds", sourceIds);
			properties.put("sources", sourceIds.size());
			properties.put("publisherNames", publisherNames);
			properties.put("publishers", publisherNames.size());
			properties.put("conditions", conditions);
			properties.put("condition", condition());
			properties.put("certainty", certainty().word());
			properties.put("meetsCertainty", certainty().meets());
			// what a timeline or evidence page at minimum `level` counts in all, counted here rather than per request
			int claims = 0;
			int evidence = 0;
			for (Certainty level : Certainty.values()) {
				properties.put(level.word() + "Claims", claimsByCertainty.getOrDefault(level, 0));
				claims += claimsByCertainty.getOrDefault(level, 0);
				evidence += evidenceByCertainty.getOrDefault(level, 0);
				properties.put(level.word() + "OrStrongerClaims", claims);
				properties.put(level.word() + "OrStrongerEvidence", evidence);
			}
			Map<String, Object> row = new HashMap<>(triple.row());
			row.put("properties", properties);
			return row;
		}
	}

	/**
	 * Where a holder stands on a target, kept as {@code (holder)-[:STANDS_ON]->(target)} beside its position edges: at
	 * each minimum certainty, the side of its position claims in force with every claim counted, as
	 * {@link org.stancegraph.graph.AsOf#IN_FORCE} weighs them with no date: the relations of its latest claims, MIXED
	 * when they are on both sides. The agreement matrix of hub actors reads one of these per actor and target rather than
	 * weighing each of their claims (docs/performance.md).
	 */
	record Standing(String holder, String target, Map<Certainty, String> sides) {

		/** What the queries call a side whose claims in force are on both sides. */
		static final String MIXED = "MIXED";

		/** The row the standing statements take: its ends, and a side per level (absent: no claim that certain). */
		Map<String, Object> row() {
			Map<String, Object> properties = new HashMap<>();
			for (Certainty level : Certainty.values()) {
				properties.put(level.word() + "OrStrongerSide", sides.get(level));
			}
			Map<String, Object> row = new HashMap<>();
			row.put("holder", holder);
			row.put("target", target);
			row.put("properties", properties);
			return row;
		}
	}

	private final Set<Triple> affected = new LinkedHashSet<>();
	private final Map<Triple, Map<String, ClaimFacts>> claims = new LinkedHashMap<>();
	private final Map<String, Triple> tripleOfClaim = new HashMap<>();
	private final Set<Triple> triplesInGraph = new HashSet<>();
	private final Map<String, String> publishers;

	/**
	 * @param affected   the triples whose edges are recomputed: every claim added must be of one of them or of
	 *                   {@link #read(Collection) the triples their standings need}
	 * @param publishers the publisher of each source the claims cite, by source id
	 */
	EdgeSummaries(Collection<Triple> affected, Map<String, String> publishers) {
		this.affected.addAll(affected);
		read(affected).forEach(t -> claims.put(t, new HashMap<>()));
		this.publishers = publishers;
	}

	/**
	 * The triples whose claims the summaries of {@code affected} need: those triples, and for each position among them
	 * the other positions of its holder and target, on which its standing depends.
	 */
	static Set<Triple> read(Collection<Triple> affected) {
		Set<Triple> read = new LinkedHashSet<>(affected);
		affected.stream().filter(Triple::isPosition).forEach(t -> read.addAll(t.positionsOfPair()));
		return read;
	}

	/** A claim the graph held before the load. */
	void addFromGraph(ClaimFacts claim) {
		tripleOfClaim.put(claim.id(), claim.triple());
		triplesInGraph.add(claim.triple());
		claimsOf(claim.triple()).put(claim.id(), claim);
	}

	/** A claim the load writes: it replaces what the graph held for it, under its old triple if it moved. */
	void addFromSet(ClaimDefinition c) {
		Triple before = tripleOfClaim.get(c.id());
		if (before != null) {
			claims.get(before).remove(c.id());
		}
		claimsOf(Triple.of(c)).put(c.id(), ClaimFacts.of(c));
	}

	private Map<String, ClaimFacts> claimsOf(Triple triple) {
		Map<String, ClaimFacts> ofTriple = claims.get(triple);
		if (ofTriple == null) {
			throw new IllegalArgumentException(triple + " is not among the triples whose edges and standings are recomputed");
		}
		return ofTriple;
	}

	/**
	 * The edges some claim states, of triples the graph had claims of before the load or not: the first have an edge
	 * to update, the others none yet.
	 */
	List<Edge> stated(boolean inGraphBefore) {
		List<Edge> edges = new ArrayList<>();
		affected.forEach(triple -> {
			Map<String, ClaimFacts> byId = claims.get(triple);
			if (!byId.isEmpty() && triplesInGraph.contains(triple) == inGraphBefore) {
				edges.add(summary(triple, byId.values()));
			}
		});
		return edges;
	}

	/** Triples no claim states any more: their edges go. */
	List<Triple> unstated() {
		return affected.stream().filter(t -> claims.get(t).isEmpty()).toList();
	}

	/**
	 * The standings of the holders and targets of the positions recomputed that some position claim still states, of
	 * pairs the graph had position claims of before the load or not: the first have a standing to update, the others
	 * none yet.
	 */
	List<Standing> standings(boolean inGraphBefore) {
		List<Standing> standings = new ArrayList<>();
		positionPairs().forEach(pair -> {
			List<ClaimFacts> positions = pair.stream().flatMap(t -> claims.get(t).values().stream()).toList();
			if (!positions.isEmpty() && pair.stream().anyMatch(triplesInGraph::contains) == inGraphBefore) {
				standings.add(standing(pair.getFirst(), positions));
			}
		});
		return standings;
	}

	/** Holder-target pairs no position claim states any more, as their first position triple: their standings go. */
	List<Triple> unstood() {
		return positionPairs().stream().filter(pair -> pair.stream().allMatch(t -> claims.get(t).isEmpty()))
			.map(List::getFirst).toList();
	}

	/** The position triples of each holder-target pair with a position among the triples recomputed. */
	private Set<List<Triple>> positionPairs() {
		Set<List<Triple>> pairs = new LinkedHashSet<>();
		affected.stream().filter(Triple::isPosition).forEach(t -> pairs.add(t.positionsOfPair()));
		return pairs;
	}

	private static Standing standing(Triple pair, List<ClaimFacts> positions) {
		Map<Certainty, String> sides = new EnumMap<>(Certainty.class);
		for (Certainty level : Certainty.values()) {
			// the claims at least this certain, as $certainty IN c.meetsCertainty keeps them; a claim without a date
			// is never in force
			List<ClaimFacts> counted = positions.stream()
				.filter(c -> c.date() != null && c.certainty().compareTo(level) <= 0)
				.toList();
			counted.stream().map(ClaimFacts::date).max(Comparator.naturalOrder()).ifPresent(latest -> {
				Set<Relation.Side> current = counted.stream().filter(c -> c.date().equals(latest))
					.map(c -> Relation.valueOf(c.triple().relation()).side())
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Relation.Side.class)));
				sides.put(level, current.size() == 1 ? current.iterator().next().name() : Standing.MIXED);
			});
		}
		return new Standing(pair.holder(), pair.target(), Map.copyOf(sides));
	}

	private Edge summary(Triple triple, Collection<ClaimFacts> ofTriple) {
		List<ClaimFacts> ordered = ofTriple.stream()
			.sorted(Comparator.comparing(ClaimFacts::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ClaimFacts::id))
			.toList();
		Set<String> sourceIds = new TreeSet<>();
		Set<String> conditions = new LinkedHashSet<>();
		ordered.forEach(c -> {
			sourceIds.addAll(c.sources());
			if (c.condition() != null) {
				conditions.add(c.condition());
			}
		});
		Set<String> publisherNames = new TreeSet<>();
		sourceIds.forEach(id -> {
			String publisher = publishers.get(id);
			if (publisher != null) {
				publisherNames.add(publisher);
			}
		});
		List<LocalDate> dates = ordered.stream().map(ClaimFacts::date).filter(Objects::nonNull).toList();
		Map<Certainty, Integer> byCertainty = new EnumMap<>(Certainty.class);
		Map<Certainty, Integer> evidenceByCertainty = new EnumMap<>(Certainty.class);
		ordered.forEach(c -> {
			byCertainty.merge(c.certainty(), 1, Integer::sum);
			// one EVIDENCED_BY per evidence item, a source cited twice included
			evidenceByCertainty.merge(c.certainty(), c.sources().size(), Integer::sum);
		});
		return new Edge(triple, ordered.stream().map(ClaimFacts::id).toList(), dates.stream().min(Comparator.naturalOrder()).orElse(null),
				dates.stream().max(Comparator.naturalOrder()).orElse(null), List.copyOf(sourceIds), List.copyOf(publisherNames),
				List.copyOf(conditions), Map.copyOf(byCertainty), Map.copyOf(evidenceByCertainty));
	}
}
