package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/** The rows a load sends, without a database: what they carry, and that their hash changes exactly with their content. */
class NodeRowsTest {

	static final String FDD = "fdd-2025-11-19-hamas-rejects-resolution-2803";

	@Test
	void aClaimsHashFollowsItsContentAndItsEvidence() {
		var claim = claim(List.of(new Evidence(FDD, "Israel firmly opposes Ankara’s participation in any future ISF.")));
		var alsoIn = claim(List.of(new Evidence(FDD, "Israel firmly opposes Ankara’s participation in any future ISF."),
				new Evidence("algemeiner-2025-11-04-us-proposes-international-gaza-force", "Israel has repeatedly opposed")));

		assertThat(NodeRows.claim(claim).get("hash")).isEqualTo(NodeRows.claim(claim(claim.evidence())).get("hash"))
			.isNotEqualTo(NodeRows.claim(alsoIn).get("hash"));
		assertThat(properties(NodeRows.claim(claim))).containsEntry("hash", NodeRows.claim(claim).get("hash"));
	}

	@Test
	void changedKeepsTheRowsTheGraphLacksOrHoldsWithAnotherHash() {
		var rows = NodeRows.byId(List.of(source("a", "one"), source("b", "two"), source("c", "three")), SourceDocument::id,
				NodeRows::source);
		Map<String, Map<String, Object>> existing = Map.of("a", Map.of("id", "a", "hash", rows.get("a").get("hash")), "b",
				Map.of("id", "b", "hash", "an older hash"));

		assertThat(NodeRows.changed(rows, existing)).extracting(row -> row.get("id")).containsExactly("b", "c");
	}

	@Test
	void aClaimRowCarriesItsLinksAndEvidenceForTheStatementsThatWriteThem() {
		var claim = claim(List.of(new Evidence(FDD, "quote")));
		Map<String, Object> row = NodeRows.claim(claim);

		assertThat(NodeRows.links(List.of(row))).containsExactly(
				Map.of("claim", "fdd-israel-opposes-turkish-participation-in-isf", "type", "BY", "entity", "israel"),
				Map.of("claim", "fdd-israel-opposes-turkish-participation-in-isf", "type", "ABOUT", "entity", "turkish-participation-in-isf"),
				Map.of("claim", "fdd-israel-opposes-turkish-participation-in-isf", "type", "SPOKEN_BY", "entity", "benjamin-netanyahu"));
		assertThat(NodeRows.evidence(List.of(row)))
			.containsExactly(Map.of("claim", "fdd-israel-opposes-turkish-participation-in-isf", "source", FDD, "quote", "quote"));
		assertThat(NodeRows.definition(row)).isSameAs(claim);
		assertThat(NodeRows.claimNode(row)).containsOnlyKeys("id", "properties");
		assertThat(properties(row)).containsEntry("axis", "position").containsEntry("side", "AGAINST")
			.doesNotContainKeys("links", "file", "definition");
	}

	@Test
	void anEntityRowNamesItsKindAndTheKindsItMustNotHave() {
		var entity = new EntityDefinition("israel", "State", "Israel", List.of("State of Israel"), null, null, List.of());
		Map<String, Object> row = NodeRows.entity(entity);

		assertThat(row.get("kind")).isEqualTo("State");
		assertThat(row.get("otherKinds")).asInstanceOf(LIST)
			.hasSize(EntityKind.values().length - 1).doesNotContain("State");
		assertThat(properties(row)).containsEntry("searchText", "Israel | State of Israel | israel");
	}

	private static ClaimDefinition claim(List<Evidence> evidence) {
		return new ClaimDefinition("fdd-israel-opposes-turkish-participation-in-isf", FDD, "israel", Relation.OPPOSES,
				"turkish-participation-in-isf", LocalDate.of(2025, 11, 19), "benjamin-netanyahu", Attribution.unstated(), null,
				"firmly opposes", null, null, null, null, null, evidence, FDD + ".yaml", Qualifiers.none(LocalDate.of(2025, 11, 19)));
	}

	private static SourceDocument source(String id, String text) {
		return new SourceDocument(id, "title", "publisher", LocalDate.of(2025, 11, 19), "stated", List.of(), id + ".txt", text);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		return (Map<String, Object>) row.get("properties");
	}
}
