// Where did everyone stand on a target as of a date? Only claims dated by then count, and for each actor and
// question (axis: position = SUPPORTS/PROPOSED/ABSTAINED/OPPOSES, participation = OFFERS_TROOPS/DECLINES) only
// those in force: a later claim stating something else supersedes earlier ones.
// (GET /api/targets/{target}/positions?asOf=)
:param target => 'resolution-2803';
:param asOf => date('2025-11-10');
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (:Entity {id: $target})<-[:ABOUT]-(claim:Claim)-[:BY]->(actor:Entity)
  WHERE claim.date <= asOf
WITH actor, claim.axis AS axis, collect(claim) AS claims, max(claim.date) AS latest
WITH actor, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH actor, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS claim
MATCH (claim)-[:EVIDENCED_BY]->(source:Source)
RETURN claim.relation AS relation,
       actor.name AS actor,
       collect(DISTINCT claim.id) AS claims,
       max(claim.date) AS lastSaid,
       collect(DISTINCT source.title) AS sources,
       count(DISTINCT source.publisher) AS publishers
ORDER BY relation, actor;
