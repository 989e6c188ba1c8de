package org.stancegraph.stances;

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
import org.stancegraph.graph.AsOf;
import org.stancegraph.graph.Relation;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.Position;
import org.stancegraph.stances.StanceViews.SourceRef;
import org.stancegraph.stances.StanceViews.Stance;
import org.stancegraph.web.Paging;

/**
 * The stance questions as Cypher, each anchored on an id (unique-constraint index) and parameterised.
 * <p>
 * Lists come in pages ({@link Page}): each sorts, skips and limits in Cypher, so that only a page's rows are
 * projected and only their quotes fetched; a second query counts the whole answer, from degrees where it can.
 * <p>
 * "As of" a date: see {@link AsOf}.
 */
@Repository
class StanceRepository {

	private final Neo4jClient neo4j;

	StanceRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** How many actors hold each relation to the target: one degree look-up per type, however big the hub. */
	private static final String POSITION_COUNTS = "MATCH (t:Entity {id: $target}) RETURN "
			+ Relation.names().stream().map(r -> "COUNT { (t)<-[:" + r + "]-() } AS " + r).collect(Collectors.joining(", "));

	/** The tail of the positions queries: a page of derived edges {@code r} from actors {@code a}. */
	private static final String POSITION_ROWS = """
			SKIP $offset LIMIT $limit
			RETURN type(r) AS relation, a {.id, .name, .kind} AS actor, r.claimIds AS claims, r.sourceIds AS sources,
			       r.publisherNames AS publishers, r.condition AS condition, r.firstDate AS firstDate, r.lastDate AS lastDate
			ORDER BY relation, a.name, a.id
			""";

	/** Derived edges into the target, whatever their relation, by relation and actor name. */
	private static final String POSITIONS = """
			MATCH (:Entity {id: $target})<-[r:%s]-(a:Entity)
			WITH r, a ORDER BY type(r), a.name, a.id
			""".formatted(Relation.typeExpression()) + POSITION_ROWS;

	/** The same for one relation: the type written out, so that only its edges are walked. */
	private static final Map<String, String> POSITIONS_OF = Relation.perRelation("""
			MATCH (:Entity {id: $target})<-[r:%s]-(a:Entity)
			WITH r, a ORDER BY a.name, a.id
			""" + POSITION_ROWS);

	/** Per relation, the number of actors holding it to the target (relations nobody holds left out). */
	Map<String, Long> positionCounts(String target) {
		Map<String, Object> row = neo4j.query(POSITION_COUNTS).bind(target).to("target").fetch().one().orElse(Map.of());
		Map<String, Long> counts = new LinkedHashMap<>();
		Relation.names().stream().sorted().forEach(relation -> {
			long count = row.get(relation) instanceof Long n ? n : 0;
			if (count > 0) {
				counts.put(relation, count);
			}
		});
		return counts;
	}

	/** A page of the stored positions (the derived edges), optionally of one relation. */
	List<PositionRow> positions(String target, Relation relation, Paging page) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("target", target);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return positionRows(relation == null ? POSITIONS : POSITIONS_OF.get(relation.name()), parameters);
	}

	/** The answer computed from the claims: the latest per actor and axis, dated on or before $asOf; all of it. */
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
			ORDER BY relation, a.name, a.id
			""";

	/** As of a date every claim about the target has to be weighed, so the answer is computed whole. */
	List<PositionRow> positionsAsOf(String target, LocalDate asOf) {
		return positionRows(POSITIONS_AS_OF, Map.of("target", target, "asOf", asOf));
	}

	/** One actor's relation to a target, with the relation it holds. */
	record PositionRow(String relation, Position position) {
	}

	private List<PositionRow> positionRows(String query, Map<String, Object> parameters) {
		return neo4j.query(query).bindAll(parameters).fetch().all().stream()
			.map(row -> new PositionRow((String) row.get("relation"), new Position(Rows.summary(row.get("actor")),
					Rows.strings(row.get("claims")), Rows.strings(row.get("sources")), Rows.strings(row.get("publishers")),
					(String) row.get("condition"), (LocalDate) row.get("firstDate"), (LocalDate) row.get("lastDate"))))
			.toList();
	}

	/** The tail of the stance queries: one row per claim {@code c} about target {@code t}, in date order. */
	private static final String STANCE_ROWS = """
			OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
			RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
			       c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom, c.validUntil AS validUntil,
			       p {.id, .name, .kind} AS speaker
			ORDER BY c.date, c.id
			""";

	/** Only claims have BY, each exactly one, and one ABOUT: the actor's BY degree counts its stances. */
	private static final String STANCE_COUNT = """
			MATCH (a:Entity {id: $actor})
			RETURN COUNT { (a)<-[:BY]-() } AS total
			""";

	private static final String STANCES = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			WITH c, t ORDER BY c.date, c.id SKIP $offset LIMIT $limit
			""" + STANCE_ROWS;

	long stanceCount(String actor) {
		return total(STANCE_COUNT, Map.of("actor", actor));
	}

	List<Stance> stances(String actor, Paging page) {
		return stanceRows(STANCES, Map.of("actor", actor, "offset", page.offset(), "limit", page.limit()));
	}

	private static final String STANCES_AS_OF = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(other:Entity)
			WHERE c.date <= $asOf
			""" + AsOf.IN_FORCE + """
			WITH other AS t, c
			""" + STANCE_ROWS;

	/** The claims in force on a date, all of them, without their quotes: {@link #withEvidence} adds them to a page. */
	List<Stance> stancesAsOf(String actor, LocalDate asOf) {
		return stanceRowsWithoutEvidence(STANCES_AS_OF, Map.of("actor", actor, "asOf", asOf));
	}

	/**
	 * An actor's claims on a target, on propositions that concern it, or `regarding` it: each found by index (the
	 * triple index with every relation, the regarding index), so a hub actor's other claims are never walked.
	 */
	private static final String TIMELINE_MATCH = """
			MATCH (target:Entity {id: $target})
			WITH [$target] + COLLECT { MATCH (target)<-[:CONCERNS]-(t:Entity) RETURN t.id } AS targets
			CALL (targets) {
			  MATCH (c:Claim) WHERE c.holder = $actor AND c.relation IN $relations AND c.target IN targets
			  RETURN c
			  UNION
			  MATCH (c:Claim {regarding: $target}) WHERE c.holder = $actor
			  RETURN c
			}
			MATCH (c)-[:ABOUT]->(t:Entity)
			""";

	private static final String TIMELINE_COUNT = TIMELINE_MATCH + "RETURN count(c) AS total";

	private static final String TIMELINE = TIMELINE_MATCH + """
			WITH c, t ORDER BY c.date, c.id SKIP $offset LIMIT $limit
			""" + STANCE_ROWS;

	/** Without a target the timeline is every claim of the actor. */
	long timelineCount(String actor, String target) {
		return target == null ? stanceCount(actor)
				: total(TIMELINE_COUNT, Map.of("actor", actor, "target", target, "relations", Relation.names()));
	}

	List<Stance> timeline(String actor, String target, Paging page) {
		return target == null ? stances(actor, page) : stanceRows(TIMELINE, Map.of("actor", actor, "target", target,
				"relations", Relation.names(), "offset", page.offset(), "limit", page.limit()));
	}

	private List<Stance> stanceRows(String query, Map<String, Object> parameters) {
		return withEvidence(stanceRowsWithoutEvidence(query, parameters));
	}

	private List<Stance> stanceRowsWithoutEvidence(String query, Map<String, Object> parameters) {
		return neo4j.query(query).bindAll(parameters).fetch().all().stream()
			.map(row -> new Stance((String) row.get("claimId"), (String) row.get("relation"), Rows.summary(row.get("target")),
					(LocalDate) row.get("date"), (String) row.get("condition"), (String) row.get("detail"),
					(LocalDate) row.get("validFrom"), (LocalDate) row.get("validUntil"), Rows.summary(row.get("speaker")),
					List.of()))
			.toList();
	}

	/** The stances with the quotes of their claims, fetched in one query. */
	List<Stance> withEvidence(List<Stance> stances) {
		Map<String, List<EvidenceItem>> evidence = evidenceByClaim(stances.stream().map(Stance::claimId).toList());
		return stances.stream()
			.map(s -> new Stance(s.claimId(), s.relation(), s.target(), s.date(), s.condition(), s.detail(), s.validFrom(),
					s.validUntil(), s.speaker(), evidence.getOrDefault(s.claimId(), List.of())))
			.toList();
	}

	/** The tail every evidence query shares: one row per quote {@code e} from source {@code s}, with speaker and reporter. */
	private static final String EVIDENCE_ROWS = """
			OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
			OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
			RETURN c.id AS claimId, c.relation AS relation, c.date AS date, p {.id, .name, .kind} AS speaker, r {.id, .name, .kind} AS reportedBy,
			       e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
			ORDER BY c.date, c.id, s.published, s.id
			""";

	/** A page of the quotes, in the same order. */
	private static final String EVIDENCE_PAGE = """
			WITH c, e, s ORDER BY c.date, c.id, s.published, s.id SKIP $offset LIMIT $limit
			""" + EVIDENCE_ROWS;

	/** By the triple index: the actor's claims of the relations asked for, on any target or on one. */
	private static final String EVIDENCE_BY_HOLDER = """
			MATCH (c:Claim)
			WHERE c.holder = $actor AND c.relation IN $relations AND c.target IS NOT NULL
			  AND ($asOf IS NULL OR c.date <= $asOf)
			MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			""";

	private static final String EVIDENCE_BY_HOLDER_AND_TARGET = """
			MATCH (c:Claim)
			WHERE c.holder = $actor AND c.relation IN $relations AND c.target = $target
			  AND ($asOf IS NULL OR c.date <= $asOf)
			MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			""";

	private static final String EVIDENCE_BY_TARGET = """
			MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)
			WHERE c.relation IN $relations AND ($asOf IS NULL OR c.date <= $asOf)
			MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			""";

	private static String evidenceMatch(String actor, String target) {
		return actor == null ? EVIDENCE_BY_TARGET : target == null ? EVIDENCE_BY_HOLDER : EVIDENCE_BY_HOLDER_AND_TARGET;
	}

	private static final String EVIDENCE_COUNT = "RETURN count(e) AS total";

	/** How many quotes back the claims by actor and/or about target (said by asOf, if given); at least one of the two is given. */
	long evidenceCount(String actor, String relation, String target, LocalDate asOf) {
		return total(evidenceMatch(actor, target) + EVIDENCE_COUNT,
				evidenceParameters(actor, relation, target, asOf, Paging.first()));
	}

	/** A page of those quotes, in date order. */
	List<EvidenceItem> evidence(String actor, String relation, String target, LocalDate asOf, Paging page) {
		return evidenceRows(evidenceMatch(actor, target) + EVIDENCE_PAGE,
				evidenceParameters(actor, relation, target, asOf, page));
	}

	private static Map<String, Object> evidenceParameters(String actor, String relation, String target, LocalDate asOf,
			Paging page) {
		var parameters = new LinkedHashMap<String, Object>();
		parameters.put("asOf", asOf);
		parameters.put("actor", actor);
		parameters.put("relations", relation == null ? Relation.names() : List.of(relation));
		parameters.put("target", target);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return parameters;
	}

	/** The quotes of the given claims, all of them: the callers hand in one page of claims. */
	static final String EVIDENCE_BY_CLAIM_IDS = """
			UNWIND $ids AS id
			MATCH (c:Claim {id: id})-[e:EVIDENCED_BY]->(s:Source)
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
			return new EvidenceItem(row.get("claimId").asString(), row.get("relation").asString(null), localDate(row.get("date")), summary(row.get("speaker")),
					summary(row.get("reportedBy")), row.get("quote").asString(),
					new SourceRef(source.get("id").asString(), source.get("title").asString(),
							source.get("publisher").asString(), localDate(source.get("published")),
							source.get("corpusFile").asString()));
		}).all());
	}

	/** The one value of a counting query ({@code total}). */
	private long total(String query, Map<String, Object> parameters) {
		return neo4j.query(query).bindAll(parameters).fetchAs(Long.class).mappedBy((types, row) -> row.get("total").asLong())
			.one().orElse(0L);
	}

	/** A derived edge between two entities, as stored: the claims it summarises and its distinct sources. */
	record Edge(List<String> claims, List<String> sources, List<String> publishers, String condition) {
	}

	record BackerRow(EntitySummary actor, Edge supports, Edge opposes) {
	}

	/**
	 * The example question, as a pattern anchored on both ends: a page of the actors by name, and how many there
	 * are, from one traversal (the answer is short, and one round trip less is a third of a rare pair's time).
	 */
	static final String BACKERS_OPPOSING = """
			MATCH (:Entity {id: $backing})<-[s:SUPPORTS]-(a:Entity)-[o:OPPOSES]->(:Entity {id: $opposing})
			WITH a, s, o ORDER BY a.name, a.id
			WITH collect([a, s, o]) AS rows
			RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] | {
			         actor: {id: row[0].id, name: row[0].name, kind: row[0].kind},
			         supports: {claims: row[1].claimIds, sources: row[1].sourceIds, publishers: row[1].publisherNames,
			                    condition: row[1].condition},
			         opposes: {claims: row[2].claimIds, sources: row[2].sourceIds, publishers: row[2].publisherNames,
			                   condition: row[2].condition}}] AS page
			""";

	/** A page of backers and the size of the whole answer. */
	record Backers(List<BackerRow> page, long total) {
	}

	@SuppressWarnings("unchecked")
	Backers backersOpposing(String backing, String opposing, Paging page) {
		Map<String, Object> result = neo4j.query(BACKERS_OPPOSING)
			.bindAll(Map.of("backing", backing, "opposing", opposing, "offset", page.offset(), "limit", page.limit()))
			.fetch().one().orElseThrow();
		return new Backers(((List<Map<String, Object>>) result.get("page")).stream()
			.map(row -> new BackerRow(Rows.summary(row.get("actor")), edge(row.get("supports")), edge(row.get("opposes"))))
			.toList(), (Long) result.get("total"));
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
