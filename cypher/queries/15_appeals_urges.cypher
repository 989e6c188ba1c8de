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
// each at most one, by OPTIONAL MATCH: with head(COLLECT {...}) here, Neo4j 2026.08's planner failed a check of its own
// (insertCachedProperties: "c.date should not appear non-cached") in one test run of five, as in 38
OPTIONAL MATCH (c)-[:BY]->(h:Entity)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(cl:Entity)
OPTIONAL MATCH (o:Entity {id: s.outlet})
WITH urged, c, e, s, regarding, speaker,
     h {.id, .name, .kind} AS holder, cl {.id, .name, .kind} AS claimant,
     COLLECT {
       UNWIND range(0, size(coalesce(c.via, [])) - 1) AS i
       OPTIONAL MATCH (x:Entity {id: c.via[i]})
       RETURN x {.id, .name, .kind} AS x ORDER BY i
     } AS via,
     o {.id, .name, .kind} AS outlet
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
