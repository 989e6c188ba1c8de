// What does each source document contribute? For every document published on or after $since: how many claims
// it evidences, broken down by relation, how many actors hold them, and how many it relays from other outlets.
:param since => date('2025-11-01');
WITH date($since) AS since // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (source:Source)
  WHERE source.published >= since
MATCH (claim:Claim)-[:EVIDENCED_BY]->(source)
WITH source, claim.relation AS relation, count(DISTINCT claim) AS n
ORDER BY n DESC, relation
WITH source, sum(n) AS claims, collect(relation + ': ' + toString(n)) AS byRelation
RETURN source.title AS source,
       source.publisher AS publisher,
       source.published AS published,
       source.id AS sourceId,
       claims,
       COUNT { MATCH (c:Claim)-[:EVIDENCED_BY]->(source) RETURN DISTINCT c.holder } AS actors,
       COUNT { MATCH (c:Claim)-[:EVIDENCED_BY]->(source) WHERE c.reportedBy IS NOT NULL RETURN c } AS relayedFromOutlets,
       byRelation
ORDER BY published, source;
