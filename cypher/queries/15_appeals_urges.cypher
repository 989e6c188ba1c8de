// Who called on whom to do what, and about what? Every URGES claim dated on or after $since, with the appeal
// (detail), the thing it concerns (REGARDING), the speaker, the verbatim quote and the source.
:param since => date('2025-11-01');
WITH date($since) AS since // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (holder:Entity)<-[:BY]-(claim:Claim {relation: 'URGES'})-[:ABOUT]->(urged:Entity)
  WHERE claim.date >= since
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:REGARDING]->(regarding:Entity)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
RETURN claim.date AS date,
       holder.name AS holder,
       urged.name AS urged,
       regarding.name AS regarding,
       claim.detail AS appeal,
       speaker.name AS speaker,
       evidence.quote AS quote,
       source.title AS source
ORDER BY date, holder, urged;
