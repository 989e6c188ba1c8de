// How did the vote on an instrument go, as the sources state it? The tally each source gives (for, against,
// abstain) and, for each member a source names, its vote with the quote; `unnamed` is how many of the tally's
// votes no source names. (GET /api/votes/{instrument})
:param instrument => 'resolution-2803';
MATCH (instrument:Entity {id: $instrument})<-[:ON]-(vote:Vote)-[:IN]->(body:Entity)
MATCH (vote)-[tallyEvidence:EVIDENCED_BY]->(tallySource:Source)
OPTIONAL MATCH (instrument)<-[:ABOUT]-(named:Claim)-[:BY]->(member:Entity)
  WHERE named.vote IS NOT NULL
OPTIONAL MATCH (named)-[memberEvidence:EVIDENCED_BY]->(memberSource:Source)
WITH instrument, body, vote, tallyEvidence, tallySource,
     collect(DISTINCT {member: member.name, vote: named.vote, quote: memberEvidence.quote, source: memberSource.title}) AS namedVotes,
     count(DISTINCT member) AS namedMembers
RETURN instrument.name AS instrument,
       body.name AS body,
       vote.date AS date,
       vote.for AS for,
       vote.against AS against,
       vote.abstain AS abstain,
       tallyEvidence.quote AS tallyQuote,
       tallySource.title AS tallySource,
       [v IN namedVotes WHERE v.member IS NOT NULL] AS named,
       vote.for + vote.against + vote.abstain - namedMembers AS unnamed;
