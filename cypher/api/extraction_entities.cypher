// By which names may a text mention each entity? Every entity with its name, aliases and kind, and the actors a
// person speaks for (POST /api/extraction reads a text against them).
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases,
       [(e)-[:SPEAKS_FOR]->(actor:Entity) | actor.id] AS speaksFor
ORDER BY id;
