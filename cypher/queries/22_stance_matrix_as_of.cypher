// Where did each actor stand on each target as of a date? Only claims dated on or before $asOf count, and per
// actor, target and axis only those in force: on the position axis (SUPPORTS, PROPOSED, ABSTAINED, OPPOSES) and the
// participation axis (OFFERS_TROOPS, DECLINES) a later claim stating something else supersedes the earlier ones;
// earlier claims of the relation in force still count. E.g. the United States proposed Resolution 2803 until
// 17 November and supports it from 18 November. One row per actor, target and relation; a pair with no claim gives
// one row without a relation. (GET /api/matrix?asOf=)
:param actors => ['israel', 'turkey', 'united-states'];
:param targets => ['isf-deployment', 'resolution-2803', 'isf'];
:param asOf => date('2025-11-15');
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
UNWIND range(0, size($actors) - 1) AS i
UNWIND range(0, size($targets) - 1) AS j
MATCH (actor:Entity {id: $actors[i]})
MATCH (target:Entity {id: $targets[j]})
OPTIONAL MATCH (actor)<-[:BY]-(claim:Claim)-[:ABOUT]->(target)
  WHERE claim.date <= asOf
WITH i, j, actor, target, claim.axis AS axis, collect(claim) AS claims, max(claim.date) AS latest
WITH i, j, actor, target, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH i, j, actor, target, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
WITH i, j, actor, target,
     [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS inForce
UNWIND CASE size(inForce) WHEN 0 THEN [null] ELSE inForce END AS claim
OPTIONAL MATCH (claim)-[:EVIDENCED_BY]->(source:Source)
WITH i, j, actor, target, claim, source
ORDER BY claim.date, claim.id
WITH i, j, actor, target, claim.relation AS relation, collect(DISTINCT claim.id) AS claims,
     max(claim.date) AS said, count(DISTINCT source) AS documents, count(DISTINCT source.publisher) AS publishers,
     collect(DISTINCT claim.condition) AS conditions
RETURN actor.name AS actor,
       target.name AS target,
       relation,
       CASE WHEN relation IS NULL THEN null ELSE claims END AS claims,
       said,
       CASE WHEN relation IS NULL THEN null ELSE documents END AS documents,
       CASE WHEN relation IS NULL THEN null ELSE publishers END AS publishers,
       CASE size(conditions) WHEN 0 THEN null ELSE conditions END AS conditions
ORDER BY i, j, relation
