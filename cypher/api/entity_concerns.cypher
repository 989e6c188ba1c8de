// What does an entity concern, and what concerns it? What a proposition or instrument is about ("Turkish
// participation in the ISF": Turkey and the ISF), and the propositions and instruments about an entity, each by name
// (GET /api/entities/{id}: concerns, concernedBy).
:param id => 'turkish-participation-in-isf';
MATCH (e:Entity {id: $id})
RETURN COLLECT { MATCH (e)-[:CONCERNS]->(x:Entity) RETURN x {.id, .name, .kind} AS x ORDER BY x.name } AS concerns,
       COLLECT { MATCH (e)<-[:CONCERNS]-(x:Entity) RETURN x {.id, .name, .kind} AS x ORDER BY x.name } AS concernedBy;
