package org.stancegraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.stancegraph.StancegraphIntegrationTest;

@StancegraphIntegrationTest
class EmbeddedNeo4jTest {

	@Autowired
	EmbeddedBolt bolt;

	@Test
	void answersBoltOnLoopbackAtThePortItPicked() {
		assertThat(bolt.host()).isEqualTo("127.0.0.1");
		assertThat(bolt.port()).isPositive().isNotEqualTo(7687);
		// a client of its own, as Neo4j Browser or cypher-shell would connect
		try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.none());
				var session = driver.session()) {
			var counts = session.run("MATCH (c:Claim) RETURN count(c) AS claims").single();
			assertThat(counts.get("claims").asLong()).isGreaterThan(80);
		}
	}

	@Test
	void schemaFileCreatesEveryConstraintAndIndex() {
		try (var driver = GraphDatabase.driver(bolt.uri(), AuthTokens.none()); var session = driver.session()) {
			var names = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names").single().get("names")
				.asList(v -> v.asString());
			assertThat(names).contains("entity_id", "claim_id", "source_id", "claim_triple", "claim_date", "claim_regarding",
					"entity_kind", "entity_names", "vote_id");
		}
		assertThat(GraphSchema.statements()).hasSize(9).allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS"));
	}
}
