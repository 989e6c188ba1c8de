// How many claims does an actor hold at least as certain as $certainty? Only claims have BY, each exactly one: when
// everything counts ('possible'), the actor's BY degree counts them without reading one; else its claims are read.
:param actor => 'israel';
:param certainty => 'possible';
MATCH (a:Entity {id: $actor})
RETURN CASE $certainty WHEN 'possible' THEN COUNT { (a)<-[:BY]-() }
       ELSE COUNT { (a)<-[:BY]-(c:Claim) WHERE $certainty IN c.meetsCertainty } END AS total;
