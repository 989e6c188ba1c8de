package org.stancegraph.extraction;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.graph.QueryFile;

/** The graph's entities as extraction reads a text against them. */
@Repository
class ExtractionRepository {

	private static final String ENTITIES = QueryFile.part("extraction_entities.cypher").query();

	private final Neo4jClient neo4j;

	ExtractionRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<EntityDefinition> entities() {
		return List.copyOf(neo4j.query(ENTITIES).fetchAs(EntityDefinition.class).mappedBy((types, row) -> new EntityDefinition(
				row.get("id").asString(), row.get("kind").asString(), row.get("name").asString(),
				row.get("aliases").asList(v -> v.asString()), null, null, row.get("speaksFor").asList(v -> v.asString())))
			.all());
	}
}
