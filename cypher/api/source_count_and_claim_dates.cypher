// How many source documents are there, and when is the first and the last claim of the graph dated? The total beside
// a page of sources_by_publication and the span the explorer's "as of" slider runs over (GET /api/sources). The
// total from the count store, each date from the claim_date index.
OPTIONAL CALL () {
  MATCH (c:Claim) WHERE c.date IS NOT NULL
  RETURN c.date AS firstClaimDate ORDER BY c.date LIMIT 1
}
OPTIONAL CALL () {
  MATCH (c:Claim) WHERE c.date IS NOT NULL
  RETURN c.date AS lastClaimDate ORDER BY c.date DESC LIMIT 1
}
RETURN COUNT { (:Source) } AS total, firstClaimDate, lastClaimDate;
