// What changed between two dates? Every actor-target pair with a claim dated after $since and by $until (of $actor and
// about $target when they are not null), per axis (the position axis: SUPPORTS, PROPOSED, ABSTAINED, OPPOSES; the
// participation axis: OFFERS_TROOPS, DECLINES; every other relation an axis of its own): the claims in force on $since
// (before) and on $until (after), as the "as of" questions weigh them (a later claim stating something else supersedes
// the earlier ones; only claims at least as certain as $certainty count), each with its side (MIXED when its claims in
// force are on both sides), relations, strongest certainty and conditions, and what the change is: NEW_POSITION
// (nothing in force before), REVERSAL (the side changed), NEW_CONDITION (it became conditional), CERTAINTY_CHANGED
// (the strongest certainty of the same side changed) or CONFIRMED (the same, said again). Newest first.
// (GET /api/changes)
:param since => date('2025-11-10');
:param until => date('2025-11-18');
:param actor => null;
:param target => null;
:param certainty => 'possible';
WITH date($since) AS since, date($until) AS until // each a DATE or an ISO string (YYYY-MM-DD)
MATCH (a:Entity)<-[:BY]-(n:Claim)-[:ABOUT]->(t:Entity)
WHERE n.date > since AND n.date <= until AND $certainty IN n.meetsCertainty
  AND ($actor IS NULL OR a.id = $actor) AND ($target IS NULL OR t.id = $target)
WITH since, until, a, t, n.axis AS onAxis, n ORDER BY n.date, n.id
WITH since, until, a, t, onAxis, collect(n.id) AS fresh, max(n.date) AS date
// the claims in force on each date, as the "as of" questions weigh them
CALL (a, t, onAxis, since) {
  MATCH (a)<-[:BY]-(c:Claim {axis: onAxis})-[:ABOUT]->(t)
  WHERE c.date <= since AND $certainty IN c.meetsCertainty
  WITH [a, t] AS other, c
  WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
  WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
  WITH other, claims, current,
       reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
              CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
  UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
  WITH c ORDER BY c.date, c.id
  RETURN collect(c) AS before
}
CALL (a, t, onAxis, until) {
  MATCH (a)<-[:BY]-(c:Claim {axis: onAxis})-[:ABOUT]->(t)
  WHERE c.date <= until AND $certainty IN c.meetsCertainty
  WITH [a, t] AS other, c
  WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
  WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
  WITH other, claims, current,
       reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
              CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
  UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
  WITH c ORDER BY c.date, c.id
  RETURN collect(c) AS after
}
WITH a, t, onAxis, fresh, date, [inForce IN [before, after] | CASE size(inForce) WHEN 0 THEN null ELSE {
       side: CASE WHEN all(c IN inForce WHERE c.side = inForce[0].side) THEN inForce[0].side ELSE 'MIXED' END,
       relations: reduce(rs = [], c IN inForce | CASE WHEN c.relation IN rs THEN rs ELSE rs + c.relation END),
       certainty: [w IN ['stated', 'reported', 'probable', 'possible'] WHERE any(c IN inForce WHERE c.certainty = w)][0],
       conditions: reduce(cs = [], c IN inForce |
                          CASE WHEN c.condition IS NULL OR c.condition IN cs THEN cs ELSE cs + c.condition END),
       claims: [c IN inForce | c.id]} END] AS states
WITH a, t, onAxis, fresh, date, states[0] AS before, states[1] AS after
RETURN CASE WHEN before IS NULL THEN 'NEW_POSITION'
            WHEN before.side <> after.side THEN 'REVERSAL'
            WHEN size(before.conditions) = 0 AND size(after.conditions) > 0 THEN 'NEW_CONDITION'
            WHEN before.certainty <> after.certainty THEN 'CERTAINTY_CHANGED'
            ELSE 'CONFIRMED' END AS kind,
       date, a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, onAxis AS axis, fresh AS claims, before, after
ORDER BY date DESC, a.name, a.id, t.name, t.id, axis;
