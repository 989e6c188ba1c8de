// Which positions are conditional? Every claim with a stated condition ("if military action is completely
// stopped", "unless the occupation is ended", ...), among the relations in $relations, with quote and source.
:param relations => ['SUPPORTS', 'OPPOSES', 'OFFERS_TROOPS', 'DECLINES', 'URGES', 'PARTICIPATES_IN'];
MATCH (holder:Entity)<-[:BY]-(claim:Claim)-[:ABOUT]->(target:Entity)
  WHERE claim.condition IS NOT NULL AND claim.relation IN $relations
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
OPTIONAL MATCH (claim)-[:REPORTED_BY]->(outlet:Entity)
RETURN holder.name AS holder,
       claim.relation AS relation,
       target.name AS target,
       claim.condition AS condition,
       claim.date AS date,
       speaker.name AS speaker,
       outlet.name AS reportedBy,
       evidence.quote AS quote,
       source.title AS source
ORDER BY target, holder, date;
