// The evidence view without a target: a page of the quotes behind an actor's claims of $relations on any target,
// dated by $asOf (null: all), in date order. (GET /api/evidence?actor=)
:param actor => 'israel';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param offset => 0;
:param limit => 25;
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
MATCH (c:Claim)
WHERE c.holder = $actor AND c.relation IN $relations AND c.target IS NOT NULL
  AND (asOf IS NULL OR c.date <= asOf)
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
WITH c, e, s ORDER BY c.date, c.id, s.published, s.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
RETURN c.id AS claimId, c.relation AS relation, c.date AS date, p {.id, .name, .kind} AS speaker,
       r {.id, .name, .kind} AS reportedBy, e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY c.date, c.id, s.published, s.id;
