package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stancegraph.claims.EdgeSummaries.ClaimFacts;
import org.stancegraph.claims.EdgeSummaries.Edge;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/** The summary edges a set of claims gives, worked out without a database, on claims as the seed states them. */
class EdgeSummariesTest {

	static final String ALGEMEINER = "algemeiner-2025-11-04-us-proposes-international-gaza-force";
	static final String FDD = "fdd-2025-11-19-hamas-rejects-resolution-2803";
	static final String PRESSTV = "presstv-2025-11-07-israel-seeks-us-guarantees-gaza";
	static final Map<String, String> PUBLISHERS = Map.of(ALGEMEINER, "The Algemeiner", FDD,
			"Foundation for Defense of Democracies", PRESSTV, "Press TV (Iran Press TV), as republished on GlobalSecurity.org");

	static final ClaimDefinition ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4 = claim("algemeiner-israel-opposes-turkish-participation-in-isf",
			"israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-04", null, ALGEMEINER);
	static final ClaimDefinition ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_19 = claim("fdd-israel-opposes-turkish-participation-in-isf",
			"israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-19", null, FDD);
	static final ClaimDefinition UNSC_SUPPORTS_2803 = claim("fdd-unsc-supports-resolution-2803", "un-security-council",
			Relation.SUPPORTS, "resolution-2803", "2025-11-17", null, FDD);
	static final ClaimDefinition AZERBAIJAN_OFFERS_TROOPS = claim("fdd-azerbaijan-offers-troops-isf-conditional", "azerbaijan",
			Relation.OFFERS_TROOPS, "isf", "2025-11-19", "if military action is completely stopped", FDD);

	@Test
	void aFreshLoadGivesOneEdgePerTripleSummingUpItsClaims() {
		var claims = List.of(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_19, UNSC_SUPPORTS_2803, ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4,
				AZERBAIJAN_OFFERS_TROOPS);
		EdgeSummaries edges = fromSet(claims);

		assertThat(edges.stated(true)).as("no edge was in the graph before").isEmpty();
		assertThat(edges.unstated()).isEmpty();
		List<Edge> created = edges.stated(false);
		assertThat(created).extracting(Edge::triple).containsExactly(
				new Triple("israel", "OPPOSES", "turkish-participation-in-isf"),
				new Triple("un-security-council", "SUPPORTS", "resolution-2803"),
				new Triple("azerbaijan", "OFFERS_TROOPS", "isf"));

		Edge israel = created.getFirst();
		assertThat(israel.claimIds()).as("by date, not by the order of the files")
			.containsExactly("algemeiner-israel-opposes-turkish-participation-in-isf", "fdd-israel-opposes-turkish-participation-in-isf");
		assertThat(israel.firstDate()).isEqualTo(LocalDate.of(2025, 11, 4));
		assertThat(israel.lastDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(israel.sourceIds()).containsExactly(ALGEMEINER, FDD);
		assertThat(israel.publisherNames()).containsExactly("Foundation for Defense of Democracies", "The Algemeiner");
		assertThat(israel.conditions()).isEmpty();
		assertThat(israel.condition()).isNull();

		Edge azerbaijan = created.get(2);
		assertThat(azerbaijan.conditions()).containsExactly("if military action is completely stopped");
		assertThat(azerbaijan.condition()).isEqualTo("if military action is completely stopped");
	}

	@Test
	void theRowCarriesTheTripleAndTheEdgeProperties() {
		Map<String, Object> row = fromSet(List.of(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4, ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_19))
			.stated(false).getFirst().row();

		assertThat(row).containsEntry("holder", "israel").containsEntry("relation", "OPPOSES")
			.containsEntry("target", "turkish-participation-in-isf");
		assertThat(properties(row)).containsEntry("holder", "israel").containsEntry("target", "turkish-participation-in-isf")
			.containsEntry("claimIds",
				List.of("algemeiner-israel-opposes-turkish-participation-in-isf", "fdd-israel-opposes-turkish-participation-in-isf"))
			.containsEntry("firstDate", LocalDate.of(2025, 11, 4))
			.containsEntry("lastDate", LocalDate.of(2025, 11, 19))
			.containsEntry("sourceIds", List.of(ALGEMEINER, FDD))
			.containsEntry("sources", 2)
			.containsEntry("publisherNames", List.of("Foundation for Defense of Democracies", "The Algemeiner"))
			.containsEntry("publishers", 2)
			.containsEntry("conditions", List.of())
			// null, so that SET r += removes a condition the edge had
			.containsEntry("condition", null)
			// files without certainty: the default, reported
			.containsEntry("certainty", "reported")
			.containsEntry("meetsCertainty", List.of("reported", "probable", "possible"))
			.containsEntry("statedClaims", 0)
			.containsEntry("reportedClaims", 2)
			.containsEntry("probableClaims", 0)
			.containsEntry("possibleClaims", 0)
			.containsEntry("statedOrStrongerClaims", 0).containsEntry("reportedOrStrongerClaims", 2)
			.containsEntry("possibleOrStrongerClaims", 2)
			.containsEntry("statedOrStrongerEvidence", 0).containsEntry("possibleOrStrongerEvidence", 2)
			.hasSize(25);
	}

	/** An edge holds at a minimum certainty when one of its claims does: it carries the strongest, and the count of each. */
	@Test
	void theEdgeCarriesItsStrongestCertaintyAndItsClaimsAtEachLevel() {
		var possible = withCertainty(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4, Certainty.POSSIBLE);
		var stated = withCertainty(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_19, Certainty.STATED);

		assertThat(properties(fromSet(List.of(possible)).stated(false).getFirst().row()))
			.containsEntry("certainty", "possible").containsEntry("meetsCertainty", List.of("possible"));
		assertThat(properties(fromSet(List.of(possible, stated)).stated(false).getFirst().row()))
			.containsEntry("certainty", "stated")
			.containsEntry("meetsCertainty", List.of("stated", "reported", "probable", "possible"))
			.containsEntry("statedClaims", 1).containsEntry("possibleClaims", 1).containsEntry("reportedClaims", 0);
	}

	/**
	 * What a timeline or an evidence page at a minimum certainty counts in all comes from the edge: the claims, and
	 * their quotes (one per evidence item), at or above each level.
	 */
	@Test
	void theEdgeCountsItsClaimsAndQuotesAtOrAboveEachLevel() {
		var possible = withCertainty(claim("a-possible", "israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-04",
				null, ALGEMEINER), Certainty.POSSIBLE);
		var stated = withCertainty(claim("b-stated", "israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-19",
				null, FDD, PRESSTV), Certainty.STATED);
		var probable = withCertainty(claim("c-probable", "israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-20",
				null, FDD, ALGEMEINER, PRESSTV), Certainty.PROBABLE);

		assertThat(properties(fromSet(List.of(possible, stated, probable)).stated(false).getFirst().row()))
			.containsEntry("statedOrStrongerClaims", 1).containsEntry("reportedOrStrongerClaims", 1)
			.containsEntry("probableOrStrongerClaims", 2).containsEntry("possibleOrStrongerClaims", 3)
			.containsEntry("statedOrStrongerEvidence", 2).containsEntry("reportedOrStrongerEvidence", 2)
			.containsEntry("probableOrStrongerEvidence", 5).containsEntry("possibleOrStrongerEvidence", 6);
	}

	private static ClaimDefinition withCertainty(ClaimDefinition c, Certainty certainty) {
		return new ClaimDefinition(c.id(), c.source(), c.holder(), c.relation(), c.target(), c.date(), c.speaker(),
				new Attribution(certainty, true, null, null, List.of(), List.of()), c.condition(), c.detail(), c.regarding(),
				c.validFrom(), c.validUntil(), c.vote(), c.urging(), c.evidence(), c.file(), c.qualifiers());
	}

	@Test
	void sourcesAndPublishersAreDistinctAndConditionsKeepTheOrderOfTheirClaims() {
		var first = claim("a-first", "united-states", Relation.SUPPORTS, "reconstruction-before-demilitarization", "2025-11-07",
				"if the formation of the ISF continues to present a challenge", PRESSTV, FDD);
		var second = claim("b-second", "united-states", Relation.SUPPORTS, "reconstruction-before-demilitarization", "2025-11-19",
				"once Hamas disarms", FDD);
		var third = claim("c-third", "united-states", Relation.SUPPORTS, "reconstruction-before-demilitarization", "2025-11-20",
				"if the formation of the ISF continues to present a challenge", FDD);

		Edge edge = fromSet(List.of(third, second, first)).stated(false).getFirst();

		assertThat(edge.claimIds()).containsExactly("a-first", "b-second", "c-third");
		assertThat(edge.sourceIds()).containsExactly(FDD, PRESSTV);
		assertThat(edge.publisherNames()).hasSize(2);
		assertThat(edge.conditions()).containsExactly("if the formation of the ISF continues to present a challenge", "once Hamas disarms");
		assertThat(edge.condition()).isEqualTo("if the formation of the ISF continues to present a challenge; once Hamas disarms");
	}

	@Test
	void undatedClaimsComeLastAndClaimsOfOneDayByIdAndOnlyDatesCountForFirstAndLast() {
		var undated = claim("a-undated", "hamas", Relation.OPPOSES, "resolution-2803", null, null, FDD);
		var later = claim("b-later", "hamas", Relation.OPPOSES, "resolution-2803", "2025-11-19", null, FDD);
		var sameDayZ = claim("z-same-day", "hamas", Relation.OPPOSES, "resolution-2803", "2025-11-18", null, FDD);
		var sameDayC = claim("c-same-day", "hamas", Relation.OPPOSES, "resolution-2803", "2025-11-18", null, FDD);

		Edge edge = fromSet(List.of(undated, later, sameDayZ, sameDayC)).stated(false).getFirst();

		assertThat(edge.claimIds()).containsExactly("c-same-day", "z-same-day", "b-later", "a-undated");
		assertThat(edge.firstDate()).isEqualTo(LocalDate.of(2025, 11, 18));
		assertThat(edge.lastDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(fromSet(List.of(undated)).stated(false).getFirst().firstDate()).isNull();
	}

	@Test
	void aSourceWithoutAKnownPublisherCountsAsASourceButNamesNoPublisher() {
		var claim = claim("unknown-netanyahu-urges-expulsion", "israel", Relation.URGES, "hamas", "2025-11-18", null,
				"unknown-2025-11-18-netanyahu-urges-expulsion-of-hamas");

		var edges = new EdgeSummaries(Set.of(Triple.of(claim)), Map.of());
		edges.addFromSet(claim);
		Edge edge = edges.stated(false).getFirst();

		assertThat(edge.sourceIds()).containsExactly("unknown-2025-11-18-netanyahu-urges-expulsion-of-hamas");
		assertThat(edge.publisherNames()).isEmpty();
		assertThat(properties(edge.row())).containsEntry("sources", 1).containsEntry("publishers", 0);
	}

	@Test
	void aClaimAddedToATripleTheGraphHadClaimsOfUpdatesItsEdge() {
		var triple = Triple.of(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4);
		var edges = new EdgeSummaries(Set.of(triple), PUBLISHERS);
		edges.addFromGraph(ClaimFacts.of(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_4));
		edges.addFromSet(ISRAEL_OPPOSES_TURKEY_IN_ISF_NOV_19);

		assertThat(edges.stated(false)).as("the edge exists: it is updated, not created").isEmpty();
		assertThat(edges.stated(true)).singleElement().satisfies(edge -> {
			assertThat(edge.claimIds()).containsExactly("algemeiner-israel-opposes-turkish-participation-in-isf",
					"fdd-israel-opposes-turkish-participation-in-isf");
			assertThat(edge.sourceIds()).containsExactly(ALGEMEINER, FDD);
		});
		assertThat(edges.unstated()).isEmpty();
	}

	@Test
	void aClaimThatNowStatesSupportLeavesItsOppositionEdgeWithoutClaims() {
		var opposes = claim("zz-claim", "israel", Relation.OPPOSES, "resolution-2803", "2025-11-17", null, FDD);
		var supports = claim("zz-claim", "israel", Relation.SUPPORTS, "resolution-2803", "2025-11-18", null, FDD);
		var edges = new EdgeSummaries(new LinkedHashSet<>(List.of(Triple.of(supports), Triple.of(opposes))), PUBLISHERS);
		edges.addFromGraph(ClaimFacts.of(opposes));
		edges.addFromSet(supports);

		assertThat(edges.unstated()).containsExactly(Triple.of(opposes));
		assertThat(edges.stated(true)).isEmpty();
		assertThat(edges.stated(false)).singleElement().satisfies(edge -> {
			assertThat(edge.triple()).isEqualTo(new Triple("israel", "SUPPORTS", "resolution-2803"));
			assertThat(edge.claimIds()).containsExactly("zz-claim");
			assertThat(edge.firstDate()).isEqualTo(LocalDate.of(2025, 11, 18));
		});
	}

	@Test
	void aClaimThatChangesButStaysOnItsTripleReplacesWhatTheGraphHeldForIt() {
		var before = claim("fdd-unsc-supports-resolution-2803", "un-security-council", Relation.SUPPORTS, "resolution-2803",
				"2025-11-17", null, FDD);
		var edges = new EdgeSummaries(Set.of(Triple.of(before)), PUBLISHERS);
		edges.addFromGraph(ClaimFacts.of(before));
		edges.addFromSet(claim(before.id(), "un-security-council", Relation.SUPPORTS, "resolution-2803", "2025-11-17",
				"as passed", FDD, PRESSTV));

		assertThat(edges.stated(true)).singleElement().satisfies(edge -> {
			assertThat(edge.claimIds()).containsExactly(before.id());
			assertThat(edge.sourceIds()).containsExactly(FDD, PRESSTV);
			assertThat(edge.condition()).isEqualTo("as passed");
		});
	}

	@Test
	void aClaimOutsideTheTriplesBeingRecomputedIsRefused() {
		var edges = new EdgeSummaries(Set.of(Triple.of(UNSC_SUPPORTS_2803)), PUBLISHERS);

		assertThatThrownBy(() -> edges.addFromSet(AZERBAIJAN_OFFERS_TROOPS)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("azerbaijan");
	}

	/**
	 * Where Israel stands on Turkish participation at each minimum certainty: the side of its latest claims that certain,
	 * MIXED when claims of that day are on both sides, none below its strongest claim.
	 */
	@Test
	void aStandingIsTheSideOfTheLatestPositionClaimsAtEachLevel() {
		var opposesStated = withCertainty(claim("a", "israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-04", null,
				ALGEMEINER), Certainty.STATED);
		var supportsPossible = withCertainty(claim("b", "israel", Relation.SUPPORTS, "turkish-participation-in-isf", "2025-11-19",
				null, FDD), Certainty.POSSIBLE);
		var abstainsProbable = withCertainty(claim("c", "israel", Relation.ABSTAINED, "turkish-participation-in-isf", "2025-11-10",
				null, FDD), Certainty.PROBABLE);
		var opposesProbable = withCertainty(claim("d", "israel", Relation.OPPOSES, "turkish-participation-in-isf", "2025-11-10",
				null, PRESSTV), Certainty.PROBABLE);
		// another axis does not count
		var declines = claim("e", "israel", Relation.DECLINES, "turkish-participation-in-isf", "2025-11-20", null, FDD);

		EdgeSummaries edges = fromSet(List.of(opposesStated, supportsPossible, abstainsProbable, opposesProbable, declines));

		assertThat(edges.standings(true)).isEmpty();
		assertThat(edges.standings(false)).singleElement().satisfies(standing -> {
			assertThat(standing.holder()).isEqualTo("israel");
			assertThat(standing.target()).isEqualTo("turkish-participation-in-isf");
			assertThat(standing.sides()).containsExactlyInAnyOrderEntriesOf(Map.of(Certainty.STATED, "AGAINST",
					Certainty.REPORTED, "AGAINST", Certainty.PROBABLE, "MIXED", Certainty.POSSIBLE, "FOR"));
			assertThat(properties(standing.row())).containsEntry("statedOrStrongerSide", "AGAINST")
				.containsEntry("probableOrStrongerSide", "MIXED").containsEntry("possibleOrStrongerSide", "FOR");
		});
		assertThat(edges.unstood()).isEmpty();
	}

	@Test
	void twoRelationsOnOneSideOfOneDayAreThatSide() {
		var supports = claim("a", "united-states", Relation.SUPPORTS, "resolution-2803", "2025-11-17", null, FDD);
		var proposed = claim("b", "united-states", Relation.PROPOSED, "resolution-2803", "2025-11-17", null, FDD);

		assertThat(fromSet(List.of(supports, proposed)).standings(false)).singleElement()
			.satisfies(standing -> assertThat(standing.sides()).containsEntry(Certainty.REPORTED, "FOR").doesNotContainKey(Certainty.STATED));
	}

	/**
	 * A load that changes one position of a pair weighs the pair's other positions the graph holds: they are read (the
	 * triples to read include them), not rewritten.
	 */
	@Test
	void aStandingWeighsThePositionsOfItsPairTheLoadDoesNotChange() {
		var opposes = claim("a", "israel", Relation.OPPOSES, "resolution-2803", "2025-11-17", null, FDD);
		var supports = claim("b", "israel", Relation.SUPPORTS, "resolution-2803", "2025-11-18", null, FDD);
		assertThat(EdgeSummaries.read(Set.of(Triple.of(supports)))).containsExactlyInAnyOrder(
				new Triple("israel", "SUPPORTS", "resolution-2803"), new Triple("israel", "PROPOSED", "resolution-2803"),
				new Triple("israel", "OPPOSES", "resolution-2803"), new Triple("israel", "ABSTAINED", "resolution-2803"));
		assertThat(EdgeSummaries.read(Set.of(Triple.of(AZERBAIJAN_OFFERS_TROOPS)))).containsExactly(Triple.of(AZERBAIJAN_OFFERS_TROOPS));

		var edges = new EdgeSummaries(Set.of(Triple.of(supports)), PUBLISHERS);
		edges.addFromGraph(ClaimFacts.of(opposes));
		edges.addFromSet(supports);

		assertThat(edges.stated(false)).extracting(Edge::triple).containsExactly(Triple.of(supports));
		assertThat(edges.stated(true)).as("the opposition's edge is not rewritten").isEmpty();
		assertThat(edges.standings(false)).isEmpty();
		assertThat(edges.standings(true)).singleElement()
			.satisfies(standing -> assertThat(standing.sides()).containsEntry(Certainty.REPORTED, "FOR"));
	}

	@Test
	void aPairWithoutPositionClaimsLosesItsStanding() {
		var opposes = claim("zz-claim", "israel", Relation.OPPOSES, "resolution-2803", "2025-11-17", null, FDD);
		var backs = claim("zz-claim", "israel", Relation.BACKS, "resolution-2803", "2025-11-18", null, FDD);
		var edges = new EdgeSummaries(new LinkedHashSet<>(List.of(Triple.of(backs), Triple.of(opposes))), PUBLISHERS);
		edges.addFromGraph(ClaimFacts.of(opposes));
		edges.addFromSet(backs);

		assertThat(edges.standings(true)).isEmpty();
		assertThat(edges.standings(false)).isEmpty();
		assertThat(edges.unstood()).extracting(Triple::holder, Triple::target).containsExactly(
				org.assertj.core.groups.Tuple.tuple("israel", "resolution-2803"));
	}

	/** The edges of a load into a graph that held none of these triples. */
	private static EdgeSummaries fromSet(List<ClaimDefinition> claims) {
		Set<Triple> affected = new LinkedHashSet<>();
		claims.forEach(c -> affected.add(Triple.of(c)));
		EdgeSummaries edges = new EdgeSummaries(affected, PUBLISHERS);
		claims.forEach(edges::addFromSet);
		return edges;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		return (Map<String, Object>) row.get("properties");
	}

	/** A claim quoted from {@code sources[0]}, also in the other sources. */
	private static ClaimDefinition claim(String id, String holder, Relation relation, String target, String date, String condition,
			String... sources) {
		List<Evidence> evidence = new ArrayList<>();
		Arrays.stream(sources).forEach(s -> evidence.add(new Evidence(s, "quote of " + id + " in " + s)));
		return new ClaimDefinition(id, sources[0], holder, relation, target, date == null ? null : LocalDate.parse(date), null,
				Attribution.unstated(), condition, null, null, null, null, null, null, List.copyOf(evidence), sources[0] + ".yaml",
				Qualifiers.none(null));
	}
}
