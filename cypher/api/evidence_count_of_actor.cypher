// How many quotes does cypher/api/evidence_of_actor.cypher find? The same match, counted.
:param actor => 'israel';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param certainty => 'possible';
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
MATCH (c:Claim)
USING INDEX c:Claim(holder, target, date)
WHERE c.holder = $actor AND c.target IS NOT NULL AND c.date IS NOT NULL AND c.relation IN $relations
  AND (asOf IS NULL OR c.date <= asOf) AND $certainty IN c.meetsCertainty
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
RETURN count(e) AS total;
