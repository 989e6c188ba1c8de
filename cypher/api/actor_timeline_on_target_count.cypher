// How many claims does cypher/queries/33 find for an actor and a target at least as certain as $certainty? The same
// match, counted.
:param actor => 'united-states';
:param target => 'isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param certainty => 'possible';
MATCH (target:Entity {id: $target})
WITH [$target] + COLLECT { MATCH (target)<-[:CONCERNS]-(t:Entity) RETURN t.id } AS targets
CALL (targets) {
  MATCH (c:Claim) WHERE c.holder = $actor AND c.relation IN $relations AND c.target IN targets
  RETURN c
  UNION
  MATCH (c:Claim {regarding: $target}) WHERE c.holder = $actor
  RETURN c
}
MATCH (c)-[:ABOUT]->(t:Entity)
WHERE $certainty IN c.meetsCertainty
RETURN count(c) AS total;
