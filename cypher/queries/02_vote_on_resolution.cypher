// How did the vote on a resolution go: who proposed it, what the council decided, and who voted for,
// against or abstained on the day of the vote? The vote day is the date of the council's own claim about it.
:param instrument => 'resolution-2803';
:param council => 'un-security-council';
MATCH (:Entity {id: $council})<-[:BY]-(decision:Claim)-[:ABOUT]->(instrument:Entity {id: $instrument})
WITH instrument, min(decision.date) AS voteDay
MATCH (holder:Entity)<-[:BY]-(claim:Claim)-[:ABOUT]->(instrument)
  WHERE claim.date = voteDay OR claim.relation = 'PROPOSED'
MATCH (claim)-[evidence:EVIDENCED_BY]->(source:Source)
WITH instrument, voteDay, holder, claim.relation AS relation,
     collect(DISTINCT claim.detail) AS details,
     collect(DISTINCT evidence.quote) AS quotes,
     collect(DISTINCT source.title) AS sources,
     min(claim.date) AS firstDate
RETURN instrument.name AS instrument,
       voteDay,
       relation,
       holder.name AS holder,
       holder.id AS holderId,
       firstDate,
       [d IN details WHERE d IS NOT NULL] AS details,
       quotes,
       sources
ORDER BY CASE relation WHEN 'PROPOSED' THEN 0 WHEN 'SUPPORTS' THEN 1 WHEN 'OPPOSES' THEN 2 ELSE 3 END, holder;
