// Who offers troops to a force, and who declines to take part? For $force (the ISF by default): every
// OFFERS_TROOPS and DECLINES claim at least as certain as $certainty (stated, reported, probable or possible:
// everything), with what was offered and how many, for how long, on what condition, how sure the source is and its
// hedge words, the speaker, who claims it through whom (holder ← claimant ← via ← outlet), the verbatim quote and the
// source document.
:param force => 'isf';
:param certainty => 'possible';
MATCH (country:Entity)<-[:BY]-(c:Claim)-[:ABOUT]->(force:Entity {id: $force})
  WHERE c.relation IN ['OFFERS_TROOPS', 'DECLINES'] AND $certainty IN c.meetsCertainty
MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
OPTIONAL MATCH (c)-[:SPOKEN_BY]->(speaker:Entity)
WITH force, country, c, e, s, speaker,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN force.name AS force,
       c.relation AS relation,
       country.name AS country,
       c.detail AS detail,
       CASE WHEN c.quantityValue IS NULL THEN null
       ELSE CASE c.quantityBound WHEN 'at-least' THEN 'at least ' WHEN 'at-most' THEN 'at most ' ELSE '' END
            + CASE WHEN c.quantityApproximate THEN 'about ' ELSE '' END
            + toString(c.quantityValue) + ' ' + c.quantityUnit END AS quantity,
       c.periodDuration AS period,
       c.condition AS condition,
       c.conditionKind AS conditionKind,
       c.date AS date,
       c.certainty AS certainty,
       c.hedges AS hedges,
       speaker.name AS speaker,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       e.quote AS quote,
       s.title AS source
ORDER BY relation DESC, country, date;
