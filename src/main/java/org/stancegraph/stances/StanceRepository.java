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
			       r.condition AS condition, r.firstDate AS firstDate, r.lastDate AS lastDate
			ORDER BY relation, a.name
			""";

	Map<String, List<Position>> positions(String target) {
		Map<String, List<Position>> by = new LinkedHashMap<>();
		neo4j.query(POSITIONS).bind(target).to("target").fetch().all().forEach(row -> {
			var position = new Position(summary((Map<?, ?>) row.get("actor")), strings(row.get("claims")),
					strings(row.get("sources")), (String) row.get("condition"), (LocalDate) row.get("firstDate"),
					(LocalDate) row.get("lastDate"));
			by.computeIfAbsent((String) row.get("relation"), r -> new ArrayList<>()).add(position);
		});
		return by;
	}

	private static final String STANCES = """
			MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
			OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
			RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
			       c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom, c.validUntil AS validUntil,
			       p {.id, .name, .kind} AS speaker
			ORDER BY c.date, c.id
			""";

	List<Stance> stances(String actor) {
		Collection<Map<String, Object>> rows = neo4j.query(STANCES).bind(actor).to("actor").fetch().all();
		Map<String, List<EvidenceItem>> evidence = evidenceByClaim(rows.stream().map(r -> (String) r.get("claimId")).toList());
		return rows.stream().map(row -> new Stance((String) row.get("claimId"), (String) row.get("relation"),
				summary((Map<?, ?>) row.get("target")), (LocalDate) row.get("date"), (String) row.get("condition"),
				(String) row.get("detail"), (LocalDate) row.get("validFrom"), (LocalDate) row.get("validUntil"),
				summary((Map<?, ?>) row.get("speaker")), evidence.getOrDefault((String) row.get("claimId"), List.of())))
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

	private static final String EVIDENCE_BY_CLAIM_IDS = """
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
	record Edge(List<String> claims, List<String> sources, String condition) {
	}

	record BackerRow(EntitySummary actor, Edge supports, Edge opposes) {
	}

	/** The example question, as a pattern anchored on both ends. */
	private static final String BACKERS_OPPOSING = """
			MATCH (:Entity {id: $backing})<-[s:SUPPORTS]-(a:Entity)-[o:OPPOSES]->(:Entity {id: $opposing})
			RETURN a {.id, .name, .kind} AS actor,
			       s.claimIds AS supportClaims, s.sourceIds AS supportSources, s.condition AS supportCondition,
			       o.claimIds AS opposeClaims, o.sourceIds AS opposeSources, o.condition AS opposeCondition
			ORDER BY a.name
			""";

	List<BackerRow> backersOpposing(String backing, String opposing) {
		return neo4j.query(BACKERS_OPPOSING).bind(backing).to("backing").bind(opposing).to("opposing").fetch().all()
				.stream()
				.map(row -> new BackerRow(summary((Map<?, ?>) row.get("actor")),
						new Edge(strings(row.get("supportClaims")), strings(row.get("supportSources")), (String) row.get("supportCondition")),
						new Edge(strings(row.get("opposeClaims")), strings(row.get("opposeSources")), (String) row.get("opposeCondition"))))
				.toList();
	}

	private static EntitySummary summary(Map<?, ?> map) {
		return map == null ? null : new EntitySummary((String) map.get("id"), (String) map.get("name"), (String) map.get("kind"));
	}

	private static EntitySummary summary(Value value) {
		return value == null || value.isNull() ? null
				: new EntitySummary(value.get("id").asString(), value.get("name").asString(), value.get("kind").asString());
	}

	private static LocalDate localDate(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return list == null ? List.of() : List.copyOf((List<String>) list);
	}
}
