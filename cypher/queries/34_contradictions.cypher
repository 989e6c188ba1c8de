// Which actors do the sources put on both sides of one question about a target (for and against, offering and
// declining), and when was each side said? Only claims at least as certain as $certainty (stated, reported, probable
// or possible: everything) count. Per actor, target and axis, every claim with its relation, side, date, certainty,
// sources and publishers; the API pages this answer, calls a pair a reversal when one side was all said before the
// other, and adds the quotes of the page (cypher/api/evidence_of_claims.cypher). (GET /api/contradictions)
:param certainty => 'possible';
MATCH (a:Entity)<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
WHERE c.side IN ['FOR', 'AGAINST'] AND $certainty IN c.meetsCertainty
WITH a, t, c.axis AS axis, collect(c) AS claims
WHERE any(c IN claims WHERE c.side = 'FOR') AND any(c IN claims WHERE c.side = 'AGAINST')
UNWIND claims AS c
MATCH (c)-[:EVIDENCED_BY]->(s:Source)
WITH a, t, axis, c, collect(DISTINCT s.id) AS sources, collect(DISTINCT s.publisher) AS publishers
ORDER BY c.date, c.id
RETURN a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, axis,
       collect({id: c.id, relation: c.relation, side: c.side, date: c.date, certainty: c.certainty, sources: sources,
               publishers: publishers}) AS claims
ORDER BY actor.name, target.name, axis;
