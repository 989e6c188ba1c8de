// What is the evidence for what an actor said about a target? A page of the quotes behind the actor's claims
// about $target (of the relations in $relations: every relation, or the one asked for) dated by $asOf and at least as
// certain as $certainty (stated, reported, probable or possible: everything), in date order, each with how sure the
// source is and its hedge words, the speaker, who claims it through whom (claimant, via, the document's outlet; as one
// chain: holder ← claimant ← via ← outlet), the date said with its precision and the date reported, any quantity,
// period, condition or addressee, and the source document: the explorer's evidence view. Read in page order from
// the (holder, target, date) index, so a hub pair's first page does not sort its thousands of claims (the ORDER BY
// names holder and target, which the index orders by too, for the planner to see that it gives the order; every
// claim has a date). Counted by cypher/api/evidence_count_of_actor_on_target.cypher.
// (GET /api/evidence?actor=&target=&asOf=)
:param actor => 'israel';
:param target => 'turkish-participation-in-isf';
:param relations => COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation };
:param asOf => date('2025-11-19');
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
CALL () {
  MATCH (c:Claim)
  USING INDEX c:Claim(holder, target, date)
  // $asOf: a DATE, an ISO string (YYYY-MM-DD), or null for every claim
  WHERE c.holder = $actor AND c.target = $target AND c.date <= coalesce(date($asOf), date('+999999999-12-31'))
    AND c.relation IN $relations AND $certainty IN c.meetsCertainty
  // every claim has a quote: the page's quotes are those of its first $offset + $limit claims
  RETURN c ORDER BY c.holder, c.target, c.date, c.id LIMIT $offset + $limit
}
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
WITH c, e, s ORDER BY c.date, c.id, s.published, s.id SKIP $offset LIMIT $limit
// each at most one, by OPTIONAL MATCH: head(COLLECT {...}) here makes Neo4j 2026.08's planner fail a check of its
// own (insertCachedProperties) after the index-ordered read above
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
OPTIONAL MATCH (c)-[:BY]->(h:Entity)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(cl:Entity)
OPTIONAL MATCH (o:Entity {id: s.outlet})
OPTIONAL MATCH (c)-[:CONDITIONAL_ON]->(co:Entity)
OPTIONAL MATCH (c)-[:ADDRESSED_TO]->(ad:Entity)
WITH c, e, s, p, co, ad, h {.id, .name, .kind} AS holder, cl {.id, .name, .kind} AS claimant,
     COLLECT {
       UNWIND range(0, size(coalesce(c.via, [])) - 1) AS i
       OPTIONAL MATCH (x:Entity {id: c.via[i]})
       RETURN x {.id, .name, .kind} AS x ORDER BY i
     } AS via,
     o {.id, .name, .kind} AS outlet
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
       co {.id, .name, .kind} AS conditionOn, ad {.id, .name, .kind} AS addressee,
       e.quote AS quote, s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY c.date, c.id, s.published, s.id;
