// What did an actor say or do, in date order? A page of every claim held by $actor: the relation, the target,
// who spoke, any condition, the validity period a source states, and the evidence (each verbatim quote with the
// outlet credited and the source document). How many there are: cypher/api/actor_claim_count.cypher.
// (GET /api/actors/{actor}/stances)
:param actor => 'israel';
:param offset => 0;
:param limit => 25;
MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
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
