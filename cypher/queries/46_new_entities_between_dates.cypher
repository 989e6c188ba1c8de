// Who and what appeared between two dates? The actors whose first claim (at least as certain as $certainty) is dated
// after $since and by $until, and the targets first claimed about then, each with that first date and how many claims
// it had by $until; of $actor and about $target when they are not null, as in 45_changes_between_dates.cypher.
// By role, then first date (newest first), then name. (GET /api/changes: newActors, newTargets)
:param since => date('2025-11-10');
:param until => date('2025-11-18');
:param actor => null;
:param target => null;
:param certainty => 'possible';
WITH date($since) AS since, date($until) AS until // each a DATE or an ISO string (YYYY-MM-DD)
MATCH (a:Entity)<-[:BY]-(n:Claim)-[:ABOUT]->(t:Entity)
WHERE n.date > since AND n.date <= until AND $certainty IN n.meetsCertainty
  AND ($actor IS NULL OR a.id = $actor) AND ($target IS NULL OR t.id = $target)
WITH since, until, collect(DISTINCT a) AS actors, collect(DISTINCT t) AS targets
CALL (since, until, actors, targets) {
  UNWIND actors AS e
  MATCH (e)<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
  WHERE c.date <= until AND $certainty IN c.meetsCertainty AND ($target IS NULL OR t.id = $target)
  WITH e, min(c.date) AS first, count(c) AS claims WHERE first > since
  RETURN 'actor' AS role, e, first, claims
  UNION
  UNWIND targets AS e
  MATCH (a:Entity)<-[:BY]-(c:Claim)-[:ABOUT]->(e)
  WHERE c.date <= until AND $certainty IN c.meetsCertainty AND ($actor IS NULL OR a.id = $actor)
  WITH e, min(c.date) AS first, count(c) AS claims WHERE first > since
  RETURN 'target' AS role, e, first, claims
}
RETURN role, e {.id, .name, .kind} AS entity, first, claims
ORDER BY role, first DESC, e.name, e.id;
