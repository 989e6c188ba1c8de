// Which entities does the graph hold? A page of them (of a kind, or of any kind when $kind is null), by name
// (GET /api/entities without q).
:param kind => 'State';
:param offset => 0;
:param limit => 25;
MATCH (node:Entity)
WHERE $kind IS NULL OR node.kind = $kind
RETURN node.id AS id, node.name AS name, node.kind AS kind
ORDER BY node.name, node.id
SKIP $offset LIMIT $limit;
