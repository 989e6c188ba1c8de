// Which backers of an instrument (SUPPORTS $backing) oppose a proposition (OPPOSES $opposing)?
// E.g. which supporters of Trump's 20-point plan oppose Turkish participation in the ISF?
// From the derived edges, anchored on both ends, each held at least at the minimum certainty $certainty (stated,
// reported, probable or possible: everything): how many actors there are, and a page of them by name, each with both
// edges (claims, source documents, publishers, condition, strongest certainty, claims per certainty) and the evidence
// of every claim that meets $certainty, in the edge's order: the verbatim quote, the date said, how sure the source is
// and its hedge words, the speaker, who claims it through whom (the chain: holder ← claimant ← via ← outlet), any
// quantity, period or condition, and the source document.
// (GET /api/queries/backers-opposing)
:param backing => 'twenty-point-plan';
:param opposing => 'turkish-participation-in-isf';
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
MATCH (:Entity {id: $backing})<-[sup:SUPPORTS]-(a:Entity)-[opp:OPPOSES]->(:Entity {id: $opposing})
WHERE $certainty IN sup.meetsCertainty AND $certainty IN opp.meetsCertainty
WITH a, [x IN [sup, opp] | {claims: x.claimIds, sources: x.sourceIds, publishers: x.publisherNames, condition: x.condition,
         certainty: x.certainty, claimsByCertainty: {stated: x.statedClaims, reported: x.reportedClaims,
                                                     probable: x.probableClaims, possible: x.possibleClaims}}] AS edges
ORDER BY a.name, a.id
WITH collect({actor: a, supports: edges[0], opposes: edges[1]}) AS rows
RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] | {
         actor: {id: row.actor.id, name: row.actor.name, kind: row.actor.kind},
         supports: {claims: row.supports.claims, sources: row.supports.sources, publishers: row.supports.publishers,
                    condition: row.supports.condition, certainty: row.supports.certainty,
                    claimsByCertainty: row.supports.claimsByCertainty, evidence: COLLECT {
                      UNWIND range(0, size(row.supports.claims) - 1) AS i
                      MATCH (c:Claim {id: row.supports.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
                      WHERE $certainty IN c.meetsCertainty
                      OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
                      WITH i, c, e, s, p,
                           head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
                           head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
                           [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
                           head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
                      RETURN {claimId: c.id, relation: c.relation, holder: holder, date: c.date,
                              datePrecision: c.datePrecision, reported: c.reported, certainty: c.certainty,
                              hedges: c.hedges, speaker: p {.id, .name, .kind}, claimant: claimant, via: via,
                              outlet: outlet,
                              chain: reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
                                n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
                                CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name),
                              quantity: CASE WHEN c.quantityValue IS NULL THEN null
                                ELSE {value: c.quantityValue, unit: c.quantityUnit, approximate: c.quantityApproximate,
                                      bound: c.quantityBound} END,
                              period: CASE WHEN c.periodDuration IS NULL THEN null
                                ELSE {duration: c.periodDuration, extendable: c.periodExtendable,
                                      minimum: c.periodMinimum} END,
                              condition: c.condition, conditionKind: c.conditionKind,
                              conditionOn: head(COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(x:Entity) RETURN x {.id, .name, .kind} }),
                              addressee: head(COLLECT { MATCH (c)-[:ADDRESSED_TO]->(x:Entity) RETURN x {.id, .name, .kind} }),
                              quote: e.quote, source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
                      ORDER BY i, s.published, s.id
                    }},
         opposes: {claims: row.opposes.claims, sources: row.opposes.sources, publishers: row.opposes.publishers,
                   condition: row.opposes.condition, certainty: row.opposes.certainty,
                   claimsByCertainty: row.opposes.claimsByCertainty, evidence: COLLECT {
                      UNWIND range(0, size(row.opposes.claims) - 1) AS i
                      MATCH (c:Claim {id: row.opposes.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
                      WHERE $certainty IN c.meetsCertainty
                      OPTIONAL MATCH (c)-[:SPOKEN_BY]->(p:Entity)
                      WITH i, c, e, s, p,
                           head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
                           head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
                           [v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
                           head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
                      RETURN {claimId: c.id, relation: c.relation, holder: holder, date: c.date,
                              datePrecision: c.datePrecision, reported: c.reported, certainty: c.certainty,
                              hedges: c.hedges, speaker: p {.id, .name, .kind}, claimant: claimant, via: via,
                              outlet: outlet,
                              chain: reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
                                n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
                                CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name),
                              quantity: CASE WHEN c.quantityValue IS NULL THEN null
                                ELSE {value: c.quantityValue, unit: c.quantityUnit, approximate: c.quantityApproximate,
                                      bound: c.quantityBound} END,
                              period: CASE WHEN c.periodDuration IS NULL THEN null
                                ELSE {duration: c.periodDuration, extendable: c.periodExtendable,
                                      minimum: c.periodMinimum} END,
                              condition: c.condition, conditionKind: c.conditionKind,
                              conditionOn: head(COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(x:Entity) RETURN x {.id, .name, .kind} }),
                              addressee: head(COLLECT { MATCH (c)-[:ADDRESSED_TO]->(x:Entity) RETURN x {.id, .name, .kind} }),
                              quote: e.quote, source: s {.id, .title, .publisher, .published, .corpusFile}} AS item
                      ORDER BY i, s.published, s.id
                    }}
       }] AS actors;
