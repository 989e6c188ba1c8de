// What is contested? Every target of one of the kinds in $kinds that some actors SUPPORT and others OPPOSE,
// with both camps (each actor with the number of documents that state its position).
// (No actor both SUPPORTS and OPPOSES the same target in the seed graph, so this asks across actors.)
:param kinds => ['Instrument', 'Proposition', 'Institution'];
MATCH (target:Entity)
  WHERE target.kind IN $kinds
    AND EXISTS { (:Entity)-[:SUPPORTS]->(target) }
    AND EXISTS { (:Entity)-[:OPPOSES]->(target) }
RETURN target.name AS target,
       target.kind AS kind,
       COLLECT { MATCH (s:Entity)-[e:SUPPORTS]->(target)
                 RETURN s.name + ' (' + toString(e.sources) + ')' AS supporter ORDER BY e.sources DESC, supporter } AS supporters,
       COLLECT { MATCH (o:Entity)-[e:OPPOSES]->(target)
                 RETURN o.name + ' (' + toString(e.sources) + ')' AS opponent ORDER BY e.sources DESC, opponent } AS opponents,
       COUNT { (:Entity)-[:SUPPORTS|OPPOSES]->(target) } AS actors
ORDER BY actors DESC, target;
