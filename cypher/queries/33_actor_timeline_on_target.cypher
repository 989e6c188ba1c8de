// What did an actor say or do about a target over time, including the propositions that concern the target
// (the United States proposing the ISF, proposing and backing Resolution 2803 that concerns it, then the report
// that it may abandon the ISF deployment)? A page of the claims at least as certain as $certainty (stated, reported,
// probable or possible: everything) in date order, with their certainty and evidence (each quote with its hedge
// words, who claims it through whom, any quantity or period, and the source document). The claims on the target and
// on each proposition concerning it are read in page order from the (holder, target, date) index, the first
// $offset + $limit of each, so a hub pair's first page does not sort its thousands of claims (the ORDER BY names holder
// and target, which the index orders by too, for the planner to see that it gives the order; every claim has a
// date); the claims regarding the target by their own index. $relations is every relation. How many there are:
// cypher/api/actor_timeline_on_target_count.cypher.
// (GET /api/actors/{actor}/timeline?target=)
:param actor => 'united-states';
:param target => 'isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
MATCH (target:Entity {id: $target})
WITH [$target] + COLLECT { MATCH (target)<-[:CONCERNS]-(t:Entity) RETURN t.id } AS targets
CALL (targets) {
  UNWIND targets AS onTarget
  CALL (onTarget) {
    MATCH (c:Claim)
    USING INDEX c:Claim(holder, target, date)
    WHERE c.holder = $actor AND c.target = onTarget AND c.date <= date('+999999999-12-31')
      AND c.relation IN $relations AND $certainty IN c.meetsCertainty
    RETURN c ORDER BY c.holder, c.target, c.date, c.id LIMIT $offset + $limit
  }
  RETURN c
  UNION
  MATCH (c:Claim {regarding: $target}) WHERE c.holder = $actor AND $certainty IN c.meetsCertainty
  RETURN c
}
MATCH (c)-[:ABOUT]->(t:Entity)
WITH c, t ORDER BY c.date, c.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
RETURN c.id AS claimId, c.relation AS relation, t {.id, .name, .kind} AS target, c.date AS date,
       c.certainty AS certainty, c.condition AS condition, c.detail AS detail, c.validFrom AS validFrom,
       c.validUntil AS validUntil, p {.id, .name, .kind} AS speaker,
       COLLECT {
         MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
         WITH c, e, s, p,
              head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
              head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
              [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
              head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
         RETURN {claimId: c.id, relation: c.relation, holder: holder, date: c.date, datePrecision: c.datePrecision,
                 reported: c.reported, certainty: c.certainty, hedges: c.hedges, speaker: p {.id, .name, .kind},
                 claimant: claimant, via: via, outlet: outlet,
                 chain: reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
                   n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
                   CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name),
                 quantity: CASE WHEN c.quantityValue IS NULL THEN null
                   ELSE {value: c.quantityValue, unit: c.quantityUnit, approximate: c.quantityApproximate,
                         bound: c.quantityBound} END,
                 period: CASE WHEN c.periodDuration IS NULL THEN null
                   ELSE {duration: c.periodDuration, extendable: c.periodExtendable, minimum: c.periodMinimum} END,
                 condition: c.condition, conditionKind: c.conditionKind,
                 conditionOn: head(COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(x:Entity) RETURN x {.id, .name, .kind} }),
                 addressee: head(COLLECT { MATCH (c)-[:ADDRESSED_TO]->(x:Entity) RETURN x {.id, .name, .kind} }),
                 quote: e.quote, source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
         ORDER BY s.published, s.id
       } AS evidence
ORDER BY c.date, c.id;
