// What does each source document contribute? For every document published on or after $since: how many claims
// it evidences at least as certain as $certainty (stated, reported, probable or possible: everything), broken down by
// relation and by certainty, how many actors hold them, how many it has through another outlet or agency (a via
// chain), and how many rest on someone else's word than the holder's (a claimant other than the holder or its speaker).
:param since => date('2025-11-01');
:param certainty => 'possible';
WITH date($since) AS since // given as a DATE or as an ISO string (YYYY-MM-DD)
MATCH (source:Source)
  WHERE source.published >= since
MATCH (claim:Claim)-[:EVIDENCED_BY]->(source)
  WHERE $certainty IN claim.meetsCertainty
WITH source, claim.relation AS relation, count(DISTINCT claim) AS n
ORDER BY n DESC, relation
WITH source, sum(n) AS claims, collect(relation + ': ' + toString(n)) AS byRelation
RETURN source.title AS source,
       source.publisher AS publisher,
       source.published AS published,
       source.id AS sourceId,
       claims,
       [w IN ['stated', 'reported', 'probable', 'possible'] | w + ': ' + toString(COUNT {
          (c:Claim)-[:EVIDENCED_BY]->(source) WHERE c.certainty = w AND $certainty IN c.meetsCertainty })] AS byCertainty,
       COUNT { MATCH (c:Claim)-[:EVIDENCED_BY]->(source) WHERE $certainty IN c.meetsCertainty RETURN DISTINCT c.holder } AS actors,
       COUNT { MATCH (c:Claim)-[:EVIDENCED_BY]->(source) WHERE $certainty IN c.meetsCertainty AND size(c.via) > 0 RETURN c } AS relayedFromOutlets,
       COUNT { MATCH (c:Claim)-[:EVIDENCED_BY]->(source) WHERE $certainty IN c.meetsCertainty AND c.claimant IS NOT NULL
                 AND c.claimant <> c.holder AND c.claimant <> coalesce(c.speaker, '') RETURN c } AS onAnotherWord,
       byRelation
ORDER BY published, source;
