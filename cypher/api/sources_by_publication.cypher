// Which source documents does the graph hold? A page of them by publication date, each with how many claims quote
// it and the dates of the first and last of these (the span of time it speaks about, which may begin before it was
// published) (GET /api/sources).
:param offset => 0;
:param limit => 25;
MATCH (s:Source)
WITH s ORDER BY s.published, s.id SKIP $offset LIMIT $limit
CALL (s) {
  OPTIONAL MATCH (s)<-[:EVIDENCED_BY]-(c:Claim)
  RETURN count(DISTINCT c) AS claimCount, min(c.date) AS firstClaimDate, max(c.date) AS lastClaimDate
}
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published, claimCount,
       firstClaimDate, lastClaimDate;
