// What holds each bloc together, and what splits it? For each group of actors in $blocs (as GET /api/alignment/matrix
// finds them, or any groups you name), the targets on which at least two of its members took a position (the claims in
// force as of $asOf, null: all claims; only claims at least as certain as $certainty): HOLDS when they all stand on the
// same side (FOR, AGAINST or NEUTRAL), SPLITS when they do not or one of them is MIXED; each with the members on each
// side. Per bloc (its index in $blocs), what holds it first, then by how many members took a position, then by name.
// Without $asOf each member's side is the one the loader keeps for every claim (STANDS_ON), as in 43_agreement_matrix.
:param blocs => [['algeria', 'palestinian-authority', 'united-states'], ['hamas', 'palestinian-islamic-jihad', 'pflp']];
:param asOf => null;
:param certainty => 'possible';
WITH coalesce(date($asOf), date('+999999999-12-31')) AS asOf // a DATE, an ISO string (YYYY-MM-DD) or null
UNWIND range(0, size($blocs) - 1) AS bloc
UNWIND $blocs[bloc] AS actor
MATCH (a:Entity {id: actor})
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
WITH bloc, t, actor, side
ORDER BY actor
WITH bloc, t, collect({actor: actor, side: side}) AS positions
WHERE size(positions) >= 2
WITH bloc, t, positions, [s IN ['FOR', 'AGAINST', 'NEUTRAL', 'MIXED'] WHERE any(p IN positions WHERE p.side = s)] AS sides
WITH bloc, t, positions, sides,
     CASE WHEN size(sides) = 1 AND sides[0] <> 'MIXED' THEN 'HOLDS' ELSE 'SPLITS' END AS effect
RETURN bloc, t {.id, .name, .kind} AS target, effect, size(positions) AS members,
       [s IN sides | {side: s, actors: [p IN positions WHERE p.side = s | p.actor]}] AS sides
ORDER BY bloc, effect, members DESC, t.name, t.id;
