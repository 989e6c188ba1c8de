// Which actors do the sources put on both sides of one question about a target (for and against, offering and
// declining), and when was each side said? A reversal when one side was all said before the other.
// (GET /api/contradictions)
:param sides => ['FOR', 'AGAINST'];
MATCH (actor:Entity)<-[:BY]-(claim:Claim)-[:ABOUT]->(target:Entity)
  WHERE claim.side IN $sides
WITH actor, target, claim.axis AS axis, collect(claim) AS claims
  WHERE any(c IN claims WHERE c.side = $sides[0]) AND any(c IN claims WHERE c.side = $sides[1])
WITH actor, target, axis,
     [c IN claims WHERE c.side = $sides[0]] AS supporting,
     [c IN claims WHERE c.side = $sides[1]] AS opposing
RETURN actor.name AS actor,
       target.name AS target,
       axis,
       [c IN supporting | c.relation + ' ' + toString(c.date) + ': ' + c.quote] AS supportingClaims,
       [c IN opposing | c.relation + ' ' + toString(c.date) + ': ' + c.quote] AS opposingClaims,
       CASE WHEN all(s IN supporting WHERE all(o IN opposing WHERE s.date < o.date))
              OR all(s IN supporting WHERE all(o IN opposing WHERE o.date < s.date))
            THEN 'reversal' ELSE 'conflict' END AS kind
ORDER BY actor, target;
