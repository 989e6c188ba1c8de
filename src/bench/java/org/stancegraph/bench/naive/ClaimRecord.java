package org.stancegraph.bench.naive;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A claim as an SDN entity: its holder, target and evidence are relationships SDN writes and loads itself. */
@Node("Claim")
public record ClaimRecord(@Id String id, String source, String relation, LocalDate date, String quote, String condition,
		@Relationship("BY") EntityRecord holder, @Relationship("ABOUT") EntityRecord target,
		@Relationship("EVIDENCED_BY") List<EvidenceRecord> evidence) {
}
