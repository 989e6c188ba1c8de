// Who speaks for each actor, on what evidence, and how many of the actor's claims did they voice?
// For the actors in $actors: every person with a SPEAKS_FOR edge to it held at least at the minimum certainty
// $certainty (stated, reported, probable or possible: everything), the person's role, the edge's strongest certainty,
// the quotes that establish it, and the number of claims of the actor that name the person as speaker.
:param actors => ['united-states', 'israel', 'hamas', 'turkey', 'jordan', 'united-arab-emirates', 'palestinian-authority'];
:param certainty => 'possible';
MATCH (person:Entity)-[speaks:SPEAKS_FOR]->(actor:Entity)
  WHERE actor.id IN $actors AND $certainty IN speaks.meetsCertainty
MATCH (claim:Claim)-[evidence:EVIDENCED_BY]->(source:Source)
  WHERE claim.id IN speaks.claimIds AND $certainty IN claim.meetsCertainty
WITH person, speaks, actor, collect(DISTINCT evidence.quote) AS quotes, collect(DISTINCT source.title) AS sources
RETURN actor.name AS actor,
       person.name AS person,
       person.role AS role,
       speaks.sources AS documents,
       speaks.certainty AS certainty,
       COUNT { (person)<-[:SPOKEN_BY]-(c:Claim)-[:BY]->(actor) WHERE $certainty IN c.meetsCertainty } AS claimsVoiced,
       quotes,
       sources
ORDER BY actor, claimsVoiced DESC, person;
