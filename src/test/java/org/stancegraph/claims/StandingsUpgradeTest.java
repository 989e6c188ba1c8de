package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.DerivedEdges;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;

/**
 * A store loaded before standings were kept gets them from its claims, as a load would have written them, in as many
 * transactions as it takes; a store that has them all gets nothing.
 */
class StandingsUpgradeTest {

	@Test
	void aStoreWithoutStandingsGetsThoseItsClaimsImply(@TempDir Path store) {
		try (SecondNeo4j neo4j = new SecondNeo4j(store)) {
			ClaimLoader loader = neo4j.loader();
			loader.load(new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS)));
			List<String> loaded = GraphFingerprint.content(neo4j.client());
			assertThat(loader.completeStandings()).as("a store loaded by this version has them all").isZero();

			long standings = neo4j.client().query("MATCH ()-[s:STANDS_ON]->() DELETE s RETURN count(s)").fetchAs(Long.class).one()
				.orElseThrow();
			assertThat(standings).isGreaterThan(50);
			assertThat(DerivedEdges.differences(neo4j.client())).isNotEmpty();

			assertThat(loader.completeStandings(7)).isEqualTo(standings);
			assertThat(DerivedEdges.differences(neo4j.client())).isEmpty();
			assertThat(GraphFingerprint.content(neo4j.client())).containsExactlyElementsOf(loaded);
			assertThat(loader.completeStandings()).isZero();
		}
	}
}
