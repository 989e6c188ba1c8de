package org.stancegraph.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.stream;
import static org.stancegraph.TestClaims.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.TestClaims;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/alignment on a claim set of its own (ids {@code zz-test-}), whose every outcome is known, and on the seed
 * graph. Alpha and Beta, day N of November 2025:
 * <pre>
 * t1  Alpha SUPPORTS (1)          Beta PROPOSED (1)                        agree
 * t2  Alpha SUPPORTS (2)          Beta OPPOSES (2)                         disagree
 * t3  Alpha ABSTAINED (3)         Beta SUPPORTS (3)                        one abstains
 * t4  Alpha SUPPORTS (4)          Beta SUPPORTS (4), OPPOSES (4, possible)  mixed; at 'reported' agree
 * t5  Alpha OPPOSES (2), SUPPORTS (8)  Beta SUPPORTS (3)                   agree; as of the 5th disagree
 * t6  Alpha SUPPORTS (1)          -                                        not shared
 * </pre>
 * Gamma OPPOSES t1 (1), t2 (2) and t5 (3): against Alpha on all three (S -1), with Beta on t2 only (S -1/3).
 */
@StancegraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlignmentApiTest {

	static final String SOURCE = "zz-test-alignment-source";
	static final String ALPHA = "zz-test-align-alpha";
	static final String BETA = "zz-test-align-beta";
	static final String GAMMA = "zz-test-align-gamma";
	static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 10);
	static final String TEXT = """
			Alpha supports one. Beta proposed one. Alpha supports two. Beta opposes two. Alpha abstained on three.
			Beta supports three. Alpha supports four. Beta supports four. Beta could oppose four. Alpha opposed five.
			Alpha now supports five. Beta supports five. Alpha supports six. Gamma opposes one. Gamma opposes two.
			Gamma opposes five.""";

	@LocalServerPort
	int port;

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	void load() {
		removeTestData();
		var source = new SourceDocument(SOURCE, "Zz alignment test", "Zz Publisher", PUBLISHED, "dateline", List.of(),
				"zz-alignment.txt", TEXT, null);
		var entities = List.of(entity(ALPHA, "State", "Zz Alpha", null), entity(BETA, "State", "Zz Beta", null),
				entity(GAMMA, "Faction", "Zz Gamma", null),
				entity(target(1), "Proposition", "Zz One", null), entity(target(2), "Proposition", "Zz Two", null),
				entity(target(3), "Proposition", "Zz Three", null), entity(target(4), "Proposition", "Zz Four", null),
				entity(target(5), "Proposition", "Zz Five", null), entity(target(6), "Proposition", "Zz Six", null));
		List<ClaimDefinition> claims = List.of(
				claim("a1", ALPHA, Relation.SUPPORTS, 1, 1, "Alpha supports one."),
				claim("b1", BETA, Relation.PROPOSED, 1, 1, "Beta proposed one."),
				claim("a2", ALPHA, Relation.SUPPORTS, 2, 2, "Alpha supports two."),
				claim("b2", BETA, Relation.OPPOSES, 2, 2, "Beta opposes two."),
				claim("a3", ALPHA, Relation.ABSTAINED, 3, 3, "Alpha abstained on three."),
				claim("b3", BETA, Relation.SUPPORTS, 3, 3, "Beta supports three."),
				claim("a4", ALPHA, Relation.SUPPORTS, 4, 4, "Alpha supports four."),
				claim("b4", BETA, Relation.SUPPORTS, 4, 4, "Beta supports four."),
				TestClaims.claim("zz-test-align-b4-possibly", SOURCE, BETA, Relation.OPPOSES, target(4), november(4),
						"Beta could oppose four.", new Attribution(Certainty.POSSIBLE, true, null, null, List.of(), List.of("could")),
						null, Qualifiers.none(PUBLISHED)),
				claim("a5-before", ALPHA, Relation.OPPOSES, 5, 2, "Alpha opposed five."),
				claim("a5", ALPHA, Relation.SUPPORTS, 5, 8, "Alpha now supports five."),
				claim("b5", BETA, Relation.SUPPORTS, 5, 3, "Beta supports five."),
				claim("a6", ALPHA, Relation.SUPPORTS, 6, 1, "Alpha supports six."),
				claim("g1", GAMMA, Relation.OPPOSES, 1, 1, "Gamma opposes one."),
				claim("g2", GAMMA, Relation.OPPOSES, 2, 2, "Gamma opposes two."),
				claim("g5", GAMMA, Relation.OPPOSES, 5, 3, "Gamma opposes five."));
		loader.load(new ClaimSet(List.of(source), entities, claims));
	}

	@AfterAll
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	private static String target(int n) {
		return "zz-test-align-t" + n;
	}

	private static LocalDate november(int day) {
		return LocalDate.of(2025, 11, day);
	}

	private static ClaimDefinition claim(String id, String holder, Relation relation, int target, int day, String quote) {
		return TestClaims.claim("zz-test-align-" + id, SOURCE, holder, relation, target(target), november(day), quote,
				new Attribution(Certainty.STATED, true, null, holder, List.of(), List.of()), null, Qualifiers.none(PUBLISHED));
	}

	JsonNode alignment(String query) {
		Answer answer = new ApiClient(port).get("/api/alignment?" + query);
		assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(200);
		return answer.body();
	}

	/** Each shared target's id and outcome, in the answer's order. */
	static Map<String, String> outcomes(JsonNode answer) {
		return stream(answer.get("targets")).collect(Collectors.toMap(t -> t.at("/target/id").asString(),
				t -> t.get("outcome").asString(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	@Test
	void targetByTargetWithTheScoreOfSignorinoAndRitter() {
		JsonNode answer = alignment("actors=" + ALPHA + "," + BETA);

		assertThat(stream(answer.get("actors")).map(a -> a.get("id").asString())).containsExactly(ALPHA, BETA);
		// by target name: Five, Four, One, Three, Two; t6 is Alpha's only
		assertThat(outcomes(answer)).containsExactly(Map.entry(target(5), "AGREE"), Map.entry(target(4), "MIXED"),
				Map.entry(target(1), "AGREE"), Map.entry(target(3), "ONE_ABSTAINS"), Map.entry(target(2), "DISAGREE"));
		JsonNode agreement = answer.get("agreement");
		assertThat(agreement.get("compared").asInt()).isEqualTo(4);
		assertThat(agreement.get("agree").asInt()).isEqualTo(2);
		assertThat(agreement.get("disagree").asInt()).isEqualTo(1);
		assertThat(agreement.get("oneAbstains").asInt()).isEqualTo(1);
		assertThat(agreement.get("mixed").asInt()).isEqualTo(1);
		// 1 - 2 x (0 + 1 + 0.5 + 0) / 4
		assertThat(agreement.get("score").asDouble()).isEqualTo(0.25);
		assertThat(agreement.get("measure").asString()).contains("Signorino and Ritter");
	}

	@Test
	void eachSideWithItsRelationsClaimsAndQuotes() {
		JsonNode answer = alignment("actors=" + ALPHA + "," + BETA);
		JsonNode four = stream(answer.get("targets")).filter(t -> t.at("/target/id").asString().equals(target(4))).findFirst()
			.orElseThrow();
		assertThat(four.hasNonNull("distance")).isFalse();
		JsonNode alpha = four.at("/positions/0");
		JsonNode beta = four.at("/positions/1");
		assertThat(alpha.at("/actor/id").asString()).isEqualTo(ALPHA);
		assertThat(alpha.at("/actor/name").asString()).isEqualTo("Zz Alpha");
		assertThat(alpha.get("side").asString()).isEqualTo("FOR");
		assertThat(beta.get("side").asString()).isEqualTo("MIXED");
		assertThat(stream(beta.get("relations")).map(JsonNode::asString)).containsExactlyInAnyOrder("SUPPORTS", "OPPOSES");
		assertThat(beta.get("certainty").asString()).isEqualTo("stated");
		assertThat(stream(beta.get("claims")).map(JsonNode::asString))
			.containsExactly("zz-test-align-b4", "zz-test-align-b4-possibly");
		// the quotes of both sides, verbatim from the source, with how sure the source is and whose words they are
		assertThat(stream(beta.get("evidence")).map(e -> e.get("quote").asString()))
			.containsExactly("Beta supports four.", "Beta could oppose four.");
		assertThat(stream(beta.get("evidence")).map(e -> e.get("certainty").asString())).containsExactly("stated", "possible");
		assertThat(stream(answer.get("targets")).flatMap(t -> stream(t.get("positions"))).flatMap(p -> stream(p.get("evidence"))))
			.allSatisfy(e -> {
				assertThat(TEXT.replace('\n', ' ')).contains(e.get("quote").asString());
				assertThat(e.at("/source/id").asString()).isEqualTo(SOURCE);
				assertThat(e.at("/holder/id").asString()).isIn(ALPHA, BETA);
			});
	}

	@Test
	void aWeakerClaimNeitherCountsNorSplitsAPositionAtAStrongerMinimum() {
		JsonNode answer = alignment("actors=" + ALPHA + "," + BETA + "&certainty=reported");
		assertThat(outcomes(answer)).containsEntry(target(4), "AGREE").doesNotContainValue("MIXED");
		// 1 - 2 x 1.5 / 5
		assertThat(answer.at("/agreement/score").asDouble()).isEqualTo(0.4);
		assertThat(answer.at("/agreement/compared").asInt()).isEqualTo(5);
		assertThat(answer.get("certainty").asString()).isEqualTo("reported");
	}

	@Test
	void asOfADateTheClaimsInForceThen() {
		JsonNode answer = alignment("actors=" + ALPHA + "," + BETA + "&asOf=2025-11-05");
		// Alpha opposed five on the 2nd and came round on the 8th
		assertThat(outcomes(answer)).containsEntry(target(5), "DISAGREE");
		// 1 - 2 x (1 + 1 + 0.5 + 0) / 4
		assertThat(answer.at("/agreement/score").asDouble()).isEqualTo(-0.25);
		assertThat(answer.get("asOf").asString()).isEqualTo("2025-11-05");
		assertThat(stream(answer.get("targets")).flatMap(t -> stream(t.get("positions"))).flatMap(p -> stream(p.get("evidence"))))
			.allSatisfy(e -> assertThat(LocalDate.parse(e.get("date").asString())).isBeforeOrEqualTo(november(5)));

		JsonNode before = alignment("actors=" + ALPHA + "," + BETA + "&asOf=2025-10-31");
		assertThat(before.get("targets")).isEmpty();
		assertThat(before.at("/agreement/compared").asInt()).isZero();
		assertThat(before.get("agreement").hasNonNull("score")).isFalse();
	}

	@Test
	void theOrderOfTheActorsIsTheOrderOfTheirPositions() {
		JsonNode answer = alignment("actors=" + BETA + "," + ALPHA);
		assertThat(answer.at("/agreement/score").asDouble()).isEqualTo(0.25);
		assertThat(stream(answer.get("targets")).map(t -> t.at("/positions/0/actor/id").asString())).containsOnly(BETA);
	}

	@Test
	void onTheSeedGraph() {
		JsonNode israelAndTheUnitedStates = alignment("actors=israel,united-states");
		assertThat(israelAndTheUnitedStates.at("/agreement/compared").asInt()).isGreaterThan(0);
		JsonNode agreement = israelAndTheUnitedStates.get("agreement");
		double distances = stream(israelAndTheUnitedStates.get("targets")).filter(t -> t.hasNonNull("distance"))
			.mapToDouble(t -> t.get("distance").asDouble()).sum();
		assertThat(agreement.get("score").asDouble())
			.isCloseTo(1 - 2 * distances / agreement.get("compared").asInt(), org.assertj.core.data.Offset.offset(0.001));
		assertThat(stream(israelAndTheUnitedStates.get("targets")).flatMap(t -> stream(t.get("positions"))))
			.allSatisfy(p -> assertThat(p.get("evidence")).isNotEmpty());

		JsonNode turkeyAndQatar = alignment("actors=turkey,qatar");
		assertThat(outcomes(turkeyAndQatar)).containsEntry("us-draft-resolution", "AGREE");
	}

	@Test
	void twoDifferentKnownActorsOrAProblem() {
		ApiClient api = new ApiClient(port);
		for (String query : List.of("actors=israel", "actors=israel,israel", "actors=israel,turkey,qatar", "",
				"actors=Israel!,turkey", "actors=israel,turkey&asOf=yesterday", "actors=israel,turkey&certainty=sure")) {
			Answer answer = api.get("/api/alignment?" + query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
		}
		Answer unknown = api.get("/api/alignment?actors=israel,atlantis");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("detail").asString()).contains("atlantis");
	}

	JsonNode matrix(String query) {
		Answer answer = new ApiClient(port).get("/api/alignment/matrix?" + query);
		assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(200);
		return answer.body();
	}

	static List<List<String>> blocs(JsonNode matrix) {
		return stream(matrix.get("blocs")).map(b -> stream(b.get("members")).map(m -> m.get("id").asString()).toList()).toList();
	}

	/** "target:side=actor+actor|side=actor" for each target of a bloc's list. */
	static List<String> targets(JsonNode list) {
		return stream(list).map(t -> t.at("/target/id").asString().replace("zz-test-align-", "") + ":"
				+ stream(t.get("sides")).map(side -> side.get("side").asString() + "=" + stream(side.get("actors"))
					.map(a -> a.asString().replace("zz-test-align-", "")).collect(Collectors.joining("+")))
					.collect(Collectors.joining("|")))
			.toList();
	}

	@Test
	void everyPairInOneAnswerAndTheBlocsTheyForm() {
		JsonNode matrix = matrix("actors=" + GAMMA + "," + ALPHA + "," + BETA);

		assertThat(stream(matrix.get("pairs")).map(p -> stream(p.get("actors")).map(JsonNode::asString).toList() + "="
				+ p.get("score").asDouble())).containsExactly("[" + ALPHA + ", " + BETA + "]=0.25",
						"[" + ALPHA + ", " + GAMMA + "]=-1.0", "[" + BETA + ", " + GAMMA + "]=-0.333");
		assertThat(blocs(matrix)).containsExactly(List.of(ALPHA, BETA), List.of(GAMMA));
		assertThat(stream(matrix.get("actors")).map(a -> a.at("/actor/id").asString() + ":" + a.get("bloc").asInt()))
			.containsExactly(ALPHA + ":0", BETA + ":0", GAMMA + ":1");
		assertThat(stream(matrix.get("actors")).map(a -> a.get("positions").asInt())).containsExactly(6, 5, 3);

		JsonNode together = matrix.at("/blocs/0");
		assertThat(together.get("cohesion").asDouble()).isEqualTo(0.25);
		assertThat(targets(together.get("holding"))).containsExactly("t5:FOR=alpha+beta", "t1:FOR=alpha+beta");
		assertThat(targets(together.get("splitting"))).containsExactly("t4:FOR=alpha|MIXED=beta",
				"t3:FOR=beta|NEUTRAL=alpha", "t2:FOR=alpha|AGAINST=beta");
		JsonNode alone = matrix.at("/blocs/1");
		assertThat(alone.hasNonNull("cohesion")).isFalse();
		assertThat(alone.get("holding")).isEmpty();
		assertThat(alone.get("splitting")).isEmpty();
		assertThat(matrix.at("/method/algorithm").asString()).contains("Leiden");
		assertThat(matrix.at("/method/seed").asLong()).isEqualTo(1);
	}

	@Test
	void aGroupHoldsTogetherOnlyAboveTheResolution() {
		assertThat(blocs(matrix("actors=" + ALPHA + "," + BETA + "," + GAMMA + "&resolution=0.2")))
			.containsExactly(List.of(ALPHA, BETA), List.of(GAMMA));
		assertThat(blocs(matrix("actors=" + ALPHA + "," + BETA + "," + GAMMA + "&resolution=0.3")))
			.containsExactlyInAnyOrder(List.of(ALPHA), List.of(BETA), List.of(GAMMA));
		// at a minimum of 'reported' Beta's position on t4 is no longer split: S 0.4
		assertThat(matrix("actors=" + ALPHA + "," + BETA + "," + GAMMA + "&certainty=reported&resolution=0.3")
			.at("/blocs/0/cohesion").asDouble()).isEqualTo(0.4);
	}

	@Test
	void theSameGraphAndSeedGiveTheSameBlocs() {
		for (long seed : new long[] { 1, 7, 20251118 }) {
			String query = "targets=resolution-2803,isf&seed=" + seed;
			JsonNode first = matrix(query);
			// another request for the same answer (the default stated), so that it is computed again, not a kept answer
			assertThat(matrix(query + "&minPositions=1")).isEqualTo(first);
			// every actor in exactly one bloc
			assertThat(blocs(first).stream().flatMap(List::stream))
				.containsExactlyInAnyOrderElementsOf(stream(first.get("actors")).map(a -> a.at("/actor/id").asString()).toList());
		}
	}

	/**
	 * Without a date the matrix and the blocs' targets read the sides the loader keeps (STANDS_ON); with one, they weigh
	 * the claims in force. After the last claim both give the same answer, at every certainty, and each pair's score is
	 * the one its own answer weighs from the claims.
	 */
	@Test
	void theKeptSidesAreThoseOfTheClaimsInForce() {
		for (String certainty : Certainty.words()) {
			for (String actors : List.of("actors=" + ALPHA + "," + BETA + "," + GAMMA, "targets=resolution-2803,isf", "minPositions=4")) {
				String query = actors + "&certainty=" + certainty;
				JsonNode kept = matrix(query);
				JsonNode weighed = matrix(query + "&asOf=2100-01-01");
				assertThat(kept.get("pairs")).as(query).isEqualTo(weighed.get("pairs"));
				assertThat(kept.get("actors")).as(query).isEqualTo(weighed.get("actors"));
				assertThat(kept.get("blocs")).as(query).isEqualTo(weighed.get("blocs"));
			}
		}
		for (JsonNode pair : matrix("targets=resolution-2803,isf").get("pairs")) {
			JsonNode own = alignment("actors=" + pair.at("/actors/0").asString() + "," + pair.at("/actors/1").asString()).get("agreement");
			assertThat(pair.get("score")).as(pair.toString()).isEqualTo(own.get("score"));
			for (String count : List.of("compared", "agree", "disagree", "oneAbstains", "mixed")) {
				assertThat(pair.get(count)).as(count + " of " + pair).isEqualTo(own.get(count));
			}
		}
	}

	@Test
	void withoutActorsThoseWithPositionsOnTheTargets() {
		JsonNode onOne = matrix("targets=" + target(1));
		assertThat(stream(onOne.get("actors")).map(a -> a.at("/actor/id").asString()))
			.containsExactlyInAnyOrder(ALPHA, BETA, GAMMA);
		JsonNode onSix = matrix("targets=" + target(6));
		assertThat(stream(onSix.get("actors")).map(a -> a.at("/actor/id").asString())).containsExactly(ALPHA);
		assertThat(onSix.get("pairs")).isEmpty();
		assertThat(matrix("targets=" + target(1) + "&minPositions=4").get("actors")).hasSize(2);
		// as of the 1st only t1's and t6's claims were said
		assertThat(matrix("targets=" + target(2) + "&asOf=2025-11-01").get("actors")).isEmpty();
	}

	@Test
	void aMatrixOfBadParametersIsAProblem() {
		ApiClient api = new ApiClient(port);
		String fiftyOne = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "zz-test-none-" + i).collect(Collectors.joining(","));
		for (String query : List.of("minPositions=0", "resolution=2", "resolution=-0.5", "resolution=NaN", "seed=x", "seed=-1", "actors=" + fiftyOne,
				"targets=Isf!", "asOf=2025-13-01")) {
			Answer answer = api.get("/api/alignment/matrix?" + query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
		}
		assertThat(api.get("/api/alignment/matrix?targets=atlantis").status()).isEqualTo(404);
	}
}
