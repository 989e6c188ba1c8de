// Who backs whom (arms, funds, shelters)? Every BACKS edge to an actor of one of the kinds in $kinds
// (factions by default), with how many documents say so, the quotes and their sources.
:param kinds => ['Faction'];
MATCH (backer:Entity)-[backs:BACKS]->(backed:Entity)
  WHERE backed.kind IN $kinds
MATCH (claim:Claim)-[evidence:EVIDENCED_BY]->(source:Source)
  WHERE claim.id IN backs.claimIds
WITH backer, backs, backed, claim, evidence, source
ORDER BY claim.date, source.title
RETURN backed.name AS backed,
       backer.name AS backer,
       backer.kind AS backerKind,
       backs.sources AS sources,
       backs.firstDate AS firstDate,
       backs.lastDate AS lastDate,
       collect(DISTINCT claim.detail) AS details,
       collect(evidence.quote + ' — ' + source.title) AS evidence
ORDER BY backed, sources DESC, backer;
