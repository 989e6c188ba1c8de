// Which backers of one thing opposed another as of a date? Actors whose claims in force on $asOf (dated by then,
// not superseded by a later claim on the same question) SUPPORT $backing and OPPOSE $opposing: how many, and a
// page of them by name with both sides' claims, sources, publishers, condition, strongest certainty, claims per
// certainty, how many quotes, and the first $quotes of them, as in question 01. Only claims at least as certain as
// $certainty (stated, reported, probable or possible: everything) are weighed, so a weaker later claim supersedes
// nothing.
// (GET /api/queries/backers-opposing?asOf=)
:param backing => 'twenty-point-plan';
:param opposing => 'turkish-participation-in-isf';
:param asOf => date('2025-11-18');
:param certainty => 'possible';
:param offset => 0;
:param limit => 25;
:param quotes => 5;
WITH date($asOf) AS asOf // given as a DATE or as an ISO string (YYYY-MM-DD)
UNWIND [[$backing, 'SUPPORTS'], [$opposing, 'OPPOSES']] AS side
CALL (side, asOf) {
  MATCH (:Entity {id: side[0]})<-[:ABOUT]-(c:Claim)-[:BY]->(actor:Entity)
  WHERE c.date <= asOf AND $certainty IN c.meetsCertainty
  WITH [actor, side[1]] AS other, c
  WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
  WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
  WITH other, claims, current,
       reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
              CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
  UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
  WITH other[0] AS a, c
  WHERE c.relation = other[1]
  MATCH (c)-[:EVIDENCED_BY]->(s:Source)
  WITH a, c, s ORDER BY c.date, c.id
  WITH a, collect(DISTINCT c.id) AS claims, collect(DISTINCT s.id) AS sources,
       collect(DISTINCT s.publisher) AS publishers, collect(DISTINCT c.condition) AS conditions, count(*) AS quotes,
       {stated: count(DISTINCT CASE c.certainty WHEN 'stated' THEN c END),
        reported: count(DISTINCT CASE c.certainty WHEN 'reported' THEN c END),
        probable: count(DISTINCT CASE c.certainty WHEN 'probable' THEN c END),
        possible: count(DISTINCT CASE c.certainty WHEN 'possible' THEN c END)} AS claimsByCertainty
  RETURN a, {claims: claims, sources: sources, publishers: publishers,
             condition: CASE size(conditions) WHEN 0 THEN null
                        ELSE reduce(text = head(conditions), more IN tail(conditions) | text + '; ' + more) END,
             certainty: head([w IN ['stated', 'reported', 'probable', 'possible'] WHERE claimsByCertainty[w] > 0]),
             claimsByCertainty: claimsByCertainty, evidenceTotal: quotes} AS edge
}
WITH a, collect({relation: side[1], edge: edge}) AS sides
WHERE size(sides) = 2
WITH a, [x IN sides WHERE x.relation = 'SUPPORTS'][0].edge AS supports,
     [x IN sides WHERE x.relation = 'OPPOSES'][0].edge AS opposes
ORDER BY a.name, a.id
WITH collect({actor: a, supports: supports, opposes: opposes}) AS rows
RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] | {
         actor: {id: row.actor.id, name: row.actor.name, kind: row.actor.kind},
         supports: {claims: row.supports.claims, sources: row.supports.sources, publishers: row.supports.publishers,
                    condition: row.supports.condition, certainty: row.supports.certainty,
                    claimsByCertainty: row.supports.claimsByCertainty, evidenceTotal: row.supports.evidenceTotal,
                    evidence: COLLECT {
                      // the first $quotes quotes, in the edge's order: from its first $quotes claims
                      UNWIND range(0, size(row.supports.claims[0..$quotes]) - 1) AS i
                      MATCH (c:Claim {id: row.supports.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
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
         opposes: {claims: row.opposes.claims, sources: row.opposes.sources, publishers: row.opposes.publishers,
                   condition: row.opposes.condition, certainty: row.opposes.certainty,
                   claimsByCertainty: row.opposes.claimsByCertainty, evidenceTotal: row.opposes.evidenceTotal,
                   evidence: COLLECT {
                      // the first $quotes quotes, in the edge's order: from its first $quotes claims
                      UNWIND range(0, size(row.opposes.claims[0..$quotes]) - 1) AS i
                      MATCH (c:Claim {id: row.opposes.claims[i]})-[e:EVIDENCED_BY]->(s:Source)
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
