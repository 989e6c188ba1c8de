// What is contested? Every target of one of the kinds in $kinds that some actors SUPPORT and others OPPOSE, counting
// only edges held at least at the minimum certainty $certainty (stated, reported, probable or possible: everything),
// with both camps (each actor with the number of documents that state its position and its strongest certainty).
// (No actor both SUPPORTS and OPPOSES the same target in the seed graph, so this asks across actors.)
:param kinds => ['Instrument', 'Proposition', 'Institution'];
:param certainty => 'possible';
MATCH (target:Entity)
  WHERE target.kind IN $kinds
    AND EXISTS { (:Entity)-[e:SUPPORTS]->(target) WHERE $certainty IN e.meetsCertainty }
    AND EXISTS { (:Entity)-[e:OPPOSES]->(target) WHERE $certainty IN e.meetsCertainty }
RETURN target.name AS target,
       target.kind AS kind,
       COLLECT { MATCH (s:Entity)-[e:SUPPORTS]->(target) WHERE $certainty IN e.meetsCertainty
                 RETURN s.name + ' (' + toString(e.sources) + ', ' + e.certainty + ')' AS supporter
                 ORDER BY e.sources DESC, supporter } AS supporters,
       COLLECT { MATCH (o:Entity)-[e:OPPOSES]->(target) WHERE $certainty IN e.meetsCertainty
                 RETURN o.name + ' (' + toString(e.sources) + ', ' + e.certainty + ')' AS opponent
                 ORDER BY e.sources DESC, opponent } AS opponents,
       COUNT { (:Entity)-[e:SUPPORTS|OPPOSES]->(target) WHERE $certainty IN e.meetsCertainty } AS actors
ORDER BY actors DESC, target;
