package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;

/**
 * A first load by Neo4j's offline importer makes the graph the loader's transactions make: the seed dataset (votes,
 * conditions, chains, empty lists, entities of every kind) imported into one empty store and loaded into another,
 * node by node and relationship by relationship with every property; and loading the same files afterwards writes
 * nothing, since the content hashes are the loader's.
 */
class ClaimSetImportTest {

	static ClaimSet seeds;

	@BeforeAll
	static void readSeeds() {
		seeds = new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS));
	}

	@Test
	void theImportedGraphIsTheLoadedGraph(@TempDir Path imported, @TempDir Path loaded) {
		ClaimSetImport firstLoad = new ClaimSetImport(seeds);
		firstLoad.importInto(imported);
		assertThat(firstLoad.imported()).isTrue();

		List<String> importedContent;
		Map<String, Long> importedCounts;
		LoadReport importReport;
		try (SecondNeo4j database = new SecondNeo4j(imported)) {
			importReport = database.loader().completeImport(firstLoad);
			// the importer writes no lookup index; the schema's give the imported store its label and type scans
			assertThat(database.client().query("SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN entityType")
				.fetchAs(String.class).all()).containsExactlyInAnyOrder("NODE", "RELATIONSHIP");
			importedContent = GraphFingerprint.content(database.client());
			importedCounts = GraphFingerprint.counts(database.client());
			LoadReport again = database.loader().load(seeds);
			assertThat(again.wroteNothing()).as("the same files loaded into the imported graph: %s", again).isTrue();
		}
		try (SecondNeo4j database = new SecondNeo4j(loaded)) {
			LoadReport loadReport = database.loader().load(seeds);
			assertThat(GraphFingerprint.counts(database.client())).isEqualTo(importedCounts);
			assertThat(GraphFingerprint.content(database.client())).containsExactlyElementsOf(importedContent);
			assertThat(importReport.nodesCreated()).isEqualTo(loadReport.nodesCreated());
			assertThat(importReport.relationshipsCreated()).isEqualTo(loadReport.relationshipsCreated());
			assertThat(importReport.derivedEdges()).isEqualTo(loadReport.derivedEdges());
			assertThat(importReport.changedVoteTallies()).isPositive();
		}
		// empty lists too, which the importer's CSV files could not hold
		assertThat(importedContent).anyMatch(line -> line.contains("hedges=[]"));
	}

	@Test
	void aStoreThatHoldsADatabaseIsNotWrittenOver(@TempDir Path store) {
		try (SecondNeo4j database = new SecondNeo4j(store)) {
			database.loader().load(seeds);
		}
		ClaimSetImport firstLoad = new ClaimSetImport(seeds);
		assertThatThrownBy(() -> firstLoad.importInto(store)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("holds a database already");
		assertThat(firstLoad.imported()).isFalse();
		try (SecondNeo4j database = new SecondNeo4j(store)) {
			assertThat(GraphFingerprint.counts(database.client()).get("label:Claim")).isEqualTo(seeds.claims().size());
		}
	}

	@Test
	void aFailedImportLeavesNoStoreBehind(@TempDir Path store) {
		// a claim whose holder no entity has: the importer refuses the relationship
		ClaimDefinition claim = seeds.claims().getFirst();
		ClaimDefinition orphan = new ClaimDefinition("zz-orphan", claim.source(), "zz-nobody", claim.relation(), claim.target(),
				claim.date(), null, claim.attribution(), null, null, null, null, null, null, null, claim.evidence(), claim.file(),
				claim.qualifiers());
		ClaimSet broken = new ClaimSet(seeds.documents(), seeds.entities(), List.of(orphan), seeds.votes());
		ClaimSetImport firstLoad = new ClaimSetImport(broken);
		assertThatThrownBy(() -> firstLoad.importInto(store)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("nothing written");
		assertThat(firstLoad.imported()).isFalse();
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();
		assertThat(store.resolve("data/transactions/neo4j")).doesNotExist();
	}
}
