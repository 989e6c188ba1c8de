// Who speaks for an entity? Each person with a SPEAKS_FOR edge to it, the person's role and the claims that say
// so, by name (GET /api/entities/{id}: speakers).
:param id => 'united-states';
MATCH (:Entity {id: $id})<-[r:SPEAKS_FOR]-(p:Entity)
RETURN p.id AS id, p.name AS name, p.role AS role, r.claimIds AS claims
ORDER BY p.name;
