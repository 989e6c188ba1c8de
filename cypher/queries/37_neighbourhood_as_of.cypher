// The neighbourhood of an entity as of a date, as a graph: the entities joined to it by claims dated by then (or
// by CONCERNS), and between any two of these nodes the claims in force on that date (a later claim on the same
// question supersedes earlier ones), drawn as (holder)<-[:BY]-(claim)-[:ABOUT]->(target), and what propositions
// are about (CONCERNS).
// (GET /api/entities/{center}/neighbourhood?asOf=)
:param center => 'isf';
:param asOf => date('2025-11-05');
:param limit => 40;
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (center:Entity {id: $center})
OPTIONAL CALL (center, asOf) {
  CALL (center, asOf) {
    MATCH (center)<-[:BY]-(claim:Claim)-[:ABOUT]->(neighbour:Entity) WHERE claim.date <= asOf RETURN neighbour, 1 AS said
    UNION ALL
    MATCH (center)<-[:ABOUT]-(claim:Claim)-[:BY]->(neighbour:Entity) WHERE claim.date <= asOf RETURN neighbour, 1 AS said
    UNION ALL
    MATCH (center)-[:CONCERNS]-(neighbour:Entity) RETURN neighbour, 0 AS said
  }
  WITH neighbour, sum(said) AS claims
    WHERE neighbour <> center
  ORDER BY claims DESC, neighbour.name, neighbour.id
  RETURN collect(neighbour) AS around
}
WITH asOf, [center] + coalesce(around, [])[..$limit] AS nodes
CALL (nodes, asOf) {
  UNWIND nodes AS holder
  MATCH (holder)<-[:BY]-(claim:Claim)-[:ABOUT]->(target:Entity)
    WHERE target IN nodes AND claim.date <= asOf
  WITH [holder, target] AS pair, claim.axis AS axis, collect(claim) AS claims, max(claim.date) AS latest
  WITH pair, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
  WITH pair, claims, current,
       reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
              CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
  UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS claim
  WITH pair[0] AS holder, pair[1] AS target, claim
  MATCH path = (holder)<-[:BY]-(claim)-[:ABOUT]->(target)
  RETURN path
  UNION
  UNWIND nodes AS holder
  MATCH path = (holder)-[:CONCERNS]->(target:Entity)
    WHERE target IN nodes
  RETURN path
}
RETURN path;
