// How did the vote on a resolution go: who proposed it, what the council decided, and who voted for,
// against or abstained on the day of the vote? The vote day is the date of the council's own claim about it.
// Only claims at least as certain as $certainty (stated, reported, probable or possible: everything) count; each row
// says the strongest certainty of its claims.
:param instrument => 'resolution-2803';
:param council => 'un-security-council';
:param certainty => 'possible';
MATCH (:Entity {id: $council})<-[:BY]-(decision:Claim)-[:ABOUT]->(instrument:Entity {id: $instrument})
WITH instrument, min(decision.date) AS voteDay
MATCH (holder:Entity)<-[:BY]-(claim:Claim)-[:ABOUT]->(instrument)
  WHERE (claim.date = voteDay OR claim.relation = 'PROPOSED') AND $certainty IN claim.meetsCertainty
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
WITH instrument, voteDay, holder, claim.relation AS relation,
     collect(DISTINCT claim.detail) AS details,
     collect(DISTINCT claim.certainty) AS certainties,
     collect(DISTINCT evidence.quote) AS quotes,
     collect(DISTINCT source.title) AS sources,
     min(claim.date) AS firstDate
RETURN instrument.name AS instrument,
       voteDay,
       relation,
       holder.name AS holder,
       holder.id AS holderId,
       firstDate,
       head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE w IN certainties]) AS certainty,
       [d IN details WHERE d IS NOT NULL] AS details,
       quotes,
       sources
ORDER BY CASE relation WHEN 'PROPOSED' THEN 0 WHEN 'SUPPORTS' THEN 1 WHEN 'OPPOSES' THEN 2 ELSE 3 END, holder;
