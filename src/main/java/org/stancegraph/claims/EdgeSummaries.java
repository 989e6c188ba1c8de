package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.stancegraph.graph.Certainty;

/**
 * The summary edges {@code (holder)-[:RELATION]->(target)} analysts query, each summing up the claims of its triple:
 * claim ids, first and last date, distinct sources and publishers, conditions, the strongest certainty, the claims
 * at each level, and the claims and evidence items (quotes) at or above each level. Worked out here, without the
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

	private final Map<Triple, Map<String, ClaimFacts>> claims = new LinkedHashMap<>();
	private final Map<String, Triple> tripleOfClaim = new HashMap<>();
	private final Set<Triple> triplesInGraph = new HashSet<>();
	private final Map<String, String> publishers;

	/**
	 * @param affected   the triples whose edges are recomputed: every claim added must be of one of them
	 * @param publishers the publisher of each source the claims cite, by source id
	 */
	EdgeSummaries(Collection<Triple> affected, Map<String, String> publishers) {
		affected.forEach(t -> claims.put(t, new HashMap<>()));
		this.publishers = publishers;
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
			throw new IllegalArgumentException(triple + " is not among the triples whose edges are recomputed");
		}
		return ofTriple;
	}

	/**
	 * The edges some claim states, of triples the graph had claims of before the load or not: the first have an edge
	 * to update, the others none yet.
	 */
	List<Edge> stated(boolean inGraphBefore) {
		List<Edge> edges = new ArrayList<>();
		claims.forEach((triple, byId) -> {
			if (!byId.isEmpty() && triplesInGraph.contains(triple) == inGraphBefore) {
				edges.add(summary(triple, byId.values()));
			}
		});
		return edges;
	}

	/** Triples no claim states any more: their edges go. */
	List<Triple> unstated() {
		return claims.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
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
