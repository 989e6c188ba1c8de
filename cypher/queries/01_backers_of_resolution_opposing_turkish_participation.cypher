// Which backers of a resolution (SUPPORTS $backing) oppose a proposition (OPPOSES $opposing)?
// E.g. which supporters of UN Security Council Resolution 2803 oppose Turkish participation in the ISF?
// One row per piece of evidence, for both edges: the verbatim quote, when it was said, and the source document.
:param backing => 'resolution-2803';
:param opposing => 'turkish-participation-in-isf';
MATCH (actor:Entity)-[supports:SUPPORTS]->(backed:Entity {id: $backing})
MATCH (actor)-[opposes:OPPOSES]->(opposed:Entity {id: $opposing})
UNWIND [{edge: supports, target: backed}, {edge: opposes, target: opposed}] AS stance
MATCH (claim:Claim)-[evidence:EVIDENCED_BY]->(source:Source)
  WHERE claim.id IN stance.edge.claimIds
OPTIONAL MATCH (claim)-[:SPOKEN_BY]->(speaker:Entity)
RETURN actor.name AS actor,
       actor.id AS actorId,
       type(stance.edge) AS relation,
       stance.target.name AS target,
       stance.edge.sources AS sourcesForEdge,
       claim.date AS said,
       speaker.name AS speaker,
       evidence.quote AS quote,
       source.title AS source,
       source.publisher AS publisher,
       source.published AS published
ORDER BY actor, relation DESC, said, source;
