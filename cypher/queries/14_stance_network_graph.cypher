// The stance network around an entity, as a graph for Neo4j Browser's graph view: every edge of one of $relations
// between $center and another entity (who supports, opposes, abstained on, proposed it; what it authorizes and
// supports) held at least at the minimum certainty $certainty (stated, reported, probable or possible: everything;
// each edge's certainty and claims per certainty are among its properties). Returns paths, not a table: switch the
// result frame to Graph.
:param center => 'resolution-2803';
:param relations => ['SUPPORTS', 'OPPOSES', 'ABSTAINED', 'PROPOSED', 'AUTHORIZES'];
:param certainty => 'possible';
MATCH path = (holder:Entity)-[edge]-(center:Entity {id: $center})
  WHERE type(edge) IN $relations AND $certainty IN edge.meetsCertainty
RETURN path;
