// The ids the app first asks its questions about, at start (PlanWarmUp): an actor that supports something, that
// target, a target someone opposes, and a source document. Any ids do: Neo4j keys a plan on the statement and the
// parameters' types, not their values.
OPTIONAL MATCH (actor:Entity)-[:SUPPORTS]->(target:Entity)
WITH actor, target LIMIT 1
OPTIONAL MATCH (:Entity)-[:OPPOSES]->(opposed:Entity)
WITH actor, target, opposed LIMIT 1
OPTIONAL MATCH (source:Source)
WITH actor, target, opposed, source LIMIT 1
RETURN actor.id AS actor, target.id AS target, coalesce(opposed.id, target.id) AS opposed, source.id AS source
