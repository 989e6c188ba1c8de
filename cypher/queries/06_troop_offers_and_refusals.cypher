// Who offers troops to a force, and who declines to take part? For $force (the ISF by default): every
// OFFERS_TROOPS and DECLINES claim, with what was offered, any condition, the speaker, the outlet the source
// credits, the verbatim quote and the source document.
:param force => 'isf';
MATCH (country:Entity)<-[:BY]-(claim:Claim)-[:ABOUT]->(force:Entity {id: $force})
  WHERE claim.relation IN ['OFFERS_TROOPS', 'DECLINES']
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
OPTIONAL MATCH (claim)-[:REPORTED_BY]->(outlet:Entity)
RETURN force.name AS force,
       claim.relation AS relation,
       country.name AS country,
       claim.detail AS detail,
       claim.condition AS condition,
       claim.date AS date,
       speaker.name AS speaker,
       outlet.name AS reportedBy,
       evidence.quote AS quote,
       source.title AS source
ORDER BY relation DESC, country, date;
