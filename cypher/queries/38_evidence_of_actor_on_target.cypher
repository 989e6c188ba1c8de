// What is the evidence for what an actor said about a target? Every quote behind the actor's claims about $target
// dated by $asOf, in date order, with the speaker, the outlet credited and the source document: the explorer's
// evidence view. (GET /api/evidence?actor=&target=&asOf=)
:param actor => 'israel';
:param target => 'turkish-participation-in-isf';
:param asOf => date('2025-11-19');
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (claim:Claim)
  WHERE claim.holder = $actor AND claim.target = $target AND claim.date <= asOf
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
OPTIONAL MATCH (claim)-[:REPORTED_BY]->(reporter:Entity)
WITH claim, evidence, source, speaker, reporter
ORDER BY claim.date, claim.id, source.published, source.id
RETURN claim.date AS date,
       claim.id AS claimId,
       claim.relation AS relation,
       speaker.name AS speaker,
       reporter.name AS reportedBy,
       evidence.quote AS quote,
       source.title AS source,
       source.publisher AS publisher;
