// The quotes of the given claims, all of them, in date order: the API hands in the claims of one page (of stances
// as of a date, of backers, of contradictions, of votes), each item as in
// cypher/queries/38_evidence_of_actor_on_target.cypher. The callers chose the claims at the certainty asked for.
:param ids => ['doc000-hamas-opposes-resolution-2803', 'fdd-hamas-opposes-resolution-2803'];
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[e:EVIDENCED_BY]->(s:Source)
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
WITH c, e, s, p,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN c.id AS claimId, c.relation AS relation, holder, c.date AS date, c.datePrecision AS datePrecision,
       c.reported AS reported, c.certainty AS certainty, c.hedges AS hedges, p {.id, .name, .kind} AS speaker,
       claimant, via, outlet,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       CASE WHEN c.quantityValue IS NULL THEN null
       ELSE {value: c.quantityValue, unit: c.quantityUnit, approximate: c.quantityApproximate,
             bound: c.quantityBound} END AS quantity,
       CASE WHEN c.periodDuration IS NULL THEN null
       ELSE {duration: c.periodDuration, extendable: c.periodExtendable, minimum: c.periodMinimum} END AS period,
       c.condition AS condition, c.conditionKind AS conditionKind,
       head(COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(x:Entity) RETURN x {.id, .name, .kind} }) AS conditionOn,
       head(COLLECT { MATCH (c)-[:ADDRESSED_TO]->(x:Entity) RETURN x {.id, .name, .kind} }) AS addressee,
       e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY c.date, c.id, s.published, s.id;
