// How many actors hold each relation to a target? One degree look-up per relationship type, however big the hub:
// the counts beside a page of positions (cypher/queries/03), as one map from each relation to its count.
:param target => 'resolution-2803';
MATCH (t:Entity {id: $target})
RETURN {SUPPORTS: COUNT { (t)<-[:SUPPORTS]-() },
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
        CONTROLS: COUNT { (t)<-[:CONTROLS]-() }} AS counts;
