// What did an actor say or do about a target over time, including the propositions that concern the target
// (the United States proposing the ISF, proposing and backing Resolution 2803 that concerns it, then the report
// that it may abandon the ISF deployment)? A page of the claims in date order, with their evidence. Each claim is
// found by index (holder, relation and target; or regarding), so a hub actor's other claims are never walked;
// $relations is every relation. How many there are: cypher/api/actor_timeline_on_target_count.cypher.
// (GET /api/actors/{actor}/timeline?target=)
:param actor => 'united-states';
:param target => 'isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param offset => 0;
:param limit => 25;
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
WITH c, t ORDER BY c.date, c.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
       c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom, c.validUntil AS validUntil,
       p {.id, .name, .kind} AS speaker,
       COLLECT {
         MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
         OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
         RETURN {claimId: c.id, relation: c.relation, date: c.date, speaker: p {.id, .name, .kind}, reportedBy: r {.id, .name, .kind},
                quote: e.quote, source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
         ORDER BY s.published, s.id
       } AS evidence
ORDER BY c.date, c.id;
