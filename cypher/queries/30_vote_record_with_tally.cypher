// How did the vote on an instrument go, as the sources state it? The tally each source gives (for, against,
// abstain) with its quote and source document, in date order. The members a source names are question 39.
// (GET /api/votes/{instrument})
:param instrument => 'resolution-2803';
MATCH (:Entity {id: $instrument})<-[:ON]-(v:Vote)-[:IN]->(body:Entity)
MATCH (v)-[e:EVIDENCED_BY]->(s:Source)
RETURN v.id AS voteId, v.date AS date, body {.id, .name, .kind} AS body, v.for AS votesFor,
       v.against AS against, v.abstain AS abstain, e.quote AS quote,
       s {.id, .title, .publisher, .published, .corpusFile} AS source
ORDER BY v.date, s.published, v.id;
