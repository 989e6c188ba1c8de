// Where did everyone stand on a target as of a date? Only claims dated by then count, and for each actor and
// question (axis: position = SUPPORTS/PROPOSED/ABSTAINED/OPPOSES, participation = OFFERS_TROOPS/DECLINES) only
// those in force: a later claim stating something else supersedes earlier ones. Only claims at least as certain as
// $certainty (stated, reported, probable or possible: everything) are weighed, so a weaker later claim supersedes
// nothing. Grouped by relation as the derived edges are, each with its strongest certainty and its number of claims at
// each certainty. (GET /api/targets/{target}/positions?asOf=)
:param target => 'resolution-2803';
:param asOf => date('2025-11-17');
:param certainty => 'possible';
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)-[:BY]->(other:Entity)
WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
WITH other AS a, c
MATCH (c)-[:EVIDENCED_BY]->(s:Source)
WITH a, c, s ORDER BY c.date, c.id
WITH a, c.relation AS relation, collect(DISTINCT c.id) AS claims, collect(DISTINCT s.id) AS sources,
     collect(DISTINCT s.publisher) AS publishers, collect(DISTINCT c.condition) AS conditions,
     min(c.date) AS firstDate, max(c.date) AS lastDate,
     {stated: count(DISTINCT CASE c.certainty WHEN 'stated' THEN c END),
      reported: count(DISTINCT CASE c.certainty WHEN 'reported' THEN c END),
      probable: count(DISTINCT CASE c.certainty WHEN 'probable' THEN c END),
      possible: count(DISTINCT CASE c.certainty WHEN 'possible' THEN c END)} AS claimsByCertainty
RETURN relation, a {.id, .name, .kind} AS actor, claims, sources, publishers,
       CASE size(conditions) WHEN 0 THEN null
       ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END AS condition,
       firstDate, lastDate,
       head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE claimsByCertainty[w] > 0]) AS certainty,
       claimsByCertainty
ORDER BY relation, a.name, a.id;
