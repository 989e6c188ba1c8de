// Which of these entities exist, with their names and kinds? One look-up for the ids a request names (a path's
// ends, a matrix's actors and targets): an id the graph does not have gives no row.
:param ids => ['hamas', 'israel', 'resolution-2803'];
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.kind AS kind;
