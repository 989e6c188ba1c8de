// How far do two actors agree, and on what? Over the targets both took a position on (SUPPORTS and PROPOSED are for,
// OPPOSES against, ABSTAINED neutral), from the claims in force as of $asOf (null: all claims; a later claim stating
// something else supersedes the earlier ones, as in 22_stance_matrix_as_of.cypher), only claims at least as certain as
// $certainty (stated, reported, probable or possible: everything). Per shared target, by name: each actor's side with
// its relations and claims (MIXED when the claims in force are on both sides, as when a report of the same day says
// otherwise), and the outcome: AGREE (the same side, both abstaining included), DISAGREE (for against against),
// ONE_ABSTAINS, or MIXED (not compared). The score is the S of Signorino and Ritter (1999, "Tau-b or Not Tau-b",
// International Studies Quarterly 43(1)), as UN voting studies use it: for 1, neutral 0.5, against 0, S = 1 - 2 ×
// (sum of the distances) / (targets compared); 1 when they always take the same position, -1 when always opposite
// ones, null with nothing to compare. (GET /api/alignment?actors=)
:param actors => ['israel', 'united-states'];
:param asOf => null;
:param certainty => 'possible';
WITH coalesce(date($asOf), date('+999999999-12-31')) AS asOf // a DATE, an ISO string (YYYY-MM-DD) or null
UNWIND range(0, size($actors) - 1) AS i
MATCH (:Entity {id: $actors[i]})<-[:BY]-(c:Claim {axis: 'position'})-[:ABOUT]->(t:Entity)
WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
WITH [i, t] AS other, c
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
WITH other[0] AS i, other[1] AS t, c ORDER BY c.date, c.id
WITH i, t, collect(DISTINCT c.side) AS sides, collect(DISTINCT c.relation) AS relations, collect(c.id) AS claims,
     collect(DISTINCT c.certainty) AS certainties
WITH t, i, {actor: $actors[i], side: CASE size(sides) WHEN 1 THEN sides[0] ELSE 'MIXED' END, relations: relations,
            certainty: [w IN ['stated', 'reported', 'probable', 'possible'] WHERE w IN certainties][0],
            claims: claims} AS position
ORDER BY i
WITH t, collect(position) AS positions
WHERE size(positions) = 2
WITH t, positions,
     [p IN positions | CASE p.side WHEN 'FOR' THEN 1.0 WHEN 'NEUTRAL' THEN 0.5 WHEN 'AGAINST' THEN 0.0 END] AS coded
WITH t, positions, CASE WHEN coded[0] IS NULL OR coded[1] IS NULL THEN null ELSE abs(coded[0] - coded[1]) END AS distance
ORDER BY t.name, t.id
WITH collect({target: t {.id, .name, .kind}, positions: positions, distance: distance,
              outcome: CASE distance WHEN 0.0 THEN 'AGREE' WHEN 1.0 THEN 'DISAGREE' WHEN 0.5 THEN 'ONE_ABSTAINS'
                       ELSE 'MIXED' END}) AS targets
WITH targets, [x IN targets WHERE x.distance IS NOT NULL | x.distance] AS distances
RETURN CASE size(distances) WHEN 0 THEN null
       ELSE round(1 - 2 * reduce(sum = 0.0, d IN distances | sum + d) / size(distances), 3) END AS score,
       size(distances) AS compared,
       size([x IN targets WHERE x.outcome = 'AGREE']) AS agree,
       size([x IN targets WHERE x.outcome = 'DISAGREE']) AS disagree,
       size([x IN targets WHERE x.outcome = 'ONE_ABSTAINS']) AS oneAbstains,
       size([x IN targets WHERE x.outcome = 'MIXED']) AS mixed,
       targets;
