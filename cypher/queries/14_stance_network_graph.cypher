// The stance network around an entity, as a graph for Neo4j Browser's graph view: every edge of one of $relations
// between $center and another entity (who supports, opposes, abstained on, proposed it; what it authorizes and
// supports). Returns paths, not a table: switch the result frame to Graph.
:param center => 'resolution-2803';
:param relations => ['SUPPORTS', 'OPPOSES', 'ABSTAINED', 'PROPOSED', 'AUTHORIZES'];
MATCH path = (holder:Entity)-[edge]-(center:Entity {id: $center})
  WHERE type(edge) IN $relations
RETURN path;
