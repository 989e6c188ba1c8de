// Which positions are conditional? Every claim with a stated condition ("if military action is completely
// stopped", "unless the occupation is ended", ...), among the relations in $relations, at least as certain as
// $certainty (stated, reported, probable or possible: everything), with the kind of condition (if, only-if, unless)
// and what it is about, how sure the source is, who claims it through whom (holder ← claimant ← via ← outlet), the
// quote and the source.
:param relations => ['SUPPORTS', 'OPPOSES', 'OFFERS_TROOPS', 'DECLINES', 'URGES', 'PARTICIPATES_IN'];
:param certainty => 'possible';
MATCH (target:Entity)<-[:ABOUT]-(c:Claim)-[e:EVIDENCED_BY]->(s:Source)
  WHERE c.condition IS NOT NULL AND c.relation IN $relations AND $certainty IN c.meetsCertainty
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(speaker:Entity)
WITH target, c, e, s, speaker,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN holder.name AS holder,
       c.relation AS relation,
       target.name AS target,
       c.condition AS condition,
       c.conditionKind AS conditionKind,
       head(COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(x:Entity) RETURN x.name }) AS conditionOn,
       c.date AS date,
       c.certainty AS certainty,
       speaker.name AS speaker,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       e.quote AS quote,
       s.title AS source
ORDER BY target, holder, date;
