// How are two entities connected? The shortest chains of derived edges (stances and structure, in either direction)
// held at least at the minimum certainty $certainty (stated, reported, probable or possible: everything) between
// $from and $to, e.g. Hamas and the United States: one opposes what the other supports or proposed. At most 25 paths,
// ordered by the ids along them; each path one row, its steps in the edges' own direction (which may run against the
// direction of travel) with the claims, source documents, publishers, strongest certainty and claims per certainty
// behind each. The bound of 6 hops is in the text ({1,6}: Cypher takes no parameter there); edit it for fewer. The API
// runs this text with the bound it is given, 1 to 6 (GET /api/paths?from=&to=&maxHops=).
:param from => 'hamas';
:param to => 'united-states';
:param certainty => 'possible';
MATCH (from:Entity {id: $from})
MATCH (to:Entity {id: $to})
// every edge holds at 'possible' (each has a claim): at the default no edge's list is read on the way
MATCH p = ALL SHORTEST (from)-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS WHERE $certainty = 'possible' OR $certainty IN r.meetsCertainty]-{1,6}(to)
WITH p
ORDER BY [n IN nodes(p) | n.id], [rel IN relationships(p) | type(rel)], [rel IN relationships(p) | startNode(rel).id]
LIMIT 25
RETURN [rel IN relationships(p) | {
         from: {id: startNode(rel).id, name: startNode(rel).name, kind: startNode(rel).kind},
         relation: type(rel),
         to: {id: endNode(rel).id, name: endNode(rel).name, kind: endNode(rel).kind},
         claims: rel.claimIds, sources: rel.sourceIds, publishers: rel.publisherNames, certainty: rel.certainty,
         claimsByCertainty: {stated: rel.statedClaims, reported: rel.reportedClaims, probable: rel.probableClaims,
                             possible: rel.possibleClaims}}] AS steps;
