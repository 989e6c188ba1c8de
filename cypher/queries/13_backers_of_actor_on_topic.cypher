// Two hops: what do the backers of an actor say about a topic? For every actor that BACKS $actor (Hamas), its
// claims about $topic (the ISF) itself, or about an instrument, proposition or institution ($linkedKinds) that
// is directly linked to $topic (e.g. Resolution 2803, which AUTHORIZES the ISF), or claims REGARDING $topic. Only
// BACKS edges and claims at least as certain as $certainty (stated, reported, probable or possible: everything);
// each claim with its certainty and who claims it through whom (holder ← claimant ← via ← outlet).
:param actor => 'hamas';
:param topic => 'isf';
:param linkedKinds => ['Instrument', 'Proposition', 'Institution'];
:param certainty => 'possible';
MATCH (backer:Entity)-[backs:BACKS]->(backed:Entity {id: $actor})
  WHERE $certainty IN backs.meetsCertainty
MATCH (topic:Entity {id: $topic})
MATCH (backer)<-[:BY]-(c:Claim)-[:ABOUT]->(about:Entity)
  WHERE $certainty IN c.meetsCertainty
    AND (about = topic
     OR EXISTS { (c)-[:REGARDING]->(topic) }
     OR (about.kind IN $linkedKinds AND EXISTS { (about)--(topic) }))
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
WITH backer, backed, topic, about, c, e, s,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN backer.name AS backer,
       backed.name AS backs,
       c.relation AS relation,
       about.name AS about,
       CASE WHEN about = topic THEN 'directly'
            ELSE coalesce(head(COLLECT { MATCH (about)-[link]-(topic)
                                         RETURN startNode(link).name + ' ' + type(link) + ' ' + endNode(link).name AS how
                                         ORDER BY how }), 'regarding ' + topic.name) END AS linkToTopic,
       c.date AS date,
       c.certainty AS certainty,
       c.condition AS condition,
       c.detail AS detail,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       e.quote AS quote,
       s.title AS source
ORDER BY backer, date, relation;
