package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.Position;
import org.stancegraph.stances.StanceViews.SourceRef;
import org.stancegraph.stances.StanceViews.Stance;

/**
 * The stance questions as Cypher, each anchored on an id (unique-constraint index) and parameterised.
 * <p>
 * "As of" a date: see {@link AsOf}.
 */
@Repository
class StanceRepository {

	private final Neo4jClient neo4j;

	StanceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Derived edges (they carry claimIds) into the target, whatever their relation. */
	private static final String POSITIONS = """
			MATCH (:Entity {id: $target})<-[r]-(a:Entity)
			WHERE r.claimIds IS NOT NULL
			RETURN type(r) AS relation, a {.id, .name, .kind} AS actor, r.claimIds AS claims, r.sourceIds AS sources,
			       r.publisherNames AS publishers, r.condition AS condition, r.firstDate AS firstDate, r.lastDate AS lastDate
			ORDER BY relation, a.name
			""";

	/** The same answer computed from the claims: the latest per actor and axis, dated on or before $asOf. */
	private static final String POSITIONS_AS_OF = """
			MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)-[:BY]->(other:Entity)
			WHERE c.date <= $asOf
			""" + AsOf.IN_FORCE + """
			WITH other AS a, c
			MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			WITH a, c, s ORDER BY c.date, c.id
			WITH a, c.relation AS relation, collect(DISTINCT c.id) AS claims, collect(DISTINCT s.id) AS sources,
			     collect(DISTINCT s.publisher) AS publishers, collect(DISTINCT c.condition) AS conditions,
			     min(c.date) AS firstDate, max(c.date) AS lastDate
			RETURN relation, a {.id, .name, .kind} AS actor, claims, sources, publishers,
			       CASE size(conditions) WHEN 0 THEN null
			       ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END AS condition,
			       firstDate, lastDate
			ORDER BY relation, a.name
			""";

	Map<String, List<Position>> positions(String target, LocalDate asOf) {
		Map<String, List<Position>> by = new LinkedHashMap<>();
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("target", target);
		parameters.put("asOf", asOf);
		neo4j.query(asOf == null ? POSITIONS : POSITIONS_AS_OF).bindAll(parameters)
			.fetch().all().forEach(row -> {
				var position = new Position(Rows.summary(row.get("actor")), Rows.strings(row.get("claims")),
						Rows.strings(row.get("sources")), Rows.strings(row.get("publishers")), (String) row.get("condition"),
						(LocalDate) row.get("firstDate"), (LocalDate) row.get("lastDate"));
				by.computeIfAbsent((String) row.get("relation"), r -> new ArrayList<>()).add(position);
			});
		return by;
	}

	/** The tail of the stance queries: one row per claim {@code c} about target {@code t}, in date order. */
	private static final String STANCE_ROWS = """
			OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
			RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
			       c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom, c.validUntil AS validUntil,
			       p {.id, .name, .kind} AS speaker
			ORDER BY c.date, c.id
			""";

	private static final String STANCES = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			""" + STANCE_ROWS;

	private static final String STANCES_AS_OF = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(other:Entity)
			WHERE c.date <= $asOf
			""" + AsOf.IN_FORCE + """
			WITH other AS t, c
			""" + STANCE_ROWS;

	List<Stance> stances(String actor, LocalDate asOf) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("actor", actor);
		parameters.put("asOf", asOf);
		return stanceRows(asOf == null ? STANCES : STANCES_AS_OF, parameters);
	}

	/** An actor's claims on a target, on what the target is `regarding`, or on propositions that concern it. */
	private static final String TIMELINE = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			WHERE $target IS NULL OR t.id = $target OR c.regarding = $target
			      OR EXISTS { (t)-[:CONCERNS]->(:Entity {id: $target}) }
			""" + STANCE_ROWS;

	List<Stance> timeline(String actor, String target) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("actor", actor);
		parameters.put("target", target);
		return stanceRows(TIMELINE, parameters);
	}

	private List<Stance> stanceRows(String query, Map<String, Object> parameters) {
		Collection<Map<String, Object>> rows = neo4j.query(query).bindAll(parameters).fetch().all();
		Map<String, List<EvidenceItem>> evidence = evidenceByClaim(rows.stream().map(r -> (String) r.get("claimId")).toList());
		return rows.stream().map(row -> new Stance((String) row.get("claimId"), (String) row.get("relation"),
				Rows.summary(row.get("target")), (LocalDate) row.get("date"), (String) row.get("condition"),
				(String) row.get("detail"), (LocalDate) row.get("validFrom"), (LocalDate) row.get("validUntil"),
				Rows.summary(row.get("speaker")), evidence.getOrDefault((String) row.get("claimId"), List.of())))
			.toList();
	}

	/** The tail every evidence query shares: one row per quote, with speaker, reporter and source. */
	private static final String EVIDENCE_ROWS = """
			MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
			OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
			RETURN c.id AS claimId, c.date AS date, p {.id, .name, .kind} AS speaker, r {.id, .name, .kind} AS reportedBy,
			       e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
			ORDER BY c.date, c.id, s.published, s.id
			""";

	private static final String EVIDENCE_BY_HOLDER = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)
			WHERE ($relation IS NULL OR c.relation = $relation) AND ($target IS NULL OR c.target = $target)
			""" + EVIDENCE_ROWS;

	private static final String EVIDENCE_BY_TARGET = """
			MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)
			WHERE $relation IS NULL OR c.relation = $relation
			""" + EVIDENCE_ROWS;

	/** Evidence for claims by actor and/or about target; at least one of the two is given. */
	List<EvidenceItem> evidence(String actor, String relation, String target) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("actor", actor);
		parameters.put("relation", relation);
		parameters.put("target", target);
		return evidenceRows(actor != null ? EVIDENCE_BY_HOLDER : EVIDENCE_BY_TARGET, parameters);
	}

	static final String EVIDENCE_BY_CLAIM_IDS = """
			UNWIND $ids AS id
			MATCH (c:Claim {id: id})
			""" + EVIDENCE_ROWS;

	Map<String, List<EvidenceItem>> evidenceByClaim(List<String> claimIds) {
		Map<String, List<EvidenceItem>> byClaim = new LinkedHashMap<>();
		if (claimIds.isEmpty()) {
			return byClaim;
		}
		for (EvidenceItem item : evidenceRows(EVIDENCE_BY_CLAIM_IDS, Map.of("ids", claimIds))) {
			byClaim.computeIfAbsent(item.claimId(), id -> new ArrayList<>()).add(item);
		}
		return byClaim;
	}

	private List<EvidenceItem> evidenceRows(String query, Map<String, Object> parameters) {
		return List.copyOf(neo4j.query(query).bindAll(parameters).fetchAs(EvidenceItem.class).mappedBy((types, row) -> {
			Value source = row.get("source");
			return new EvidenceItem(row.get("claimId").asString(), localDate(row.get("date")), summary(row.get("speaker")),
					summary(row.get("reportedBy")), row.get("quote").asString(),
					new SourceRef(source.get("id").asString(), source.get("title").asString(),
							source.get("publisher").asString(), localDate(source.get("published")),
							source.get("corpusFile").asString()));
		}).all());
	}

	/** A derived edge between two entities, as stored: the claims it summarises and its distinct sources. */
	record Edge(List<String> claims, List<String> sources, List<String> publishers, String condition) {
	}

	record BackerRow(EntitySummary actor, Edge supports, Edge opposes) {
	}

	/** The example question, as a pattern anchored on both ends. */
	static final String BACKERS_OPPOSING = """
			MATCH (:Entity {id: $backing})<-[s:SUPPORTS]-(a:Entity)-[o:OPPOSES]->(:Entity {id: $opposing})
			RETURN a {.id, .name, .kind} AS actor,
			       s {claims: s.claimIds, sources: s.sourceIds, publishers: s.publisherNames, condition: s.condition} AS supports,
			       o {claims: o.claimIds, sources: o.sourceIds, publishers: o.publisherNames, condition: o.condition} AS opposes
			ORDER BY a.name
			""";

	List<BackerRow> backersOpposing(String backing, String opposing) {
		return neo4j.query(BACKERS_OPPOSING).bind(backing).to("backing").bind(opposing).to("opposing").fetch().all()
			.stream()
			.map(row -> new BackerRow(Rows.summary(row.get("actor")), edge(row.get("supports")), edge(row.get("opposes"))))
			.toList();
	}

	private static Edge edge(Object value) {
		Map<?, ?> map = (Map<?, ?>) value;
		return new Edge(Rows.strings(map.get("claims")), Rows.strings(map.get("sources")), Rows.strings(map.get("publishers")),
				(String) map.get("condition"));
	}

	record ContradictionRow(EntitySummary actor, EntitySummary target, String axis, List<Map<String, Object>> claims) {
	}

	/** Actor-target pairs with claims on both sides of one axis: for and against, offering and declining. */
	private static final String CONTRADICTIONS = """
			MATCH (a:Entity)<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			WHERE c.side IN ['FOR', 'AGAINST']
			WITH a, t, c.axis AS axis, collect(c) AS claims
			WHERE any(c IN claims WHERE c.side = 'FOR') AND any(c IN claims WHERE c.side = 'AGAINST')
			UNWIND claims AS c
			MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			WITH a, t, axis, c, collect(DISTINCT s.id) AS sources, collect(DISTINCT s.publisher) AS publishers
			ORDER BY c.date, c.id
			RETURN a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, axis,
			       collect({id: c.id, relation: c.relation, side: c.side, date: c.date, sources: sources, publishers: publishers}) AS claims
			ORDER BY actor.name, target.name, axis
			""";

	@SuppressWarnings("unchecked")
	List<ContradictionRow> contradictions() {
		return neo4j.query(CONTRADICTIONS).fetch().all().stream()
			.map(row -> new ContradictionRow(Rows.summary(row.get("actor")), Rows.summary(row.get("target")),
					(String) row.get("axis"), (List<Map<String, Object>>) row.get("claims")))
			.toList();
	}

	private static EntitySummary summary(Value value) {
		return value == null || value.isNull() ? null
				: new EntitySummary(value.get("id").asString(), value.get("name").asString(), value.get("kind").asString());
	}

	private static LocalDate localDate(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}
}
