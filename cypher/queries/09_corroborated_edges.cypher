// Which positions and relations are corroborated: stated by at least $minSources different documents
// from at least $minSources different publishers? One row per derived edge, with the document titles.
:param minSources => 2;
MATCH (holder:Entity)-[edge]->(target:Entity)
  WHERE edge.sources >= $minSources AND edge.publishers >= $minSources
MATCH (source:Source)
  WHERE source.id IN edge.sourceIds
WITH holder, edge, target, collect(source.publisher + ': ' + source.title) AS documents
RETURN holder.name AS holder,
       type(edge) AS relation,
       target.name AS target,
       edge.sources AS sources,
       edge.publishers AS publishers,
       edge.firstDate AS firstDate,
       edge.lastDate AS lastDate,
       edge.condition AS condition,
       documents
ORDER BY sources DESC, relation, holder, target;
