// Which backers of a resolution (SUPPORTS $backing) oppose a proposition (OPPOSES $opposing)?
// E.g. which supporters of UN Security Council Resolution 2803 oppose Turkish participation in the ISF?
// From the derived edges, anchored on both ends: how many actors there are, and a page of them by name, each with
// both edges (claims, source documents, publishers, condition) and the evidence of every claim in the edge's order: the verbatim
// quote, the date said, the speaker, the outlet credited and the source document.
// (GET /api/queries/backers-opposing)
:param backing => 'resolution-2803';
:param opposing => 'turkish-participation-in-isf';
:param offset => 0;
:param limit => 25;
MATCH (:Entity {id: $backing})<-[s:SUPPORTS]-(a:Entity)-[o:OPPOSES]->(:Entity {id: $opposing})
WITH a, {claims: s.claimIds, sources: s.sourceIds, publishers: s.publisherNames, condition: s.condition} AS supports,
     {claims: o.claimIds, sources: o.sourceIds, publishers: o.publisherNames, condition: o.condition} AS opposes
ORDER BY a.name, a.id
WITH collect({actor: a, supports: supports, opposes: opposes}) AS rows
RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] | {
         actor: {id: row.actor.id, name: row.actor.name, kind: row.actor.kind},
         supports: {claims: row.supports.claims, sources: row.supports.sources, publishers: row.supports.publishers,
                    condition: row.supports.condition, evidence: COLLECT {
                      UNWIND range(0, size(row.supports.claims) - 1) AS i
                      MATCH (c:Claim {id: row.supports.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
                      OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
                      OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
                      RETURN {claimId: c.id, relation: c.relation, date: c.date, speaker: p {.id, .name, .kind},
                              reportedBy: r {.id, .name, .kind}, quote: e.quote,
                              source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
                      ORDER BY i, s.published, s.id
                    }},
         opposes: {claims: row.opposes.claims, sources: row.opposes.sources, publishers: row.opposes.publishers,
                   condition: row.opposes.condition, evidence: COLLECT {
                      UNWIND range(0, size(row.opposes.claims) - 1) AS i
                      MATCH (c:Claim {id: row.opposes.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
                      OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
                      OPTIONAL MATCH (c)-[:REPORTED_BY]->(r:Entity)
                      RETURN {claimId: c.id, relation: c.relation, date: c.date, speaker: p {.id, .name, .kind},
                              reportedBy: r {.id, .name, .kind}, quote: e.quote,
                              source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
                      ORDER BY i, s.published, s.id
                    }}
       }] AS actors;
