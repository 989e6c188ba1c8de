// Which entity does a name or alias refer to? A full-text search over names and aliases (index entity_names,
// case- and accent-insensitive: Türkiye = turkiye), with each hit's id, kind, aliases and how many claims it holds.
// $search is Lucene query syntax: Erdogan, "Islamic Jihad", Netan*, stabilization~ ...
:param search => 'Türkiye';
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
RETURN node.id AS id,
       node.name AS name,
       node.kind AS kind,
       node.aliases AS aliases,
       coalesce(node.role, node.description) AS about,
       COUNT { (node)<-[:BY]-(:Claim) } AS claimsHeld,
       COUNT { (node)<-[:ABOUT]-(:Claim) } AS claimsAbout,
       round(score, 3) AS score
ORDER BY score DESC, name;
