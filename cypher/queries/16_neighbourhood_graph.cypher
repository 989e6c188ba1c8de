// What is the neighbourhood of an entity? Its closest neighbours (those joined to it by the most claims, at most
// $limit) and every typed edge among them held at least at the minimum certainty $certainty (stated, reported, probable
// or possible: everything), with what propositions are about (CONCERNS, which holds whatever the certainty), as the
// explorer's graph view draws them: one row, the nodes (the entity first), whether it has more neighbours than
// $limit, and the edges, each with its claims, how many documents state it, any condition, its strongest certainty
// and its number of claims at each certainty. (GET /api/entities/{center}/neighbourhood)
:param center => 'isf';
:param certainty => 'possible';
:param limit => 40;
MATCH (centre:Entity {id: $center})
OPTIONAL CALL (centre) {
  MATCH (centre)-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS|CONCERNS]-(n:Entity)
  // every edge holds at 'possible' (each has a claim): at the default a hub's edges' lists are not read
  WHERE n <> centre AND (type(r) = 'CONCERNS' OR $certainty = 'possible' OR $certainty IN r.meetsCertainty)
  WITH n, sum(coalesce(size(r.claimIds), 0)) AS weight
  ORDER BY weight DESC, n.name, n.id
  RETURN collect(n) AS around
}
WITH [centre] + coalesce(around, [])[..$limit] AS nodes, size(coalesce(around, [])) > $limit AS truncated
RETURN [n IN nodes | n {.id, .name, .kind}] AS nodes, truncated,
       COLLECT {
         UNWIND nodes AS h
         MATCH (h)-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS|CONCERNS]->(t:Entity)
         WHERE t IN nodes AND (type(r) = 'CONCERNS' OR $certainty = 'possible' OR $certainty IN r.meetsCertainty)
         RETURN {from: h.id, relation: type(r), to: t.id, claims: coalesce(r.claimIds, []),
                 sources: coalesce(r.sources, 0), condition: r.condition, certainty: r.certainty,
                 claimsByCertainty: CASE type(r) WHEN 'CONCERNS' THEN null
                   ELSE {stated: r.statedClaims, reported: r.reportedClaims, probable: r.probableClaims,
                         possible: r.possibleClaims} END} AS edge
       } AS edges;
