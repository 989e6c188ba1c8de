package org.stancegraph.extraction;

import java.util.List;

import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.TestDatasets;

/** The seed dataset's entities, validated as the CLI reads them, once per test JVM. */
final class SeedEntities {

	static final List<EntityDefinition> ALL = load();

	private SeedEntities() {
	}

	private static List<EntityDefinition> load() {
		Dataset files = DatasetFiles.fromPath(TestDatasets.SEEDS);
		return new ClaimValidator().validate(new Dataset(files.root(), files.entities(), files.documents(), files.texts(),
				List.of(), false)).entities();
	}

	static EntityDefinition entity(String id, String kind, String name, String... aliases) {
		return new EntityDefinition(id, kind, name, List.of(aliases), null, null, List.of());
	}
}
