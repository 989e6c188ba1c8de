// How many quotes does cypher/queries/38_evidence_of_actor_on_target.cypher find? Each summary edge from the actor to
// the target counts its quotes at each minimum certainty when it is written (<certainty>OrStrongerEvidence), so a
// hub pair's thousands of claims are not read per request; only an edge with claims after $asOf (or written before it
// had the counts) has its claims counted here, by the (holder, target, date) index.
:param actor => 'israel';
:param target => 'turkish-participation-in-isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param certainty => 'possible';
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
// the edges between the two, by the ids of their ends (the <relation>_ends indexes), not by walking the actor's edges
MATCH ()-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS]->()
WHERE r.holder = $actor AND r.target = $target AND type(r) IN $relations AND $certainty IN r.meetsCertainty
WITH r, asOf, CASE WHEN asOf IS NULL OR r.lastDate <= asOf THEN r[$certainty + 'OrStrongerEvidence'] END AS counted
CALL (r, asOf, counted) {
  WITH counted WHERE counted IS NOT NULL
  RETURN counted AS quotes
  UNION ALL
  WITH r, asOf, counted WHERE counted IS NULL
  CALL (r, asOf) {
    MATCH (c:Claim)
    USING INDEX c:Claim(holder, target, date)
    WHERE c.holder = $actor AND c.target = $target AND c.date <= coalesce(asOf, date('+999999999-12-31'))
      AND c.relation = type(r) AND $certainty IN c.meetsCertainty
    MATCH (c)-[e:EVIDENCED_BY]->(:Source)
    RETURN count(e) AS quotes
  }
  RETURN quotes
}
RETURN sum(quotes) AS total;
