package org.stancegraph.bench.naive;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

@Node("Source")
public record SourceRecord(@Id String id, String title, String publisher, LocalDate published, String text) {
}
