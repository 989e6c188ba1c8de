// What did an actor hold as of a date? Its claims dated by then and still in force (per target and question, a
// later claim stating something else supersedes earlier ones), in date order, with the quotes.
// (GET /api/actors/{actor}/stances?asOf=)
:param actor => 'united-states';
:param asOf => date('2025-11-18');
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (actor:Entity {id: $actor})<-[:BY]-(claim:Claim)-[:ABOUT]->(target:Entity)
  WHERE claim.date <= asOf
WITH actor, target, claim.axis AS axis, collect(claim) AS claims, max(claim.date) AS latest
WITH actor, target, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH actor, target, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS claim
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
RETURN claim.date AS date,
       claim.id AS claimId,
       claim.relation AS relation,
       target.name AS target,
       claim.condition AS condition,
       evidence.quote AS quote,
       source.title AS source
ORDER BY date, claimId, source;
