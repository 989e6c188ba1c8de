// Where does everyone stand on a target? Every actor with a derived edge to $target (stances and structure, not
// what propositions are about), grouped by relation
// (SUPPORTS, OPPOSES, ABSTAINED, PROPOSED, ...), with how many documents state each actor's position.
:param target => 'resolution-2803';
MATCH (holder:Entity)-[edge:SUPPORTS|OPPOSES|ABSTAINED|PROPOSED|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|OFFERS_TROOPS|DECLINES|URGES|CONTROLS]->(target:Entity {id: $target})
WITH target, type(edge) AS relation, holder, edge
ORDER BY edge.sources DESC, holder.name
RETURN target.name AS target,
       relation,
       count(holder) AS actors,
       collect(holder.name + ' (' + toString(edge.sources) + CASE edge.sources WHEN 1 THEN ' source' ELSE ' sources' END
               + CASE WHEN edge.condition IS NULL THEN '' ELSE ', if: ' + edge.condition END + ')') AS holders,
       min(edge.firstDate) AS firstStated,
       max(edge.lastDate) AS lastStated
ORDER BY actors DESC, relation;
