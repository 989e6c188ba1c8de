// Two hops: what do the backers of an actor say about a topic? For every actor that BACKS $actor (Hamas), its
// claims about $topic (the ISF) itself, or about an instrument, proposition or institution ($linkedKinds) that
// is directly linked to $topic (e.g. Resolution 2803, which AUTHORIZES the ISF), or claims REGARDING $topic.
:param actor => 'hamas';
:param topic => 'isf';
:param linkedKinds => ['Instrument', 'Proposition', 'Institution'];
MATCH (backer:Entity)-[:BACKS]->(backed:Entity {id: $actor})
MATCH (topic:Entity {id: $topic})
MATCH (backer)<-[:BY]-(claim:Claim)-[:ABOUT]->(about:Entity)
  WHERE about = topic
     OR EXISTS { (claim)-[:REGARDING]->(topic) }
     OR (about.kind IN $linkedKinds AND EXISTS { (about)--(topic) })
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
RETURN backer.name AS backer,
       backed.name AS backs,
       claim.relation AS relation,
       about.name AS about,
       CASE WHEN about = topic THEN 'directly'
            ELSE coalesce(head(COLLECT { MATCH (about)-[link]-(topic)
                                         RETURN startNode(link).name + ' ' + type(link) + ' ' + endNode(link).name AS how
                                         ORDER BY how }), 'regarding ' + topic.name) END AS linkToTopic,
       claim.date AS date,
       claim.condition AS condition,
       claim.detail AS detail,
       evidence.quote AS quote,
       source.title AS source
ORDER BY backer, date, relation;
