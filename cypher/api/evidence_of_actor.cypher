// The evidence view without a target: a page of the quotes behind an actor's claims of $relations on any target,
// dated by $asOf (null: all) and at least as certain as $certainty, in date order, each item as in
// cypher/queries/38_evidence_of_actor_on_target.cypher. (GET /api/evidence?actor=)
:param actor => 'israel';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
WITH date($asOf) AS asOf // a DATE, an ISO string (YYYY-MM-DD), or null for every claim
MATCH (c:Claim)
USING INDEX c:Claim(holder, target, date)
WHERE c.holder = $actor AND c.target IS NOT NULL AND c.date IS NOT NULL AND c.relation IN $relations
  AND (asOf IS NULL OR c.date <= asOf) AND $certainty IN c.meetsCertainty
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
WITH c, e, s ORDER BY c.date, c.id, s.published, s.id SKIP $offset LIMIT $limit
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
