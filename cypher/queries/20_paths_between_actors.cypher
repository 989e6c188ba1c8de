// How are two entities connected? The shortest chains of derived edges (stances and structure, in either
// direction) between $from and $to, e.g. Hamas and Israel: both control Gaza, one opposes what the other supports...
// The bound of 4 hops is fixed in the text ({1,4}: Cypher takes no parameter there), edit it for more or fewer.
// One row per path (at most 25), each step in the edge's own direction with the documents that state it.
:param from => 'hamas';
:param to => 'israel';
MATCH (from:Entity {id: $from})
MATCH (to:Entity {id: $to})
MATCH p = ALL SHORTEST (from)-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|URGES|CONTROLS]-{1,4}(to)
WITH p
ORDER BY [n IN nodes(p) | n.id], [rel IN relationships(p) | type(rel)], [rel IN relationships(p) | startNode(rel).id]
LIMIT 25
RETURN size(relationships(p)) AS hops,
       [n IN nodes(p) | n.name] AS through,
       [rel IN relationships(p) | startNode(rel).name + ' ' + type(rel) + ' ' + endNode(rel).name] AS steps,
       [rel IN relationships(p) | rel.sources] AS documentsPerStep,
       [rel IN relationships(p) | rel.claimIds] AS claimsPerStep
