// Which entity does a name or alias refer to? A full-text search over names, aliases and ids (index entity_names,
// case- and accent-insensitive: Türkiye = turkiye), ranked as the explorer's search box ranks it: first the entities
// whose name, alias or id is exactly the words $q, then those where one of them starts with the words, then the rest
// the index found; within each, by Lucene's score, then name. "Exactly" ignores case and accents: $q and every name
// are folded alike, in one expression (lower case, decomposed, combining marks U+0300 to U+036F dropped). $terms is
// the index query the API makes of $q: each word folded, as a prefix (turk*), all required (AND). $kind (null: any)
// keeps one kind of entity; $offset and $limit give a page. (GET /api/entities?q=&kind=)
:param q => 'Türkiye';
:param terms => 'turkiye*';
:param kind => null;
:param offset => 0;
:param limit => 25;
CALL db.index.fulltext.queryNodes('entity_names', $terms) YIELD node, score
WHERE $kind IS NULL OR node.kind = $kind
WITH node, score, [name IN [$q, node.name, node.id] + coalesce(node.aliases, []) |
       reduce(folded = '', c IN split(normalize(toLower(trim(name)), NFD), '') |
              folded + CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN '' ELSE c END)] AS folded
WITH node, score, head(folded) AS q, tail(folded) AS names
WITH node, score, CASE WHEN q IN names THEN 0
                       WHEN any(name IN names WHERE name STARTS WITH q) THEN 1
                       ELSE 2 END AS rank
RETURN node.id AS id, node.name AS name, node.kind AS kind
ORDER BY rank, score DESC, node.name, node.id
SKIP $offset LIMIT $limit;
