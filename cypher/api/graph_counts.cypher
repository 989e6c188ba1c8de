// What does the graph hold? Nodes per label, relationships per type and claims per source document, by kind of
// count and name (the stats command).
CALL () {
    MATCH (n) UNWIND labels(n) AS label RETURN 'nodes' AS kind, label AS name, count(*) AS count
  UNION ALL
    MATCH ()-[r]->() RETURN 'relationships' AS kind, type(r) AS name, count(*) AS count
  UNION ALL
    MATCH (s:Source) OPTIONAL MATCH (s)<-[e:EVIDENCED_BY]-(:Claim)
    RETURN 'claims per source' AS kind, s.id AS name, count(e) AS count
}
RETURN kind, name, count
ORDER BY kind, name;
