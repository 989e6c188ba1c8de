// What did an actor say or do, in date order? Every claim held by $actor whose relation is one of $relations (all
// of them here, as the explorer's timeline shows; narrow the list to the stances to leave out structure),
// with the target, who spoke, any condition, the verbatim quote and the source document.
:param actor => 'israel';
:param relations => ['SUPPORTS', 'OPPOSES', 'ABSTAINED', 'PROPOSED', 'OFFERS_TROOPS', 'DECLINES', 'URGES', 'BACKS', 'MEMBER_OF', 'SPEAKS_FOR', 'OVERSEES', 'AUTHORIZES', 'PARTICIPATES_IN', 'CONTROLS'];
MATCH (actor:Entity {id: $actor})<-[:BY]-(claim:Claim)-[:ABOUT]->(target:Entity)
  WHERE claim.relation IN $relations
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
OPTIONAL MATCH (claim)-[:REGARDING]->(regarding:Entity)
RETURN claim.date AS date,
       claim.id AS claimId,
       actor.name AS actor,
       claim.relation AS relation,
       target.name AS target,
       regarding.name AS regarding,
       speaker.name AS speaker,
       claim.condition AS condition,
       claim.detail AS detail,
       evidence.quote AS quote,
       source.title AS source,
       source.publisher AS publisher
ORDER BY date, relation, target, source;
