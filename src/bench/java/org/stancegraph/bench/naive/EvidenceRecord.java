package org.stancegraph.bench.naive;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

@RelationshipProperties
public record EvidenceRecord(@RelationshipId String elementId, String quote, @TargetNode SourceRecord source) {
}
