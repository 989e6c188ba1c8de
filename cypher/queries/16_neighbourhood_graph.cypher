// The neighbourhood of an entity, as a graph for Neo4j Browser's graph view: its closest neighbours (those joined
// to it by the most claims, at most $limit) and every typed edge among them, with what propositions are about
// (CONCERNS). The explorer's graph view draws the same. Returns paths: switch the result frame to Graph.
// (GET /api/entities/{center}/neighbourhood)
:param center => 'isf';
:param limit => 40;
MATCH (center:Entity {id: $center})
OPTIONAL CALL (center) {
  MATCH (center)-[edge:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|URGES|CONTROLS|CONCERNS]-(neighbour:Entity)
    WHERE neighbour <> center
  WITH neighbour, sum(coalesce(size(edge.claimIds), 0)) AS claims
  ORDER BY claims DESC, neighbour.name, neighbour.id
  RETURN collect(neighbour) AS around
}
WITH [center] + coalesce(around, [])[..$limit] AS nodes
UNWIND nodes AS holder
MATCH path = (holder)-[edge:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|URGES|CONTROLS|CONCERNS]->(target:Entity)
  WHERE target IN nodes
RETURN path;
