// The quotes of the given claims, all of them, in date order: the API hands in the claims of one page (of stances
// as of a date, of backers, of contradictions).
:param ids => ['doc000-hamas-opposes-resolution-2803', 'fdd-hamas-opposes-resolution-2803'];
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[e:EVIDENCED_BY]->(s:Source)
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
RETURN c.id AS claimId, c.relation AS relation, c.date AS date, p {.id, .name, .kind} AS speaker,
       r {.id, .name, .kind} AS reportedBy, e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY c.date, c.id, s.published, s.id;
