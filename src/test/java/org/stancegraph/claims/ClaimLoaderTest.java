package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.graph.Relation;

/**
 * The loader against the embedded Neo4j holding the seed graph: idempotent, all or nothing, and the derived
 * edges always follow the claims.
 */
@StancegraphIntegrationTest
class ClaimLoaderTest {

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	@Test
	void theSeedGraphAnswersTheExampleQuestionWithIsraelOnTwoSources() {
		var row = neo4j.query("""
				MATCH (:Entity {id: 'twenty-point-plan'})<-[:SUPPORTS]-(a:Entity)-[o:OPPOSES]->(:Entity {id: 'turkish-participation-in-isf'})
				RETURN a.id AS actor, o.sources AS sources, o.claimIds AS claims
				""").fetch().all();
		assertThat(row).anySatisfy(r -> {
			assertThat(r.get("actor")).isEqualTo("israel");
			assertThat((Long) r.get("sources")).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void loadingTheSeedAgainWritesNothing() {
		Fingerprint before = fingerprint();
		LoadReport again = loader.load(new ClaimValidator().validate(DatasetFiles.fromClasspath("classpath:seeds/")));
		assertThat(again.changedClaims()).isZero();
		assertThat(again.wroteNothing()).as(again.toString()).isTrue();
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aLoadThatFailsHalfwayWritesNothing() {
		Fingerprint before = fingerprint();
		var source = new SourceDocument("zz-test-source", "t", "p", LocalDate.of(2025, 11, 20), "b", List.of(), "f", "text");
		// a null inside a list cannot be stored: the entity write fails after the source was written
		var entity = new EntityDefinition("zz-test-entity", "State", "Test", Arrays.asList("alias", null), null, null, List.of());
		assertThatThrownBy(() -> loader.load(new ClaimSet(List.of(source), List.of(entity), List.of()))).isNotNull();
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(neo4j.query("MATCH (s:Source {id: 'zz-test-source'}) RETURN count(s)").fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void derivedEdgeFollowsItsClaimsWhenTheyChangeAndDisappearsWithTheLast() {
		var source = new SourceDocument("zz-test-source", "Test", "Test publisher", LocalDate.of(2025, 11, 20), "b", List.of(),
				"f", "A opposes B. A supports B.");
		var a = new EntityDefinition("zz-test-a", "State", "A", List.of(), null, null, List.of());
		var b = new EntityDefinition("zz-test-b", "Proposition", "B", List.of(), null, null, List.of());
		var opposes = claim("zz-test-claim", Relation.OPPOSES, "A opposes B.");
		LoadReport first = loader.load(new ClaimSet(List.of(source), List.of(a, b), List.of(opposes)));
		assertThat(first.changedClaims()).isEqualTo(1);
		assertThat(edges()).containsExactly("OPPOSES:zz-test-claim:1");

		// the same claim now states support: the OPPOSES edge has no claim left and goes, SUPPORTS comes
		LoadReport second = loader.load(new ClaimSet(List.of(source), List.of(a, b), List.of(claim("zz-test-claim", Relation.SUPPORTS, "A supports B."))));
		assertThat(second.changedClaims()).isEqualTo(1);
		assertThat(edges()).containsExactly("SUPPORTS:zz-test-claim:1");

		LoadReport third = loader.load(new ClaimSet(List.of(source), List.of(a, b), List.of(claim("zz-test-claim", Relation.SUPPORTS, "A supports B."))));
		assertThat(third.wroteNothing()).isTrue();
	}

	@Test
	void aClaimIdFromAnotherSourceIsAConflictNotAnUpdate() {
		Fingerprint before = fingerprint();
		String seedClaim = neo4j.query("MATCH (c:Claim) RETURN c.id ORDER BY c.id LIMIT 1").fetchAs(String.class).one().orElseThrow();
		var source = new SourceDocument("zz-test-source", "Test", "p", LocalDate.of(2025, 11, 20), "b", List.of(), "f", "A opposes B.");
		var a = new EntityDefinition("zz-test-a", "State", "A", List.of(), null, null, List.of());
		var b = new EntityDefinition("zz-test-b", "Proposition", "B", List.of(), null, null, List.of());
		assertThatThrownBy(() -> loader.load(new ClaimSet(List.of(source), List.of(a, b), List.of(claim(seedClaim, Relation.OPPOSES, "A opposes B.")))))
			.isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("claim id '" + seedClaim + "' already exists in the graph from source");
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * After a load in transactions the next queries are planned on the graph as it is, not from a plan cached before
	 * the load: Neo4j replans a cached query only when the statistics diverge by a large share and at most every
	 * 10 s, so three claims more would not have it replan on its own. The planner's estimate of every claim is the
	 * label's count at planning time.
	 */
	@Test
	void aLoadInTransactionsHasTheNextQueriesPlannedOnTheGraphAfterIt() {
		estimatedClaims(); // planned and cached before the load
		var source = new SourceDocument("zz-test-source", "Test", "Test publisher", LocalDate.of(2025, 11, 20), "b", List.of(),
				"f", "A opposes B. A supports B. A urges B.");
		var a = new EntityDefinition("zz-test-a", "State", "A", List.of(), null, null, List.of());
		var b = new EntityDefinition("zz-test-b", "Proposition", "B", List.of(), null, null, List.of());
		var claims = List.of(claim("zz-test-claim-1", Relation.OPPOSES, "A opposes B."),
				claim("zz-test-claim-2", Relation.SUPPORTS, "A supports B."), claim("zz-test-claim-3", Relation.URGES, "A urges B."));

		LoadReport report = loader.load(new ClaimSet(List.of(source), List.of(a, b), claims), 2, LoadProgress.NONE);

		assertThat(report.changedClaims()).isEqualTo(3);
		long claimsNow = neo4j.query("MATCH (c:Claim) RETURN count(c)").fetchAs(Long.class).one().orElseThrow();
		assertThat(estimatedClaims()).isEqualTo(claimsNow);
	}

	private long estimatedClaims() {
		return Math.round(neo4j.query("EXPLAIN MATCH (c:Claim) RETURN c.id").run().plan().arguments().get("EstimatedRows").asDouble());
	}

	private static ClaimDefinition claim(String id, Relation relation, String quote) {
		return new ClaimDefinition(id, "zz-test-source", "zz-test-a", relation, "zz-test-b", LocalDate.of(2025, 11, 20), null,
				Attribution.unstated(), null, null, null, null, null, null, null, List.of(new Evidence("zz-test-source", quote)), "test.yaml",
				Qualifiers.none(LocalDate.of(2025, 11, 20)));
	}

	private List<String> edges() {
		return List.copyOf(neo4j.query("""
				MATCH (:Entity {id: 'zz-test-a'})-[r]->(:Entity {id: 'zz-test-b'})
				RETURN type(r) + ':' + toString(r.claimIds[0]) + ':' + toString(r.sources) AS edge
				""").fetchAs(String.class).all());
	}

	/** Counts per label and relationship type, and properties: equal fingerprints mean nothing was written. */
	record Fingerprint(Map<String, Object> counts) {
	}

	Fingerprint fingerprint() {
		return new Fingerprint(neo4j.query("""
				CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS n
				          UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n
				          UNION ALL MATCH (n) RETURN 'properties' AS key, sum(size(keys(n))) AS n }
				RETURN collect([key, n]) AS counts
				""").fetch().one().orElseThrow());
	}
}
