// How many quotes does cypher/queries/38_evidence_of_actor_on_target.cypher find? The same match, counted.
:param actor => 'israel';
:param target => 'turkish-participation-in-isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param certainty => 'possible';
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
MATCH (c:Claim)
WHERE c.holder = $actor AND c.relation IN $relations AND c.target = $target
  AND (asOf IS NULL OR c.date <= asOf) AND $certainty IN c.meetsCertainty
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
RETURN count(e) AS total;
