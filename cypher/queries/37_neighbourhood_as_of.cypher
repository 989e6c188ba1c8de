// What was the neighbourhood of an entity as of a date? The entities joined to it by claims dated by then (or by
// CONCERNS), at most $limit, closest first, and between any two of these nodes the claims in force on that date (a
// later claim on the same question supersedes earlier ones), grouped per relation into edges as the derived edges
// are, and what propositions are about (CONCERNS): one row, the nodes (the entity first), whether it has more
// neighbours than $limit, and the edges, each with its strongest certainty and its number of claims at each
// certainty. Only claims at least as certain as $certainty (stated, reported, probable or possible: everything) join
// entities and are weighed, so a weaker later claim supersedes nothing.
// (GET /api/entities/{center}/neighbourhood?asOf=)
:param center => 'isf';
:param asOf => date('2025-11-05');
:param certainty => 'possible';
:param limit => 40;
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (centre:Entity {id: $center})
OPTIONAL CALL (centre, asOf) {
  CALL (centre, asOf) {
    MATCH (centre)<-[:BY]-(c:Claim)-[:ABOUT]->(n:Entity) WHERE c.date <= asOf AND $certainty IN c.meetsCertainty RETURN n, 1 AS claim
    UNION ALL
    MATCH (centre)<-[:ABOUT]-(c:Claim)-[:BY]->(n:Entity) WHERE c.date <= asOf AND $certainty IN c.meetsCertainty RETURN n, 1 AS claim
    UNION ALL
    MATCH (centre)-[:CONCERNS]-(n:Entity) RETURN n, 0 AS claim
  }
  WITH n, sum(claim) AS weight
  WHERE n <> centre
  ORDER BY weight DESC, n.name, n.id
  RETURN collect(n) AS around
}
WITH asOf, [centre] + coalesce(around, [])[..$limit] AS nodes, size(coalesce(around, [])) > $limit AS truncated
RETURN [n IN nodes | n {.id, .name, .kind}] AS nodes, truncated,
       COLLECT {
         UNWIND nodes AS h
         MATCH (h)<-[:BY]-(c:Claim)-[:ABOUT]->(t:Entity)
         WHERE t IN nodes AND c.date <= asOf AND $certainty IN c.meetsCertainty
         WITH [h, t] AS other, c
WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH other, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
         MATCH (c)-[:EVIDENCED_BY]->(s:Source)
         WITH other, c, s ORDER BY c.date, c.id
         WITH other, c.relation AS relation, collect(DISTINCT c.id) AS claims, collect(DISTINCT s.id) AS sources,
              collect(DISTINCT c.condition) AS conditions,
              {stated: count(DISTINCT CASE c.certainty WHEN 'stated' THEN c END),
               reported: count(DISTINCT CASE c.certainty WHEN 'reported' THEN c END),
               probable: count(DISTINCT CASE c.certainty WHEN 'probable' THEN c END),
               possible: count(DISTINCT CASE c.certainty WHEN 'possible' THEN c END)} AS claimsByCertainty
         RETURN {from: other[0].id, relation: relation, to: other[1].id, claims: claims, sources: size(sources),
                 condition: CASE size(conditions) WHEN 0 THEN null
                   ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END,
                 certainty: head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE claimsByCertainty[w] > 0]),
                 claimsByCertainty: claimsByCertainty} AS edge
         UNION
         UNWIND nodes AS h
         MATCH (h)-[:CONCERNS]->(t:Entity)
         WHERE t IN nodes
         RETURN {from: h.id, relation: 'CONCERNS', to: t.id, claims: [], sources: 0, condition: null, certainty: null,
                 claimsByCertainty: null} AS edge
       } AS edges;
