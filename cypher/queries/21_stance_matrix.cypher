// Where does each of several actors stand on each of several targets? The derived edges from the actors to the
// targets held at least at the minimum certainty $certainty (stated, reported, probable or possible: everything): one
// row per actor, target and relation, with its claims, how many documents and publishers state it, any condition, its
// strongest certainty and its number of claims at each certainty; by actor name, then target id and relation. A pair
// without an edge has no row (the API answers it as an empty cell). With $actors null, every actor with an edge to
// one of the targets. (GET /api/matrix)
:param actors => ['israel', 'turkey', 'united-states'];
:param targets => ['turkish-participation-in-isf', 'resolution-2803', 'isf'];
:param certainty => 'possible';
UNWIND $targets AS targetId
MATCH (t:Entity {id: targetId})<-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS]-(a:Entity)
// every edge holds at 'possible' (each has a claim): a hub's edges' lists are then not read
WHERE ($actors IS NULL OR a.id IN $actors) AND ($certainty = 'possible' OR $certainty IN r.meetsCertainty)
RETURN a {.id, .name, .kind} AS actor, t {.id, .name, .kind} AS target, type(r) AS relation, r.claimIds AS claims,
       r.sources AS sources, r.publishers AS publishers, r.condition AS condition, r.certainty AS certainty,
       {stated: r.statedClaims, reported: r.reportedClaims, probable: r.probableClaims, possible: r.possibleClaims} AS claimsByCertainty
ORDER BY a.name, a.id, t.id, relation;
