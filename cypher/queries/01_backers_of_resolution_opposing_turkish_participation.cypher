// Which backers of an instrument (SUPPORTS $backing) oppose a proposition (OPPOSES $opposing)?
// E.g. which supporters of Trump's 20-point plan oppose Turkish participation in the ISF?
// From the derived edges, anchored on both ends, each held at least at the minimum certainty $certainty (stated,
// reported, probable or possible: everything): how many actors there are, and a page of them by name, each with both
// edges (claims, source documents, publishers, condition, strongest certainty, claims per certainty, how many
// quotes its claims that meet $certainty have) and the first $quotes of those quotes, in the edge's order (all of
// them: question 38): the verbatim quote, the date said, how sure the source is and its hedge words, the speaker,
// who claims it through whom (the chain: holder ← claimant ← via ← outlet), any quantity, period or condition, and
// the source document. A hub actor's edge to a hub target has hundreds of claims: a page brings a few of each.
// (GET /api/queries/backers-opposing)
:param backing => 'twenty-point-plan';
:param opposing => 'turkish-participation-in-isf';
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
:param quotes => 5;
MATCH (:Entity {id: $backing})<-[sup:SUPPORTS]-(a:Entity)-[opp:OPPOSES]->(:Entity {id: $opposing})
// every edge holds at 'possible' (each has a claim): a hub's thousands of edges' lists are then not read
WHERE $certainty = 'possible' OR ($certainty IN sup.meetsCertainty AND $certainty IN opp.meetsCertainty)
WITH a, sup, opp ORDER BY a.name, a.id
// the edges' properties are read for the page's actors only
WITH collect({actor: a, supports: sup, opposes: opp}) AS rows
RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] | {
         actor: {id: row.actor.id, name: row.actor.name, kind: row.actor.kind},
         supports: {claims: row.supports.claimIds, sources: row.supports.sourceIds,
                    publishers: row.supports.publisherNames,
                    condition: row.supports.condition, certainty: row.supports.certainty,
                    claimsByCertainty: {stated: row.supports.statedClaims, reported: row.supports.reportedClaims,
                                        probable: row.supports.probableClaims, possible: row.supports.possibleClaims},
                    evidenceTotal: coalesce(row.supports[$certainty + 'OrStrongerEvidence'], COUNT {
                      MATCH (c:Claim)-[:EVIDENCED_BY]->(:Source)
                      WHERE c.id IN row.supports.claimIds AND $certainty IN c.meetsCertainty
                    }),
                    evidence: COLLECT {
                      // the first $quotes quotes, in the edge's order: read from its first $quotes claims that count (when
                      // all of them count, as at the weakest level, only those, not the hundreds a hub edge has)
                      WITH CASE WHEN $certainty = 'possible'
                             OR row.supports[$certainty + 'OrStrongerClaims'] = size(row.supports.claimIds)
                           THEN row.supports.claimIds[0..$quotes] ELSE row.supports.claimIds END AS ids
                      UNWIND range(0, size(ids) - 1) AS i
                      MATCH (c:Claim {id: ids[i]})
                      WHERE $certainty IN c.meetsCertainty
                      WITH i, c ORDER BY i LIMIT $quotes
                      MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
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
                      ORDER BY i, s.published, s.id LIMIT $quotes
                    }},
         opposes: {claims: row.opposes.claimIds, sources: row.opposes.sourceIds,
                   publishers: row.opposes.publisherNames,
                   condition: row.opposes.condition, certainty: row.opposes.certainty,
                   claimsByCertainty: {stated: row.opposes.statedClaims, reported: row.opposes.reportedClaims,
                                       probable: row.opposes.probableClaims, possible: row.opposes.possibleClaims},
                   evidenceTotal: coalesce(row.opposes[$certainty + 'OrStrongerEvidence'], COUNT {
                     MATCH (c:Claim)-[:EVIDENCED_BY]->(:Source)
                     WHERE c.id IN row.opposes.claimIds AND $certainty IN c.meetsCertainty
                   }),
                   evidence: COLLECT {
                      // the first $quotes quotes, in the edge's order: read from its first $quotes claims that count (when
                      // all of them count, as at the weakest level, only those, not the hundreds a hub edge has)
                      WITH CASE WHEN $certainty = 'possible'
                             OR row.opposes[$certainty + 'OrStrongerClaims'] = size(row.opposes.claimIds)
                           THEN row.opposes.claimIds[0..$quotes] ELSE row.opposes.claimIds END AS ids
                      UNWIND range(0, size(ids) - 1) AS i
                      MATCH (c:Claim {id: ids[i]})
                      WHERE $certainty IN c.meetsCertainty
                      WITH i, c ORDER BY i LIMIT $quotes
                      MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
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
                      ORDER BY i, s.published, s.id LIMIT $quotes
                    }}
       }] AS actors;
