// For whom does a person speak? The actors it has a SPEAKS_FOR edge to, by name (GET /api/entities/{id}: speaksFor).
:param id => 'mike-waltz';
MATCH (:Entity {id: $id})-[:SPEAKS_FOR]->(a:Entity)
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY a.name;
