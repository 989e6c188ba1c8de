// Which members' votes on an instrument do the sources name? The claims that record a vote cast, per member, with
// the date, the claims and their strongest certainty; only claims at least as certain as $certainty (stated, reported,
// probable or possible: everything) name a vote. The tally's other votes are unnamed. (GET /api/votes/{instrument})
:param instrument => 'resolution-2803';
:param certainty => 'possible';
MATCH (:Entity {id: $instrument})<-[:ABOUT]-(c:Claim)-[:BY]->(a:Entity)
WHERE c.vote IS NOT NULL AND $certainty IN c.meetsCertainty
WITH a, c ORDER BY c.date, c.id
WITH a, c.vote AS vote, min(c.date) AS date, collect(c.id) AS claims, collect(DISTINCT c.certainty) AS certainties
RETURN a {.id, .name, .kind} AS actor, vote, date, claims,
       head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE w IN certainties]) AS certainty
ORDER BY vote DESC, actor.name;
