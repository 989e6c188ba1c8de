// Which votes on an instrument went against the voter's own statements on it (voted for, said it opposes), or
// against what another actor urged the voter to do (Hamas urged Algeria to reject Resolution 2803; Algeria voted
// for)? Only claims at least as certain as $certainty (stated, reported, probable or possible: everything) count,
// votes, statements and appeals alike. (GET /api/votes/{instrument}/divergences)
:param instrument => 'resolution-2803';
:param certainty => 'possible';
MATCH (i:Entity {id: $instrument})<-[:ABOUT]-(v:Claim)-[:BY]->(a:Entity)
WHERE v.vote IS NOT NULL AND $certainty IN v.meetsCertainty
WITH i, a, v.vote AS vote, v.relation AS votedRelation, collect(v.id) AS voteClaims,
     CASE v.vote WHEN 'for' THEN 'FOR' WHEN 'against' THEN 'AGAINST' ELSE 'NEUTRAL' END AS votedSide
CALL (i, a, votedSide, votedRelation) {
    MATCH (i)<-[:ABOUT]-(c:Claim)-[:BY]->(a)
    WHERE c.vote IS NULL AND $certainty IN c.meetsCertainty AND c.axis = 'position' AND c.side IN ['FOR', 'AGAINST'] AND c.side <> votedSide
    RETURN 'stance' AS kind, null AS urgedBy, c.relation AS relation, collect(c.id) AS claims
  UNION
    MATCH (i)<-[:REGARDING]-(u:Claim {relation: 'URGES'})-[:ABOUT]->(a)
    MATCH (u)-[:BY]->(urger:Entity)
    WHERE u.urging IS NOT NULL AND u.urging <> votedRelation AND $certainty IN u.meetsCertainty
    RETURN 'urged' AS kind, urger {.id, .name, .kind} AS urgedBy, u.urging AS relation, collect(u.id) AS claims
}
RETURN a {.id, .name, .kind} AS actor, vote, voteClaims, kind, urgedBy, relation, claims
ORDER BY actor.name, kind;
