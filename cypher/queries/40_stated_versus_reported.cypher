// What did each actor itself state about a target, and what is only reported about it? For $target, per actor and
// relation: the claims in the actor's own words or acts (certainty stated: a statement, a vote, a signature), with
// their quotes, against those that rest on someone else's word (reported), or that a source thinks likely (probable)
// or possible, each with how sure the source is and who says so through whom (holder ← claimant ← via ← outlet).
// onlyReported: the actor holds the relation only on others' word, with no statement or act of its own.
:param target => 'resolution-2803';
MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)-[e:EVIDENCED_BY]->(s:Source)
WITH c, e, s,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
WITH holder, c, e, s,
     reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
       n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
       CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain
ORDER BY c.date, c.id, s.published, s.id
WITH holder, c.relation AS relation,
     count(DISTINCT CASE WHEN c.certainty = 'stated' THEN c END) AS statedClaims,
     count(DISTINCT CASE WHEN c.certainty <> 'stated' THEN c END) AS otherClaims,
     collect(CASE WHEN c.certainty = 'stated' THEN toString(c.date) + ': "' + e.quote + '" (' + s.title + ')' END) AS stated,
     collect(CASE WHEN c.certainty <> 'stated'
                  THEN toString(c.date) + ', ' + c.certainty + ', ' + chain + ': "' + e.quote + '"' END) AS onOthersWord
RETURN holder.name AS actor,
       relation,
       statedClaims,
       otherClaims,
       statedClaims = 0 AS onlyReported,
       stated,
       onOthersWord
ORDER BY onlyReported, actor, relation;
