// Who agrees with whom? Every pair of the actors $actors (null: every actor with at least $minPositions positions and,
// unless $targets is null too, a position on one of $targets), over the targets both took a position on,
// with its score: as in 42_alignment_of_two_actors.cypher (the claims in force as of $asOf, null: all claims; only
// claims at least as certain as $certainty; for 1, neutral 0.5, against 0; a MIXED position is not compared), the S of
// Signorino and Ritter (1999), 1 - 2 × (sum of the distances) / (targets compared). One row: the actors by id, each with
// how many positions it has, and the pairs that share a target (a pair without one has no row: nothing to compare).
// (GET /api/alignment/matrix)
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
  MATCH (:Entity {id: id})<-[:ABOUT]-(:Claim {axis: 'position'})-[:BY]->(a:Entity)
  RETURN a
  UNION
  // only then: the planner would scan every node before the filter
  WITH 1 AS everyone WHERE $actors IS NULL AND $targets IS NULL
  MATCH (a:Entity) WHERE EXISTS { (a)<-[:BY]-(:Claim {axis: 'position'}) }
  RETURN a
}
MATCH (a)<-[:BY]-(c:Claim {axis: 'position'})-[:ABOUT]->(t:Entity)
WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
WITH [a, t] AS other, c
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
WITH other[0] AS a, other[1] AS t, collect(c.side) AS sides
WITH a, t, CASE WHEN all(s IN sides WHERE s = sides[0]) THEN sides[0] ELSE 'MIXED' END AS side
WITH a, collect({target: t.id, coded: CASE side WHEN 'FOR' THEN 1.0 WHEN 'NEUTRAL' THEN 0.5 WHEN 'AGAINST' THEN 0.0 END})
     AS positions
WHERE $actors IS NOT NULL
   OR (size(positions) >= $minPositions AND ($targets IS NULL OR any(p IN positions WHERE p.target IN $targets)))
WITH a, positions ORDER BY a.id
WITH collect(a {.id, .name, .kind, positions: size(positions)}) AS actors, collect({actor: a.id, positions: positions}) AS held
CALL (held) {
  UNWIND held AS h
  UNWIND h.positions AS p
  // per target its holders, by id (as held is): each pair once, the first id the smaller
  WITH p.target AS target, collect({actor: h.actor, coded: p.coded}) AS holders
  UNWIND range(0, size(holders) - 2) AS i
  UNWIND range(i + 1, size(holders) - 1) AS j
  WITH holders[i] AS x, holders[j] AS y
  WITH x.actor AS first, y.actor AS second,
       CASE WHEN x.coded IS NOT NULL AND y.coded IS NOT NULL THEN abs(x.coded - y.coded) END AS distance
  WITH first, second, count(*) AS shared, count(distance) AS compared, sum(distance) AS distances,
       count(CASE distance WHEN 0.0 THEN 1 END) AS agree, count(CASE distance WHEN 1.0 THEN 1 END) AS disagree,
       count(CASE distance WHEN 0.5 THEN 1 END) AS oneAbstains
  ORDER BY first, second
  RETURN collect({actors: [first, second], shared: shared, compared: compared, agree: agree, disagree: disagree,
                  oneAbstains: oneAbstains, mixed: shared - compared,
                  score: CASE compared WHEN 0 THEN null ELSE round(1 - 2 * distances / compared, 3) END}) AS pairs
}
RETURN actors, pairs;
