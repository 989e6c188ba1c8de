// What did an actor hold as of a date? Its claims dated by then and still in force (per target and question, a
// later claim stating something else supersedes earlier ones), in date order, each with its certainty. Only claims at
// least as certain as $certainty (stated, reported, probable or possible: everything) are weighed, so a weaker later
// claim supersedes nothing. The API computes this whole and adds
// the quotes of the page it returns (cypher/api/evidence_of_claims.cypher). (GET /api/actors/{actor}/stances?asOf=)
:param actor => 'united-states';
:param asOf => date('2025-11-18');
:param certainty => 'possible';
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (:Entity {id: $actor})<-[:BY]-(c:Claim)-[:ABOUT]->(other:Entity)
WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
WITH other AS t, c
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
       c.certainty AS certainty, c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom,
       c.validUntil AS validUntil, p {.id, .name, .kind} AS speaker
ORDER BY c.date, c.id;
