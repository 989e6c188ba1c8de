// Which backers of one thing opposed another as of a date? Actors whose claims in force on $asOf (dated by then,
// not superseded by a later claim on the same question) SUPPORT $backing and OPPOSE $opposing, with the quotes.
// (GET /api/queries/backers-opposing?asOf=)
:param backing => 'resolution-2803';
:param opposing => 'turkish-participation-in-isf';
:param asOf => date('2025-11-18');
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
UNWIND [{target: $backing, relation: 'SUPPORTS'}, {target: $opposing, relation: 'OPPOSES'}] AS side
MATCH (target:Entity {id: side.target})<-[:ABOUT]-(claim:Claim)-[:BY]->(actor:Entity)
  WHERE claim.date <= asOf
WITH side, actor, claim.axis AS axis, collect(claim) AS claims, max(claim.date) AS latest
WITH side, actor, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
WITH side, actor, claims, current,
     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
WITH side, actor, [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)
                                     AND c.relation = side.relation] AS inForce
  WHERE size(inForce) > 0
WITH actor, collect({relation: side.relation, claims: inForce}) AS sides
  WHERE size(sides) = 2
UNWIND sides AS side
UNWIND side.claims AS claim
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
RETURN actor.name AS actor,
       actor.id AS actorId,
       side.relation AS relation,
       claim.date AS said,
       evidence.quote AS quote,
       source.title AS source
ORDER BY actor, relation, said, source;
