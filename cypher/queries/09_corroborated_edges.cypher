// Which positions and relations are corroborated: stated by at least $minSources different documents
// from at least $minSources different publishers? One row per derived edge held at least at the minimum certainty
// $certainty (stated, reported, probable or possible: everything), with its strongest certainty, its number of claims
// at each certainty and the document titles.
:param minSources => 2;
:param certainty => 'possible';
MATCH (holder:Entity)-[edge]->(target:Entity)
  WHERE edge.sources >= $minSources AND edge.publishers >= $minSources AND $certainty IN edge.meetsCertainty
MATCH (source:Source)
  WHERE source.id IN edge.sourceIds
WITH holder, edge, target, collect(source.publisher + ': ' + source.title) AS documents
RETURN holder.name AS holder,
       type(edge) AS relation,
       target.name AS target,
       edge.sources AS sources,
       edge.publishers AS publishers,
       edge.certainty AS certainty,
       {stated: edge.statedClaims, reported: edge.reportedClaims, probable: edge.probableClaims,
        possible: edge.possibleClaims} AS claimsByCertainty,
       edge.firstDate AS firstDate,
       edge.lastDate AS lastDate,
       edge.condition AS condition,
       documents
ORDER BY sources DESC, relation, holder, target;
