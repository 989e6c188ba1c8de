package org.stancegraph.bench.naive;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

@Node("Entity")
public record EntityRecord(@Id String id, String name, String kind) {
}
