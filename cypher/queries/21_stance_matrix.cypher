// Where does each of several actors stand on each of several targets? The grid of actors by targets, from the
// derived edges: one row per actor, target and relation, with its claims, how many documents and publishers state
// it and any condition; a pair with no edge gives one row without a relation. The same as GET /api/matrix.
:param actors => ['israel', 'turkey', 'united-states'];
:param targets => ['turkish-participation-in-isf', 'resolution-2803', 'isf'];
UNWIND range(0, size($actors) - 1) AS i
UNWIND range(0, size($targets) - 1) AS j
MATCH (actor:Entity {id: $actors[i]})
MATCH (target:Entity {id: $targets[j]})
OPTIONAL MATCH (actor)-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|URGES|CONTROLS]->(target)
RETURN actor.name AS actor,
       target.name AS target,
       type(r) AS relation,
       r.claimIds AS claims,
       r.sources AS documents,
       r.publishers AS publishers,
       r.condition AS condition
ORDER BY i, j, relation
