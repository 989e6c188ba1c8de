// How many claims does an actor hold? Only claims have BY, each exactly one: the actor's BY degree counts them.
:param actor => 'israel';
MATCH (a:Entity {id: $actor})
RETURN COUNT { (a)<-[:BY]-() } AS total;
