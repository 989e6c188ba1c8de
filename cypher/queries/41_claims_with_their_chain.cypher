// Whose word does each claim about a target rest on, and through whom did it reach the document? Every claim about
// $target at least as certain as $certainty (stated, reported, probable or possible: everything), in date order, with
// how sure the source is and the hedge words of its quote, the claimant (who says the holder holds it), the via chain
// (the agency or outlet the document quotes, then whom that one quotes), the document's outlet, and the whole chain as
// a reader says it: holder ← claimant ← via (innermost first) ← outlet (the publisher's name when the document names
// no outlet entity), e.g. "Azerbaijan ← an Azerbaijani government source ← Reuters ← Foundation for Defense of
// Democracies". A link that repeats the one before it (a stated claim's claimant is its holder) is said once.
:param target => 'isf';
:param certainty => 'possible';
MATCH (:Entity {id: $target})<-[:ABOUT]-(c:Claim)-[e:EVIDENCED_BY]->(s:Source)
WHERE $certainty IN c.meetsCertainty
WITH c, e, s,
     head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
     head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
     [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
     head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
RETURN c.date AS date,
       holder.name AS holder,
       c.relation AS relation,
       c.certainty AS certainty,
       c.hedges AS hedges,
       claimant.name AS claimant,
       [v IN via | v.name] AS via,
       coalesce(outlet.name, s.publisher) AS outlet,
       reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
         n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
         CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name) AS chain,
       e.quote AS quote,
       s.title AS source
ORDER BY date, holder, relation, source;
