package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.SourceRef;

@Repository
class VoteRepository {

	private final Neo4jClient neo4j;

	VoteRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record TallyRow(String voteId, LocalDate date, EntitySummary body, int votesFor, int against, int abstain, String quote,
			SourceRef source) {
	}

	private static final String TALLIES = """
			MATCH (:Entity {id: $instrument})<-[:ON]-(v:Vote)-[:IN]->(body:Entity)
			MATCH (v)-[e:EVIDENCED_BY]->(s:Source)
			RETURN v.id AS voteId, v.date AS date, body {.id, .name, .kind} AS body, v.for AS votesFor,
			       v.against AS against, v.abstain AS abstain, e.quote AS quote,
			       s {.id, .title, .publisher, .published, .corpusFile} AS source
			ORDER BY v.date, s.published, v.id
			""";

	List<TallyRow> tallies(String instrument) {
		return neo4j.query(TALLIES).bind(instrument).to("instrument").fetch().all().stream()
			.map(row -> new TallyRow((String) row.get("voteId"), (LocalDate) row.get("date"), Rows.summary(row.get("body")),
					((Number) row.get("votesFor")).intValue(), ((Number) row.get("against")).intValue(),
					((Number) row.get("abstain")).intValue(), (String) row.get("quote"), Rows.source(row.get("source"))))
			.toList();
	}

	record NamedRow(EntitySummary actor, String vote, LocalDate date, List<String> claims) {
	}

	/** Members whose vote a source names: claims that record a vote cast. */
	private static final String NAMED = """
			MATCH (:Entity {id: $instrument})<-[:ABOUT]-(c:Claim)-[:BY]->(a:Entity)
			WHERE c.vote IS NOT NULL
			WITH a, c ORDER BY c.date, c.id
			RETURN a {.id, .name, .kind} AS actor, c.vote AS vote, min(c.date) AS date, collect(c.id) AS claims
			ORDER BY vote DESC, actor.name
			""";

	List<NamedRow> named(String instrument) {
		return neo4j.query(NAMED).bind(instrument).to("instrument").fetch().all().stream()
			.map(row -> new NamedRow(Rows.summary(row.get("actor")), (String) row.get("vote"), (LocalDate) row.get("date"),
					Rows.strings(row.get("claims"))))
			.toList();
	}

	record DivergenceRow(EntitySummary actor, String vote, List<String> voteClaims, String kind, EntitySummary urgedBy,
			String relation, List<String> claims) {
	}

	/**
	 * Voters whose own statements on the instrument take the other side (voted for, said it opposes), and voters
	 * urged by another actor to take a side they did not take (urged to reject, voted for).
	 */
	private static final String DIVERGENCES = """
			MATCH (i:Entity {id: $instrument})<-[:ABOUT]-(v:Claim)-[:BY]->(a:Entity)
			WHERE v.vote IS NOT NULL
			WITH i, a, v.vote AS vote, v.relation AS votedRelation, collect(v.id) AS voteClaims,
			     CASE v.vote WHEN 'for' THEN 'FOR' WHEN 'against' THEN 'AGAINST' ELSE 'NEUTRAL' END AS votedSide
			CALL (i, a, votedSide, votedRelation) {
			    MATCH (i)<-[:ABOUT]-(c:Claim)-[:BY]->(a)
			    WHERE c.vote IS NULL AND c.axis = 'position' AND c.side IN ['FOR', 'AGAINST'] AND c.side <> votedSide
			    RETURN 'stance' AS kind, null AS urgedBy, c.relation AS relation, collect(c.id) AS claims
			  UNION
			    MATCH (i)<-[:REGARDING]-(u:Claim {relation: 'URGES'})-[:ABOUT]->(a)
			    MATCH (u)-[:BY]->(urger:Entity)
			    WHERE u.urging IS NOT NULL AND u.urging <> votedRelation
			    RETURN 'urged' AS kind, urger {.id, .name, .kind} AS urgedBy, u.urging AS relation, collect(u.id) AS claims
			}
			RETURN a {.id, .name, .kind} AS actor, vote, voteClaims, kind, urgedBy, relation, claims
			ORDER BY actor.name, kind
			""";

	List<DivergenceRow> divergences(String instrument) {
		return neo4j.query(DIVERGENCES).bind(instrument).to("instrument").fetch().all().stream()
			.map(row -> new DivergenceRow(Rows.summary(row.get("actor")), (String) row.get("vote"),
					Rows.strings(row.get("voteClaims")), (String) row.get("kind"), Rows.summary(row.get("urgedBy")),
					(String) row.get("relation"), Rows.strings(row.get("claims"))))
			.toList();
	}
}
