// What does a source document say, and how many claims quote it? Its metadata, its whole text and the number of
// claims it evidences (GET /api/sources/{id}).
:param id => 'presstv-2025-11-07-israel-seeks-us-guarantees-gaza';
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published,
       s.publishedBasis AS publishedBasis, s.authors AS authors, s.corpusFile AS corpusFile, s.url AS url,
       s.contentHash AS contentHash, s.text AS text,
       COUNT { (s)<-[:EVIDENCED_BY]-(:Claim) } AS claimCount;
