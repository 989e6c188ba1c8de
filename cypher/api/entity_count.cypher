// How many entities does the graph hold (of a kind, or of any kind when $kind is null)? Without a kind from the
// count store; with one, from the entity_kind index. The total beside a page of entities_by_name.
:param kind => 'State';
MATCH (node:Entity)
WHERE $kind IS NULL OR node.kind = $kind
RETURN count(node) AS total;
