// How many claims does cypher/queries/33 find for an actor and a target at least as certain as $certainty? The summary
// edges from the actor to the target and to what concerns it count their claims at each minimum certainty when they
// are written (<certainty>OrStrongerClaims), so a hub pair's thousands of claims are not read per request (an edge
// written before it had the counts has its claims counted here); they are found by the ids of their ends (the
// <relation>_ends indexes), not by walking the actor's edges; then the claims regarding the target that those edges do
// not hold.
:param actor => 'united-states';
:param target => 'isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param certainty => 'possible';
MATCH (target:Entity {id: $target})
WITH [target] + COLLECT { MATCH (target)<-[:CONCERNS]-(t:Entity) RETURN t } AS targets
CALL (targets) {
  UNWIND targets AS t
  MATCH ()-[r:SUPPORTS|PROPOSED|OPPOSES|ABSTAINED|OFFERS_TROOPS|DECLINES|BACKS|MEMBER_OF|SPEAKS_FOR|OVERSEES|AUTHORIZES|PARTICIPATES_IN|SIGNED|ADOPTED_AS|REVISES|URGES|DEMANDS|ACCUSES|THREATENS|CONTROLS]->()
  WHERE r.holder = $actor AND r.target = t.id AND type(r) IN $relations AND $certainty IN r.meetsCertainty
  WITH t, r, r[$certainty + 'OrStrongerClaims'] AS counted
  CALL (t, r, counted) {
    WITH counted WHERE counted IS NOT NULL
    RETURN counted AS claims
    UNION ALL
    WITH t, r, counted WHERE counted IS NULL
    CALL (t, r) {
      MATCH (c:Claim)
      USING INDEX c:Claim(holder, target, date)
      WHERE c.holder = $actor AND c.target = t.id AND c.date IS NOT NULL
        AND c.relation = type(r) AND $certainty IN c.meetsCertainty
      RETURN count(c) AS claims
    }
    RETURN claims
  }
  RETURN sum(claims) AS onTargets
}
CALL (targets) {
  MATCH (c:Claim {regarding: $target})
  WHERE c.holder = $actor AND $certainty IN c.meetsCertainty
    AND NOT (c.relation IN $relations AND c.target IN [t IN targets | t.id])
  RETURN count(c) AS regarding
}
RETURN onTargets + regarding AS total;
