// How many actors hold each relation to a target at least at the minimum certainty $certainty (stated, reported,
// probable or possible: everything)? The counts beside a page of positions (cypher/queries/03), as one map from each
// relation to its count. When everything counts ('possible'), one degree look-up per relationship type, however big the
// hub, without reading an edge; else every edge of the type to the target is read for its meetsCertainty. CASE
// evaluates only the branch it takes, so the degrees stay look-ups (PROFILE on a target with 3,000 SUPPORTS and 3,000
// OPPOSES edges: 4 db hits with 'possible', 12,008 with a filter: two per edge).
:param target => 'resolution-2803';
:param certainty => 'possible';
MATCH (t:Entity {id: $target})
RETURN CASE $certainty
       WHEN 'possible' THEN {
        SUPPORTS: COUNT { (t)<-[:SUPPORTS]-() },
        OPPOSES: COUNT { (t)<-[:OPPOSES]-() },
        ABSTAINED: COUNT { (t)<-[:ABSTAINED]-() },
        PROPOSED: COUNT { (t)<-[:PROPOSED]-() },
        BACKS: COUNT { (t)<-[:BACKS]-() },
        MEMBER_OF: COUNT { (t)<-[:MEMBER_OF]-() },
        SPEAKS_FOR: COUNT { (t)<-[:SPEAKS_FOR]-() },
        OVERSEES: COUNT { (t)<-[:OVERSEES]-() },
        AUTHORIZES: COUNT { (t)<-[:AUTHORIZES]-() },
        PARTICIPATES_IN: COUNT { (t)<-[:PARTICIPATES_IN]-() },
        OFFERS_TROOPS: COUNT { (t)<-[:OFFERS_TROOPS]-() },
        DECLINES: COUNT { (t)<-[:DECLINES]-() },
        SIGNED: COUNT { (t)<-[:SIGNED]-() },
        ADOPTED_AS: COUNT { (t)<-[:ADOPTED_AS]-() },
        REVISES: COUNT { (t)<-[:REVISES]-() },
        URGES: COUNT { (t)<-[:URGES]-() },
        DEMANDS: COUNT { (t)<-[:DEMANDS]-() },
        ACCUSES: COUNT { (t)<-[:ACCUSES]-() },
        THREATENS: COUNT { (t)<-[:THREATENS]-() },
        CONTROLS: COUNT { (t)<-[:CONTROLS]-() }}
       ELSE {
        SUPPORTS: COUNT { (t)<-[r:SUPPORTS]-() WHERE $certainty IN r.meetsCertainty },
        OPPOSES: COUNT { (t)<-[r:OPPOSES]-() WHERE $certainty IN r.meetsCertainty },
        ABSTAINED: COUNT { (t)<-[r:ABSTAINED]-() WHERE $certainty IN r.meetsCertainty },
        PROPOSED: COUNT { (t)<-[r:PROPOSED]-() WHERE $certainty IN r.meetsCertainty },
        BACKS: COUNT { (t)<-[r:BACKS]-() WHERE $certainty IN r.meetsCertainty },
        MEMBER_OF: COUNT { (t)<-[r:MEMBER_OF]-() WHERE $certainty IN r.meetsCertainty },
        SPEAKS_FOR: COUNT { (t)<-[r:SPEAKS_FOR]-() WHERE $certainty IN r.meetsCertainty },
        OVERSEES: COUNT { (t)<-[r:OVERSEES]-() WHERE $certainty IN r.meetsCertainty },
        AUTHORIZES: COUNT { (t)<-[r:AUTHORIZES]-() WHERE $certainty IN r.meetsCertainty },
        PARTICIPATES_IN: COUNT { (t)<-[r:PARTICIPATES_IN]-() WHERE $certainty IN r.meetsCertainty },
        OFFERS_TROOPS: COUNT { (t)<-[r:OFFERS_TROOPS]-() WHERE $certainty IN r.meetsCertainty },
        DECLINES: COUNT { (t)<-[r:DECLINES]-() WHERE $certainty IN r.meetsCertainty },
        SIGNED: COUNT { (t)<-[r:SIGNED]-() WHERE $certainty IN r.meetsCertainty },
        ADOPTED_AS: COUNT { (t)<-[r:ADOPTED_AS]-() WHERE $certainty IN r.meetsCertainty },
        REVISES: COUNT { (t)<-[r:REVISES]-() WHERE $certainty IN r.meetsCertainty },
        URGES: COUNT { (t)<-[r:URGES]-() WHERE $certainty IN r.meetsCertainty },
        DEMANDS: COUNT { (t)<-[r:DEMANDS]-() WHERE $certainty IN r.meetsCertainty },
        ACCUSES: COUNT { (t)<-[r:ACCUSES]-() WHERE $certainty IN r.meetsCertainty },
        THREATENS: COUNT { (t)<-[r:THREATENS]-() WHERE $certainty IN r.meetsCertainty },
        CONTROLS: COUNT { (t)<-[r:CONTROLS]-() WHERE $certainty IN r.meetsCertainty }} END AS counts;
