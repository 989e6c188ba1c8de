// Where did each actor stand on each target as of a date? Only claims dated on or before $asOf count, and per actor,
// target and axis only those in force: on the position axis (SUPPORTS, PROPOSED, ABSTAINED, OPPOSES) and the
// participation axis (OFFERS_TROOPS, DECLINES) a later claim stating something else supersedes the earlier ones;
// earlier claims of the relation in force still count. E.g. the United States proposed Resolution 2803 until 17
// November and supports it from 18 November. One row per actor, target and relation, with its claims (by date), how
// many documents and publishers state them and their conditions joined; by actor name, then target id and relation.
// Only claims at least as certain as $certainty (stated, reported, probable or possible: everything) are weighed, so a
// weaker later claim supersedes nothing; each row says the strongest certainty of its claims and how many there are at
// each certainty. A pair without a claim has no row (the API answers it as an empty cell). With $actors null, every
// actor with a claim about one of the targets. (GET /api/matrix?asOf=)
:param actors => ['israel', 'turkey', 'united-states'];
:param targets => ['isf-deployment', 'resolution-2803', 'isf'];
:param asOf => date('2025-11-15');
:param certainty => 'possible';
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
UNWIND $targets AS targetId
MATCH (t:Entity {id: targetId})<-[:ABOUT]-(c:Claim)-[:BY]->(a:Entity)
WHERE c.date <= asOf AND $certainty IN c.meetsCertainty AND ($actors IS NULL OR a.id IN $actors)
WITH [a, t] AS other, c
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
WITH other[0] AS a, other[1] AS t, c
MATCH (c)-[:EVIDENCED_BY]->(s:Source)
WITH a, t, c, s
ORDER BY c.date, c.id
WITH a, t, c.relation AS relation, collect(DISTINCT c.id) AS claims,
     collect(DISTINCT s.id) AS sourceIds, collect(DISTINCT s.publisher) AS publishers,
     collect(DISTINCT c.condition) AS conditions,
     {stated: count(DISTINCT CASE c.certainty WHEN 'stated' THEN c END),
      reported: count(DISTINCT CASE c.certainty WHEN 'reported' THEN c END),
      probable: count(DISTINCT CASE c.certainty WHEN 'probable' THEN c END),
      possible: count(DISTINCT CASE c.certainty WHEN 'possible' THEN c END)} AS claimsByCertainty
RETURN a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, relation, claims,
       size(sourceIds) AS sources, size(publishers) AS publishers,
       CASE size(conditions) WHEN 0 THEN null
       ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END AS condition,
       head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE claimsByCertainty[w] > 0]) AS certainty,
       claimsByCertainty
ORDER BY a.name, a.id, t.id, relation;
