package org.stancegraph.stances;

import static org.stancegraph.stances.StanceStatements.BACKERS_OPPOSING;
import static org.stancegraph.stances.StanceStatements.BACKERS_OPPOSING_AS_OF;
import static org.stancegraph.stances.StanceStatements.CONTRADICTIONS;
import static org.stancegraph.stances.StanceStatements.EVIDENCE_OF_ACTOR_COUNTED;
import static org.stancegraph.stances.StanceStatements.EVIDENCE_OF_ACTOR_ON_TARGET_COUNTED;
import static org.stancegraph.stances.StanceStatements.EVIDENCE_OF_CLAIMS;
import static org.stancegraph.stances.StanceStatements.EVIDENCE_ON_TARGET_COUNTED;
import static org.stancegraph.stances.StanceStatements.POSITIONS;
import static org.stancegraph.stances.StanceStatements.POSITIONS_AS_OF;
import static org.stancegraph.stances.StanceStatements.POSITIONS_COUNTED;
import static org.stancegraph.stances.StanceStatements.POSITION_COUNTS;
import static org.stancegraph.stances.StanceStatements.STANCES_AS_OF;
import static org.stancegraph.stances.StanceStatements.STANCES_COUNTED;
import static org.stancegraph.stances.StanceStatements.TIMELINE_COUNTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.Relation;
import org.stancegraph.stances.StanceViews.BackerOpposing;
import org.stancegraph.stances.StanceViews.ClaimsByCertainty;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.Position;
import org.stancegraph.stances.StanceViews.Stance;
import org.stancegraph.web.Paging;

/**
 * The stance questions. Their text is the files of cypher/queries (the questions an analyst opens in the Browser
 * guide) and cypher/api (the counts and look-ups beside them) named here; each is anchored on an id and
 * parameterised.
 * <p>
 * Lists come in pages ({@link Paging}): each sorts, skips and limits in Cypher, so that only a page's rows are
 * projected and only their quotes fetched; a second query counts the whole answer, from degrees where it can.
 * <p>
 * Every question takes a minimum {@link Certainty} as {@code $certainty}: a claim counts when it meets it
 * ({@code $certainty IN c.meetsCertainty}), a derived edge when its strongest claim does
 * ({@code $certainty IN r.meetsCertainty}).
 */
@Repository
class StanceRepository {

	private final Neo4jClient neo4j;

	/**
	 * Per relation, the positions query with only that type written out, so that only its edges are walked. Built
	 * here rather than in a static field, so that a file whose type list lacks a relation stops the start with the
	 * file's name rather than a bare ExceptionInInitializerError.
	 */
	private final Map<String, String> positionsOfCounted;

	StanceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.positionsOfCounted = Relation.names().stream().collect(Collectors.toUnmodifiableMap(r -> r,
				r -> GraphRows.countedPage(POSITION_COUNTS, POSITIONS.replacing(":" + Relation.typeExpression() + "]", ":" + r + "]"))));
	}

	/** The relations somebody holds, by name, with their counts. */
	private static Map<String, Long> byName(Map<String, Long> all) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Relation.names().stream().sorted().forEach(relation -> {
			long count = all.getOrDefault(relation, 0L);
			if (count > 0) {
				counts.put(relation, count);
			}
		});
		return counts;
	}

	/** One actor's relation to a target, as a positions query returns it. */
	record PositionRow(String relation, EntitySummary actor, List<String> claims, List<String> sources,
			List<String> publishers, String condition, LocalDate firstDate, LocalDate lastDate, String certainty,
			ClaimsByCertainty claimsByCertainty) {

		Position position() {
			return new Position(actor, claims, sources, publishers, condition, firstDate, lastDate, certainty,
					claimsByCertainty);
		}
	}

	/**
	 * A page of the stored positions (the derived edges) held at the certainty, optionally of one relation, and per
	 * relation the number of actors holding it to the target at the certainty (relations nobody holds left out), by
	 * name: degree look-ups when everything counts, else the edges read for their certainty. One statement.
	 */
	GraphRows.Counted<Map<String, Long>, PositionRow> positions(String target, Relation relation, Certainty certainty, Paging page) {
		String query = relation == null ? POSITIONS_COUNTED : positionsOfCounted.get(relation.name());
		GraphRows.Counted<Map<String, Long>, PositionRow> found = GraphRows.counted(neo4j.query(query).bindAll(Map.of("target",
				target, "certainty", certainty.word(), "offset", page.offset(), "limit", page.limit())), "counts",
				counts -> counts.asMap(Value::asLong), Map.of(), "relation", PositionRow.class);
		return new GraphRows.Counted<>(byName(found.count()), found.rows());
	}

	/** As of a date every claim about the target has to be weighed, so the answer is computed whole. */
	List<PositionRow> positionsAsOf(String target, LocalDate asOf, Certainty certainty) {
		return GraphRows.all(neo4j.query(POSITIONS_AS_OF).bindAll(Map.of("target", target, "asOf", asOf, "certainty",
				certainty.word())), PositionRow.class);
	}

	/** A page of the actor's claims at the certainty, with their quotes, and how many there are. */
	GraphRows.Counted<Long, Stance> stances(String actor, Certainty certainty, Paging page) {
		return total(STANCES_COUNTED, Map.of("actor", actor, "certainty", certainty.word(), "offset", page.offset(), "limit",
				page.limit()), "claimId", Stance.class);
	}

	private <T> GraphRows.Counted<Long, T> total(String query, Map<String, Object> parameters, String pageColumn, Class<T> type) {
		return GraphRows.counted(neo4j.query(query).bindAll(parameters), "total", Value::asLong, 0L, pageColumn, type);
	}

	/** The claims in force on a date, all of them, without their quotes: {@link #withEvidence} adds them to a page. */
	List<Stance> stancesAsOf(String actor, LocalDate asOf, Certainty certainty) {
		return GraphRows.all(neo4j.query(STANCES_AS_OF).bindAll(Map.of("actor", actor, "asOf", asOf, "certainty",
				certainty.word())), Stance.class);
	}

	/** Without a target the timeline is every claim of the actor. */
	GraphRows.Counted<Long, Stance> timeline(String actor, String target, Certainty certainty, Paging page) {
		return target == null ? stances(actor, certainty, page)
				: total(TIMELINE_COUNTED, Map.of("actor", actor, "target", target, "relations", Relation.names(), "certainty",
						certainty.word(), "offset", page.offset(), "limit", page.limit()), "claimId", Stance.class);
	}

	/** The stances with the quotes of their claims, fetched in one query. */
	List<Stance> withEvidence(List<Stance> stances) {
		Map<String, List<EvidenceItem>> evidence = evidenceByClaim(stances.stream().map(Stance::claimId).toList());
		return stances.stream().map(s -> s.withEvidence(evidence.getOrDefault(s.claimId(), List.of()))).toList();
	}

	/**
	 * A page of the quotes that back the claims by actor and/or about target (said by asOf, if given) at the certainty,
	 * in date order, and how many there are; at least one of actor and target is given. Each is found by index, by
	 * holder (and target) or from the target.
	 */
	GraphRows.Counted<Long, EvidenceItem> evidence(String actor, String relation, String target, LocalDate asOf,
			Certainty certainty, Paging page) {
		String query = actor == null ? EVIDENCE_ON_TARGET_COUNTED
				: target == null ? EVIDENCE_OF_ACTOR_COUNTED : EVIDENCE_OF_ACTOR_ON_TARGET_COUNTED;
		return total(query, evidenceParameters(actor, relation, target, asOf, certainty, page), "claimId", EvidenceItem.class);
	}

	private static Map<String, Object> evidenceParameters(String actor, String relation, String target, LocalDate asOf,
			Certainty certainty, Paging page) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("asOf", asOf);
		parameters.put("actor", actor);
		parameters.put("relations", relation == null ? Relation.names() : List.of(relation));
		parameters.put("target", target);
		parameters.put("certainty", certainty.word());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return parameters;
	}

	/** The quotes of the given claims, all of them: the callers hand in one page of claims, chosen at a certainty. */
	Map<String, List<EvidenceItem>> evidenceByClaim(List<String> claimIds) {
		Map<String, List<EvidenceItem>> byClaim = new LinkedHashMap<>();
		if (claimIds.isEmpty()) {
			return byClaim;
		}
		for (EvidenceItem item : GraphRows.all(neo4j.query(EVIDENCE_OF_CLAIMS).bind(claimIds).to("ids"), EvidenceItem.class)) {
			byClaim.computeIfAbsent(item.claimId(), id -> new ArrayList<>()).add(item);
		}
		return byClaim;
	}

	/** A page of backers, each with both edges and their evidence, and the size of the whole answer. */
	record Backers(long total, List<BackerOpposing> actors) {
	}

	/**
	 * The example question, as a pattern anchored on both ends (from the derived edges), or as of a date (from the
	 * claims in force then): a page of the actors by name and how many there are, from one query.
	 */
	Backers backersOpposing(String backing, String opposing, LocalDate asOf, Certainty certainty, Paging page, int quotes) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("backing", backing);
		parameters.put("opposing", opposing);
		parameters.put("certainty", certainty.word());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		parameters.put("quotes", quotes);
		if (asOf != null) {
			parameters.put("asOf", asOf);
		}
		return GraphRows.one(neo4j.query(asOf == null ? BACKERS_OPPOSING : BACKERS_OPPOSING_AS_OF).bindAll(parameters),
				Backers.class).orElseThrow();
	}

	/** One claim of a contradiction: its relation and side, when it was said, how sure the source is, by which sources. */
	record ContradictionClaim(String id, String relation, String side, LocalDate date, String certainty,
			List<String> sources, List<String> publishers) {
	}

	record ContradictionRow(EntitySummary actor, EntitySummary target, String axis, List<ContradictionClaim> claims) {
	}

	/** Actor-target pairs with claims at the certainty on both sides of one axis: for and against, offering and declining. */
	List<ContradictionRow> contradictions(Certainty certainty) {
		return GraphRows.all(neo4j.query(CONTRADICTIONS).bind(certainty.word()).to("certainty"), ContradictionRow.class);
	}
}
