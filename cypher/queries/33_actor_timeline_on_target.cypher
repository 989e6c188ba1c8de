// What did an actor say or do about a target over time, including the propositions that concern the target
// (the United States proposing the ISF, proposing and backing Resolution 2803 that concerns it, then the report
// that it may abandon the ISF deployment)? (GET /api/actors/{actor}/timeline?target=)
:param actor => 'united-states';
:param target => 'isf';
MATCH (:Entity {id: $actor})<-[:BY]-(claim:Claim)-[:ABOUT]->(about:Entity)
  WHERE about.id = $target OR claim.regarding = $target
     OR EXISTS { (about)-[:CONCERNS]->(:Entity {id: $target}) }
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
RETURN claim.date AS date,
       claim.relation AS relation,
       about.name AS about,
       speaker.name AS speaker,
       claim.detail AS detail,
       evidence.quote AS quote,
       source.title AS source
ORDER BY date, claim.id;
