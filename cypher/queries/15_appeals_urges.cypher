// Who called on whom to do what, and about what? Every URGES claim dated on or after $since and at least as
// certain as $certainty (stated, reported, probable or possible: everything), with the appeal (detail), the thing it
// concerns (REGARDING), how sure the source is, the speaker, who claims it through whom (holder ← claimant ← via ←
// outlet), the verbatim quote and the source.
:param since => date('2025-11-01');
:param certainty => 'possible';
WITH date($since) AS since // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (urged:Entity)<-[:ABOUT]-(c:Claim {relation: 'URGES'})
  WHERE c.date >= since AND $certainty IN c.meetsCertainty
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
OPTIONAL MATCH (c)-[:REGARDING]->(regarding:Entity)
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(speaker:Entity)
WITH urged, c, e, s, regarding, speaker,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN c.date AS date,
       holder.name AS holder,
       urged.name AS urged,
       regarding.name AS regarding,
       c.detail AS appeal,
       c.certainty AS certainty,
       speaker.name AS speaker,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       e.quote AS quote,
       s.title AS source
ORDER BY date, holder, urged;
