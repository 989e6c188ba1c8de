// Where does everyone stand on a target? A page of the actors with a derived edge to $target (stances and
// structure, not what propositions are about) held at least at the minimum certainty $certainty (stated, reported,
// probable or possible: everything; an edge holds at the certainty of its strongest claim), by relation and name,
// each with its claims, source documents, publishers, condition, dates, strongest certainty and number of claims at
// each certainty. With ?relation= the API runs this text with the type list narrowed to that one type, so that only
// its edges are walked; the counts per relation are cypher/api/position_counts.cypher.
// (GET /api/targets/{target}/positions)
:param target => 'resolution-2803';
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
MATCH (:Entity {id: $target})<-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS]-(a:Entity)
// every edge holds at 'possible' (each has a claim): a hub's edges' lists are then not read
WHERE $certainty = 'possible' OR $certainty IN r.meetsCertainty
WITH r, a ORDER BY type(r), a.name, a.id
SKIP $offset LIMIT $limit
RETURN type(r) AS relation, a {.id, .name, .kind} AS actor, r.claimIds AS claims, r.sourceIds AS sources,
       r.publisherNames AS publishers, r.condition AS condition, r.firstDate AS firstDate, r.lastDate AS lastDate,
       r.certainty AS certainty,
       {stated: r.statedClaims, reported: r.reportedClaims, probable: r.probableClaims, possible: r.possibleClaims} AS claimsByCertainty
ORDER BY relation, a.name, a.id;
