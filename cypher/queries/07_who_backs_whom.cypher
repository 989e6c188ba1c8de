// Who backs whom (arms, funds, shelters)? Every BACKS edge to an actor of one of the kinds in $kinds
// (factions by default) held at least at the minimum certainty $certainty (stated, reported, probable or possible:
// everything), with how many documents say so, its strongest certainty, and the quotes of its claims that meet
// $certainty with their sources and certainty.
:param kinds => ['Faction'];
:param certainty => 'possible';
MATCH (backer:Entity)-[backs:BACKS]->(backed:Entity)
  WHERE backed.kind IN $kinds AND $certainty IN backs.meetsCertainty
MATCH (claim:Claim)-[evidence:EVIDENCED_BY]->(source:Source)
  WHERE claim.id IN backs.claimIds AND $certainty IN claim.meetsCertainty
WITH backer, backs, backed, claim, evidence, source
ORDER BY claim.date, source.title
RETURN backed.name AS backed,
       backer.name AS backer,
       backer.kind AS backerKind,
       backs.sources AS sources,
       backs.certainty AS certainty,
       backs.firstDate AS firstDate,
       backs.lastDate AS lastDate,
       collect(DISTINCT claim.detail) AS details,
       collect(evidence.quote + ' — ' + source.title + ' (' + claim.certainty + ')') AS evidence
ORDER BY backed, sources DESC, backer;
