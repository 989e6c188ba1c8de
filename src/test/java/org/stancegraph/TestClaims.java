package org.stancegraph;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.graph.Relation;

/**
 * Claim sets built in code, for tests that need claims whose every field is known whatever the seed's curation says.
 * Their ids start with {@code zz-test-}, which {@link #removeAll} deletes again.
 */
public final class TestClaims {

	private TestClaims() {
	}

	public static EntityDefinition entity(String id, String kind, String name, String belongsTo) {
		return new EntityDefinition(id, kind, name, List.of(), null, null, List.of(), List.of(), belongsTo);
	}

	/** A claim with one quote from its source, no speaker and nothing else optional but a condition. */
	public static ClaimDefinition claim(String id, String source, String holder, Relation relation, String target, LocalDate date,
			String quote, Attribution attribution, String condition, Qualifiers qualifiers) {
		return new ClaimDefinition(id, source, holder, relation, target, date, null, attribution, condition, null, null, null,
				null, null, null, List.of(new Evidence(source, quote)), "zz-test.yaml", qualifiers);
	}

	public static void removeAll(Neo4jClient neo4j) {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}
}
