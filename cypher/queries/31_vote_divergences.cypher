// Which votes on an instrument went against what another actor urged the voter to do (Hamas urged Algeria to
// reject Resolution 2803; Algeria voted for), or against the voter's own statements on it?
// (GET /api/votes/{instrument}/divergences)
:param instrument => 'resolution-2803';
MATCH (instrument:Entity {id: $instrument})<-[:ABOUT]-(vote:Claim)-[:BY]->(voter:Entity)
  WHERE vote.vote IS NOT NULL
CALL (instrument, voter, vote) {
    MATCH (instrument)<-[:REGARDING]-(appeal:Claim {relation: 'URGES'})-[:ABOUT]->(voter)
    MATCH (appeal)-[:BY]->(urger:Entity)
    MATCH (appeal)-[evidence:EVIDENCED_BY]->(source:Source)
      WHERE appeal.urging IS NOT NULL AND appeal.urging <> vote.relation
    RETURN 'urged by ' + urger.name AS divergence, appeal.urging AS urged, evidence.quote AS quote, source.title AS source
  UNION
    MATCH (instrument)<-[:ABOUT]-(statement:Claim)-[:BY]->(voter)
    MATCH (statement)-[evidence:EVIDENCED_BY]->(source:Source)
      WHERE statement.vote IS NULL AND statement.axis = 'position' AND statement.side IN ['FOR', 'AGAINST']
        AND statement.side <> CASE vote.vote WHEN 'for' THEN 'FOR' WHEN 'against' THEN 'AGAINST' ELSE 'NEUTRAL' END
    RETURN 'own statement' AS divergence, statement.relation AS urged, evidence.quote AS quote, source.title AS source
}
RETURN voter.name AS voter, vote.vote AS voted, divergence, urged, quote, source
ORDER BY voter, divergence;
