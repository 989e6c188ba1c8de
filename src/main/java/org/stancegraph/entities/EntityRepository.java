package org.stancegraph.entities;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface EntityRepository extends Neo4jRepository<EntityNode, String>, EntitySearch {
}
