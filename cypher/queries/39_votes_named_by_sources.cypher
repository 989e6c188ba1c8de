// Which members' votes on an instrument do the sources name? The claims that record a vote cast, per member, with
// the date and the claims; the tally's other votes are unnamed. (GET /api/votes/{instrument})
:param instrument => 'resolution-2803';
MATCH (:Entity {id: $instrument})<-[:ABOUT]-(c:Claim)-[:BY]->(a:Entity)
WHERE c.vote IS NOT NULL
WITH a, c ORDER BY c.date, c.id
RETURN a {.id, .name, .kind} AS actor, c.vote AS vote, min(c.date) AS date, collect(c.id) AS claims
ORDER BY vote DESC, actor.name;
