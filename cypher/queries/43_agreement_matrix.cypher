// Who agrees with whom? Every pair of the actors $actors (null: every actor with at least $minPositions positions and,
// unless $targets is null too, a position on one of $targets), over the targets both took a position on,
// with its score: as in 42_alignment_of_two_actors.cypher (the claims in force as of $asOf, null: all claims; only
// claims at least as certain as $certainty; for 1, neutral 0.5, against 0; a MIXED position is not compared), the S of
// Signorino and Ritter (1999), 1 - 2 × (sum of the distances) / (targets compared). One row: the actors by id, each with
// how many positions it has, and the pairs that share a target (a pair without one has no row: nothing to compare).
// Without $asOf each actor's side on each target is the one the loader keeps for every claim (STANDS_ON, the same rule),
// one relationship per target instead of a hub actor's thousands of claims. (GET /api/alignment/matrix)
:param actors => null;
:param targets => ['resolution-2803', 'isf'];
:param minPositions => 1;
:param asOf => null;
:param certainty => 'possible';
WITH coalesce(date($asOf), date('+999999999-12-31')) AS asOf // a DATE, an ISO string (YYYY-MM-DD) or null
CALL () {
  UNWIND coalesce($actors, []) AS id
  MATCH (a:Entity {id: id})
  RETURN a
  UNION
  UNWIND CASE WHEN $actors IS NULL THEN coalesce($targets, []) ELSE [] END AS id
  MATCH (:Entity {id: id})<-[:STANDS_ON]-(a:Entity)
  RETURN a
  UNION
  // only then: the planner would scan every node before the filter
  WITH 1 AS everyone WHERE $actors IS NULL AND $targets IS NULL
  MATCH (a:Entity) WHERE EXISTS { (a)-[:STANDS_ON]->() }
  RETURN a
}
CALL (a, asOf) {
  WITH a WHERE $asOf IS NULL
  MATCH (a)-[s:STANDS_ON]->(t)
  WITH t, s[$certainty + 'OrStrongerSide'] AS side
  WHERE side IS NOT NULL
  RETURN t, side
  UNION ALL
  WITH a, asOf WHERE $asOf IS NOT NULL
  MATCH (a)<-[:BY]-(c:Claim {axis: 'position'})-[:ABOUT]->(t:Entity)
  WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
  WITH [a, t] AS other, c
  WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
  WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
  WITH other, claims, current,
       reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
              CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
  UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
  WITH other[1] AS t, collect(c.side) AS sides
  RETURN t, CASE WHEN all(s IN sides WHERE s = sides[0]) THEN sides[0] ELSE 'MIXED' END AS side
}
// MIXED as -1, not null: collect() drops nulls, and coded must stay in step with targets
WITH a, collect(t) AS targets,
     collect(CASE side WHEN 'FOR' THEN 1.0 WHEN 'NEUTRAL' THEN 0.5 WHEN 'AGAINST' THEN 0.0 ELSE -1.0 END) AS coded
WHERE $actors IS NOT NULL
   OR (size(targets) >= $minPositions AND ($targets IS NULL OR any(t IN targets WHERE t.id IN $targets)))
WITH a, targets, coded ORDER BY a.id
WITH collect(a {.id, .name, .kind, positions: size(targets)}) AS actors, collect(targets) AS targets,
     collect(coded) AS coded
CALL (actors, targets, coded) {
  // per target its holders by their index in actors (in id order): each pair once, the smaller index first
  UNWIND range(0, size(targets) - 1) AS i
  UNWIND range(0, size(targets[i]) - 1) AS k
  WITH targets[i][k] AS target, i, coded[i][k] AS position
  WITH target, collect(i) AS holders, collect(position) AS positions
  UNWIND range(0, size(holders) - 2) AS x
  UNWIND range(x + 1, size(holders) - 1) AS y
  WITH holders[x] AS first, holders[y] AS second,
       CASE WHEN positions[x] >= 0 AND positions[y] >= 0 THEN abs(positions[x] - positions[y]) END AS distance
  // the targets of each pair at each distance first: one aggregation over the pairs' targets, on small keys
  WITH first, second, distance, count(*) AS n
  WITH first, second, sum(n) AS shared, sum(CASE WHEN distance IS NOT NULL THEN n ELSE 0 END) AS compared,
       sum(distance * n) AS distances, sum(CASE distance WHEN 0.0 THEN n ELSE 0 END) AS agree,
       sum(CASE distance WHEN 1.0 THEN n ELSE 0 END) AS disagree, sum(CASE distance WHEN 0.5 THEN n ELSE 0 END) AS oneAbstains
  ORDER BY first, second
  RETURN collect({actors: [actors[first].id, actors[second].id], shared: shared, compared: compared, agree: agree,
                  disagree: disagree, oneAbstains: oneAbstains, mixed: shared - compared,
                  score: CASE compared WHEN 0 THEN null ELSE round(1 - 2 * distances / compared, 3) END}) AS pairs
}
RETURN actors, pairs;
