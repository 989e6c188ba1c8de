// How many entities does a full-text search find (of a kind, or of any kind when $kind is null)? The total beside a
// page of question 12 (GET /api/entities?q=).
:param terms => 'turkiye*';
:param kind => null;
CALL db.index.fulltext.queryNodes('entity_names', $terms) YIELD node
WHERE $kind IS NULL OR node.kind = $kind
RETURN count(node) AS total;
