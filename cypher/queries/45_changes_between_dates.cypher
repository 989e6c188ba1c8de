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
WITH since, until, a, t, n.axis AS axis, n ORDER BY n.date, n.id
WITH since, until, a, t, axis, collect(n.id) AS fresh, max(n.date) AS date
MATCH (a)<-[:BY]-(c:Claim {axis: axis})-[:ABOUT]->(t)
WHERE c.date <= until AND $certainty IN c.meetsCertainty
WITH since, a, t, axis, fresh, date, c ORDER BY c.date, c.id
WITH since, a, t, axis, fresh, date, collect(c) AS new
WITH a, t, axis, fresh, date, [c IN new WHERE c.date <= since] AS old, new
WITH a, t, axis, fresh, date, old, new,
     reduce(m = null, c IN old | CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END) AS oldLatest,
     reduce(m = null, c IN new | CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END) AS newLatest
WITH a, t, axis, fresh, date, old, new,
     [c IN old WHERE c.date = oldLatest | c.relation] AS oldCurrent, [c IN new WHERE c.date = newLatest | c.relation] AS newCurrent
WITH a, t, axis, fresh, date, old, new, oldCurrent, newCurrent,
     reduce(m = null, c IN [c IN old WHERE NOT c.relation IN oldCurrent] |
            CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END) AS oldOther,
     reduce(m = null, c IN [c IN new WHERE NOT c.relation IN newCurrent] |
            CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END) AS newOther
WITH a, t, axis, fresh, date,
     [c IN old WHERE c.relation IN oldCurrent AND (oldOther IS NULL OR c.date > oldOther)] AS before,
     [c IN new WHERE c.relation IN newCurrent AND (newOther IS NULL OR c.date > newOther)] AS after
WITH a, t, axis, fresh, date, [inForce IN [before, after] | CASE size(inForce) WHEN 0 THEN null ELSE {
       side: CASE WHEN all(c IN inForce WHERE c.side = inForce[0].side) THEN inForce[0].side ELSE 'MIXED' END,
       relations: reduce(rs = [], c IN inForce | CASE WHEN c.relation IN rs THEN rs ELSE rs + c.relation END),
       certainty: [w IN ['stated', 'reported', 'probable', 'possible'] WHERE any(c IN inForce WHERE c.certainty = w)][0],
       conditions: reduce(cs = [], c IN inForce |
                          CASE WHEN c.condition IS NULL OR c.condition IN cs THEN cs ELSE cs + c.condition END),
       claims: [c IN inForce | c.id]} END] AS states
WITH a, t, axis, fresh, date, states[0] AS before, states[1] AS after
RETURN CASE WHEN before IS NULL THEN 'NEW_POSITION'
            WHEN before.side <> after.side THEN 'REVERSAL'
            WHEN size(before.conditions) = 0 AND size(after.conditions) > 0 THEN 'NEW_CONDITION'
            WHEN before.certainty <> after.certainty THEN 'CERTAINTY_CHANGED'
            ELSE 'CONFIRMED' END AS kind,
       date, a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, axis, fresh AS claims, before, after
ORDER BY date DESC, a.name, a.id, t.name, t.id, axis;
