// Who speaks for each actor, on what evidence, and how many of the actor's claims did they voice?
// For the actors in $actors: every person with a SPEAKS_FOR edge to it, the person's role, the quotes
// that establish it, and the number of claims of the actor that name the person as speaker.
:param actors => ['united-states', 'israel', 'hamas', 'turkey', 'jordan', 'united-arab-emirates', 'palestinian-authority'];
MATCH (person:Entity)-[speaks:SPEAKS_FOR]->(actor:Entity)
  WHERE actor.id IN $actors
MATCH (claim:Claim)-[evidence:EVIDENCED_BY]->(source:Source)
  WHERE claim.id IN speaks.claimIds
WITH person, speaks, actor, collect(DISTINCT evidence.quote) AS quotes, collect(DISTINCT source.title) AS sources
RETURN actor.name AS actor,
       person.name AS person,
       person.role AS role,
       speaks.sources AS documents,
       COUNT { (person)<-[:SPOKEN_BY]-(:Claim)-[:BY]->(actor) } AS claimsVoiced,
       quotes,
       sources
ORDER BY actor, claimsVoiced DESC, person;
