// What is the evidence for what an actor said about a target? A page of the quotes behind the actor's claims
// about $target (of the relations in $relations: every relation, or the one asked for) dated by $asOf, in date
// order, with the speaker, the outlet credited and the source document: the explorer's evidence view. Found by
// the (holder, relation, target) index. Counted by cypher/api/evidence_count_of_actor_on_target.cypher.
// (GET /api/evidence?actor=&target=&asOf=)
:param actor => 'israel';
:param target => 'turkish-participation-in-isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param offset => 0;
:param limit => 25;
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
MATCH (c:Claim)
WHERE c.holder = $actor AND c.relation IN $relations AND c.target = $target
  AND (asOf IS NULL OR c.date <= asOf)
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
WITH c, e, s ORDER BY c.date, c.id, s.published, s.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
RETURN c.id AS claimId, c.relation AS relation, c.date AS date, p {.id, .name, .kind} AS speaker,
       r {.id, .name, .kind} AS reportedBy, e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY c.date, c.id, s.published, s.id;
