package org.stancegraph.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.ids;
import static org.stancegraph.ApiClient.stream;
import static org.stancegraph.TestClaims.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
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
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.graph.Relation;
import tools.jackson.databind.JsonNode;

/**
 * The minimum certainty over HTTP, on a claim set of its own (ids {@code zz-test-}, loaded before and removed after)
 * with claims at every certainty, so that what each minimum keeps is known whatever the seed's curation says:
 * <pre>
 * c1  Alpha SUPPORTS target   stated    2025-11-01  claimant Alpha
 * c5  Alpha SUPPORTS target   reported  2025-11-03  claimant the outlet
 * c2  Alpha OPPOSES  other    reported  2025-11-02  claimant an insider, via [agency, wire]
 * c6  Alpha OPPOSES  other    possible  2025-11-04
 * c3  Beta  SUPPORTS target   probable  2025-11-02  only if the other happens; hedge "appears"
 * c4  Beta  OPPOSES  target   possible  2025-11-05  hedge "could"
 * c7  Alpha DEMANDS  other    stated    2025-11-06  of Beta; about 2,000 soldiers at least, for two years or more
 * </pre>
 */
@StancegraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertaintyFilterTest {

	static final String SOURCE = "zz-test-certainty-source";
	static final String ALPHA = "zz-test-alpha";
	static final String BETA = "zz-test-beta";
	static final String TARGET = "zz-test-target";
	static final String OTHER = "zz-test-other";
	static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 10);
	static final String TEXT = """
			Alpha said it supports the target. An insider told the agency, quoting the wire, that Alpha opposes the other.
			Beta appears to support the target only if the other happens. Alpha backs the target, the outlet says.
			Beta could oppose the target. Alpha might oppose the other. Alpha demanded that Beta send about 2,000
			soldiers for at least two years.""";

	@LocalServerPort
	int port;

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	/** The app's driver, for the files as Neo4j Browser runs them. */
	@Autowired
	Driver driver;

	ApiClient api;

	@BeforeAll
	void load() {
		removeTestData();
		var source = new SourceDocument(SOURCE, "Zz certainty test", "Zz Publisher", PUBLISHED, "dateline", List.of(), "zz.txt",
				TEXT, "zz-test-outlet");
		List<EntityDefinition> entities = List.of(
				entity(ALPHA, "State", "Zz Alpha", null), entity(BETA, "State", "Zz Beta", null),
				entity(TARGET, "Proposition", "Zz Target", null), entity(OTHER, "Proposition", "Zz Other", null),
				entity("zz-test-agency", "Organization", "Zz Agency", null), entity("zz-test-wire", "Organization", "Zz Wire", null),
				entity("zz-test-outlet", "Organization", "Zz Outlet", null),
				entity("zz-test-insider", "UnnamedSource", "Zz insider", ALPHA));
		List<ClaimDefinition> claims = List.of(
				claim("zz-test-c1", ALPHA, Relation.SUPPORTS, TARGET, 1, "Alpha said it supports the target.",
						new Attribution(Certainty.STATED, true, null, ALPHA, List.of(), List.of()), null, Qualifiers.none(PUBLISHED)),
				claim("zz-test-c5", ALPHA, Relation.SUPPORTS, TARGET, 3, "Alpha backs the target, the outlet says.",
						new Attribution(Certainty.REPORTED, true, null, "zz-test-outlet", List.of(), List.of()), null,
						Qualifiers.none(PUBLISHED)),
				claim("zz-test-c2", ALPHA, Relation.OPPOSES, OTHER, 2,
						"An insider told the agency, quoting the wire, that Alpha opposes the other.",
						new Attribution(Certainty.REPORTED, true, null, "zz-test-insider", List.of("zz-test-agency", "zz-test-wire"),
								List.of("quoting")), null, Qualifiers.none(PUBLISHED)),
				claim("zz-test-c6", ALPHA, Relation.OPPOSES, OTHER, 4, "Alpha might oppose the other.",
						new Attribution(Certainty.POSSIBLE, true, null, "zz-test-outlet", List.of(), List.of("might")), null,
						Qualifiers.none(PUBLISHED)),
				claim("zz-test-c3", BETA, Relation.SUPPORTS, TARGET, 2, "Beta appears to support the target only if the other happens.",
						new Attribution(Certainty.PROBABLE, true, null, "zz-test-outlet", List.of(), List.of("appears")),
						"only if the other happens", new Qualifiers("day", PUBLISHED, null, null, "only-if", OTHER, null)),
				claim("zz-test-c4", BETA, Relation.OPPOSES, TARGET, 5, "Beta could oppose the target.",
						new Attribution(Certainty.POSSIBLE, true, null, "zz-test-outlet", List.of(), List.of("could")), null,
						Qualifiers.none(PUBLISHED)),
				claim("zz-test-c7", ALPHA, Relation.DEMANDS, OTHER, 6,
						"Alpha demanded that Beta send about 2,000\nsoldiers for at least two years.",
						new Attribution(Certainty.STATED, true, null, ALPHA, List.of(), List.of()), null,
						new Qualifiers("month", LocalDate.of(2025, 11, 9), new Qualifiers.Quantity(2000L, "soldiers", true, "at-least"),
								new Qualifiers.Period("P2Y", false, true), null, null, BETA)));
		loader.load(new ClaimSet(List.of(source), entities, claims));
	}

	@AfterAll
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	private static ClaimDefinition claim(String id, String holder, Relation relation, String target, int day, String quote,
			Attribution attribution, String condition, Qualifiers qualifiers) {
		return TestClaims.claim(id, SOURCE, holder, relation, target, LocalDate.of(2025, 11, day), quote, attribution, condition,
				qualifiers);
	}

	Answer get(String pathAndQuery) {
		Answer answer = api.get(pathAndQuery);
		assertThat(answer.status()).as(pathAndQuery + ": " + answer.text()).isEqualTo(200);
		return answer;
	}

	/** "relation:actor" for each position of an answer. */
	static List<String> positions(JsonNode answer) {
		return answer.get("by").properties().stream()
			.flatMap(e -> stream(e.getValue()).map(p -> e.getKey() + ":" + p.at("/actor/id").asString())).sorted().toList();
	}

	@Test
	void positionsKeepTheEdgesWhoseStrongestClaimMeetsTheMinimum() {
		assertThat(positions(get("/api/targets/" + TARGET + "/positions").body()))
			.containsExactly("OPPOSES:" + BETA, "SUPPORTS:" + ALPHA, "SUPPORTS:" + BETA);
		assertThat(positions(get("/api/targets/" + TARGET + "/positions?certainty=possible").body()))
			.containsExactly("OPPOSES:" + BETA, "SUPPORTS:" + ALPHA, "SUPPORTS:" + BETA);
		assertThat(positions(get("/api/targets/" + TARGET + "/positions?certainty=probable").body()))
			.containsExactly("SUPPORTS:" + ALPHA, "SUPPORTS:" + BETA);
		JsonNode reported = get("/api/targets/" + TARGET + "/positions?certainty=reported").body();
		assertThat(positions(reported)).containsExactly("SUPPORTS:" + ALPHA);
		JsonNode stated = get("/api/targets/" + TARGET + "/positions?certainty=stated").body();
		assertThat(positions(stated)).containsExactly("SUPPORTS:" + ALPHA);

		// the counts beside the page follow the minimum too (degrees for 'possible', the edges read otherwise)
		assertThat(get("/api/targets/" + TARGET + "/positions").body().at("/counts/OPPOSES").asLong()).isEqualTo(1);
		assertThat(get("/api/targets/" + TARGET + "/positions?certainty=probable").body().at("/counts/SUPPORTS").asLong())
			.isEqualTo(2);
		assertThat(stated.at("/counts").properties()).hasSize(1);
		assertThat(stated.at("/counts/SUPPORTS").asLong()).isEqualTo(1);
		assertThat(stated.at("/page/total").asLong()).isEqualTo(1);
		assertThat(get("/api/targets/" + TARGET + "/positions?relation=SUPPORTS&certainty=probable").body()
			.at("/page/total").asLong()).isEqualTo(2);

		// an edge is shown whole: its strongest certainty and all its claims, by certainty
		JsonNode alpha = stated.at("/by/SUPPORTS/0");
		assertThat(alpha.get("certainty").asString()).isEqualTo("stated");
		assertThat(alpha.get("claims").size()).isEqualTo(2);
		assertThat(alpha.at("/claimsByCertainty/stated").asInt()).isEqualTo(1);
		assertThat(alpha.at("/claimsByCertainty/reported").asInt()).isEqualTo(1);
		assertThat(alpha.at("/claimsByCertainty/probable").asInt()).isZero();
		JsonNode beta = get("/api/targets/" + TARGET + "/positions?relation=SUPPORTS").body().at("/by/SUPPORTS/1");
		assertThat(beta.at("/actor/id").asString()).isEqualTo(BETA);
		assertThat(beta.get("certainty").asString()).isEqualTo("probable");
	}

	@Test
	void asOfADateAWeakerLaterClaimSupersedesNothingAtAStrongerMinimum() {
		// Beta's possible OPPOSES of 5 November supersedes its probable SUPPORTS only when possible claims count
		assertThat(positions(get("/api/targets/" + TARGET + "/positions?asOf=2025-11-06").body()))
			.containsExactly("OPPOSES:" + BETA, "SUPPORTS:" + ALPHA);
		JsonNode probable = get("/api/targets/" + TARGET + "/positions?asOf=2025-11-06&certainty=probable").body();
		assertThat(positions(probable)).containsExactly("SUPPORTS:" + ALPHA, "SUPPORTS:" + BETA);
		assertThat(probable.at("/counts/SUPPORTS").asLong()).isEqualTo(2);
		// as of a date the claims are weighed one by one: only those that meet the minimum are counted
		JsonNode alpha = get("/api/targets/" + TARGET + "/positions?asOf=2025-11-06&certainty=stated").body().at("/by/SUPPORTS/0");
		assertThat(alpha.get("claims")).hasSize(1);
		assertThat(alpha.get("certainty").asString()).isEqualTo("stated");
		assertThat(alpha.at("/claimsByCertainty/stated").asInt()).isEqualTo(1);
		assertThat(alpha.at("/claimsByCertainty/reported").asInt()).isZero();
	}

	@Test
	void stancesAndTimelineCountAndListOnlyClaimsThatMeetTheMinimum() {
		JsonNode all = get("/api/actors/" + ALPHA + "/stances").body();
		assertThat(ids(all.get("stances"), "/claimId"))
			.containsExactly("zz-test-c1", "zz-test-c2", "zz-test-c5", "zz-test-c6", "zz-test-c7");
		assertThat(all.at("/page/total").asLong()).isEqualTo(5);
		JsonNode stated = get("/api/actors/" + ALPHA + "/stances?certainty=stated").body();
		assertThat(ids(stated.get("stances"), "/claimId")).containsExactly("zz-test-c1", "zz-test-c7");
		assertThat(stated.at("/page/total").asLong()).isEqualTo(2);
		assertThat(stream(stated.get("stances")).map(s -> s.get("certainty").asString())).containsOnly("stated");
		JsonNode reported = get("/api/actors/" + ALPHA + "/stances?certainty=reported&asOf=2025-11-05").body();
		assertThat(ids(reported.get("stances"), "/claimId")).containsExactly("zz-test-c1", "zz-test-c2", "zz-test-c5");
		assertThat(stream(reported.get("stances")).flatMap(s -> stream(s.get("evidence"))).map(e -> e.get("certainty").asString()))
			.containsOnly("stated", "reported");

		JsonNode timeline = get("/api/actors/" + BETA + "/timeline?target=" + TARGET + "&certainty=probable").body();
		assertThat(ids(timeline.get("claims"), "/claimId")).containsExactly("zz-test-c3");
		assertThat(timeline.at("/page/total").asLong()).isEqualTo(1);
		assertThat(get("/api/actors/" + BETA + "/timeline?target=" + TARGET).body().at("/page/total").asLong()).isEqualTo(2);
		assertThat(get("/api/actors/" + BETA + "/timeline?certainty=reported").body().at("/page/total").asLong()).isZero();
	}

	@Test
	void evidenceKeepsTheQuotesOfClaimsThatMeetTheMinimum() {
		assertThat(ids(get("/api/evidence?actor=" + ALPHA + "&target=" + TARGET).body().get("items"), "/claimId"))
			.containsExactly("zz-test-c1", "zz-test-c5");
		JsonNode stated = get("/api/evidence?actor=" + ALPHA + "&target=" + TARGET + "&certainty=stated").body();
		assertThat(ids(stated.get("items"), "/claimId")).containsExactly("zz-test-c1");
		assertThat(stated.at("/page/total").asLong()).isEqualTo(1);
		JsonNode onTarget = get("/api/evidence?target=" + TARGET + "&certainty=probable").body();
		assertThat(ids(onTarget.get("items"), "/claimId")).containsExactly("zz-test-c1", "zz-test-c3", "zz-test-c5");
		assertThat(onTarget.at("/page/total").asLong()).isEqualTo(3);
		JsonNode ofActor = get("/api/evidence?actor=" + ALPHA + "&certainty=reported").body();
		assertThat(ids(ofActor.get("items"), "/claimId")).containsExactly("zz-test-c1", "zz-test-c2", "zz-test-c5", "zz-test-c7");
		assertThat(ofActor.at("/page/total").asLong()).isEqualTo(4);
	}

	/**
	 * Timeline and evidence totals come from the edges' counts at or above each level; as of a date before an edge's
	 * last claim, or from an edge written before it had the counts, from the claims. Every way, a total is the length of
	 * the whole list.
	 */
	@Test
	void timelineAndEvidenceTotalsAreTheWholeListsLengthFromTheEdgesCountsOrFromTheClaims() {
		Map<String, Long> fromCounts = totals();
		assertThat(fromCounts).containsEntry("/api/evidence?actor=" + ALPHA + "&target=" + TARGET + "&certainty=reported", 2L)
			.containsEntry("/api/actors/" + BETA + "/timeline?target=" + TARGET + "&certainty=probable", 1L)
			.containsEntry("/api/evidence?actor=" + ALPHA + "&target=" + OTHER + "&certainty=possible&asOf=2025-11-03", 1L);
		List<Record> edges = driver.executableQuery("""
				MATCH (:Entity)-[r]->(x:Entity) WHERE x.id STARTS WITH 'zz-test-' AND r.claimIds IS NOT NULL
				RETURN elementId(r) AS edge, properties(r) AS properties
				""").execute().records();
		assertThat(edges).isNotEmpty();
		try {
			driver.executableQuery("""
					UNWIND $edges AS edge
					MATCH ()-[r]->() WHERE elementId(r) = edge
					FOREACH (key IN [k IN keys(r) WHERE k ENDS WITH 'OrStrongerClaims' OR k ENDS WITH 'OrStrongerEvidence'] |
					  SET r[key] = null)
					""").withParameters(Map.of("edges", edges.stream().map(r -> r.get("edge").asString()).toList())).execute();
			assertThat(totals()).isEqualTo(fromCounts);
		}
		finally {
			driver.executableQuery("""
					UNWIND $edges AS edge
					MATCH ()-[r]->() WHERE elementId(r) = edge.edge
					SET r += edge.properties
					""").withParameters(Map.of("edges", edges.stream().map(r -> Map.of("edge", r.get("edge").asString(),
					"properties", r.get("properties").asMap())).toList())).execute();
		}
	}

	/** The total of every timeline and evidence question on the test's pairs, checked against the whole list. */
	private Map<String, Long> totals() {
		Map<String, Long> totals = new TreeMap<>();
		for (String word : Certainty.words()) {
			for (String asOf : List.of("", "&asOf=2025-11-03")) {
				for (List<String> pair : List.of(List.of(ALPHA, TARGET), List.of(ALPHA, OTHER), List.of(BETA, TARGET))) {
					String evidence = "/api/evidence?actor=" + pair.get(0) + "&target=" + pair.get(1) + "&certainty=" + word + asOf;
					String timeline = "/api/actors/" + pair.get(0) + "/timeline?target=" + pair.get(1) + "&certainty=" + word;
					for (List<String> question : List.of(List.of(evidence, "items"), List.of(timeline, "claims"))) {
						JsonNode whole = get(question.get(0) + "&limit=1000").body();
						assertThat(whole.at("/page/total").asLong()).as(question.get(0)).isEqualTo(whole.get(question.get(1)).size());
						totals.put(question.get(0), whole.at("/page/total").asLong());
					}
				}
			}
		}
		return totals;
	}

	@Test
	void anEvidenceItemSaysWhoseWordItRestsOnAndThroughWhomInOrder() {
		JsonNode item = get("/api/evidence?actor=" + ALPHA + "&target=" + OTHER + "&relation=OPPOSES&certainty=reported")
			.body().at("/items/0");
		assertThat(item.get("claimId").asString()).isEqualTo("zz-test-c2");
		assertThat(item.at("/holder/id").asString()).isEqualTo(ALPHA);
		assertThat(item.get("certainty").asString()).isEqualTo("reported");
		assertThat(stream(item.get("hedges")).map(JsonNode::asString)).containsExactly("quoting");
		assertThat(item.at("/claimant/id").asString()).isEqualTo("zz-test-insider");
		assertThat(item.at("/claimant/kind").asString()).isEqualTo("UnnamedSource");
		// outermost first, as the claim's via says: the agency the outlet quotes, then whom the agency quotes
		assertThat(ids(item.get("via"), "/id")).containsExactly("zz-test-agency", "zz-test-wire");
		assertThat(item.at("/outlet/id").asString()).isEqualTo("zz-test-outlet");
		assertThat(item.get("chain").asString()).isEqualTo("Zz Alpha ← Zz insider ← Zz Wire ← Zz Agency ← Zz Outlet");
		assertThat(item.get("datePrecision").asString()).isEqualTo("day");
		assertThat(item.get("reported").asString()).isEqualTo("2025-11-10");
		assertThat(item.has("reportedBy")).as("reportedBy is gone: via[0] says it").isFalse();
		assertThat(item.at("/source/id").asString()).isEqualTo(SOURCE);

		// a stated claim: the holder is its own claimant, said once in the chain
		JsonNode demand = get("/api/evidence?actor=" + ALPHA + "&target=" + OTHER + "&relation=DEMANDS").body().at("/items/0");
		assertThat(demand.get("chain").asString()).isEqualTo("Zz Alpha ← Zz Outlet");
		assertThat(demand.get("via")).isEmpty();
		assertThat(demand.get("datePrecision").asString()).isEqualTo("month");
		assertThat(demand.get("reported").asString()).isEqualTo("2025-11-09");
		assertThat(demand.at("/quantity/value").asLong()).isEqualTo(2000);
		assertThat(demand.at("/quantity/unit").asString()).isEqualTo("soldiers");
		assertThat(demand.at("/quantity/approximate").asBoolean()).isTrue();
		assertThat(demand.at("/quantity/bound").asString()).isEqualTo("at-least");
		assertThat(demand.at("/period/duration").asString()).isEqualTo("P2Y");
		assertThat(demand.at("/period/minimum").asBoolean()).isTrue();
		assertThat(demand.at("/addressee/id").asString()).isEqualTo(BETA);

		JsonNode conditional = get("/api/evidence?actor=" + BETA + "&target=" + TARGET + "&relation=SUPPORTS").body().at("/items/0");
		assertThat(conditional.get("condition").asString()).isEqualTo("only if the other happens");
		assertThat(conditional.get("conditionKind").asString()).isEqualTo("only-if");
		assertThat(conditional.at("/conditionOn/id").asString()).isEqualTo(OTHER);
		assertThat(conditional.has("quantity")).as("null, so left out").isFalse();
		assertThat(stream(conditional.get("hedges")).map(JsonNode::asString)).containsExactly("appears");

		// the same item wherever evidence appears: an actor's stances, the claims of a page (as of a date)
		JsonNode stance = stream(get("/api/actors/" + ALPHA + "/stances").body().get("stances"))
			.filter(s -> s.get("claimId").asString().equals("zz-test-c2")).findFirst().orElseThrow();
		assertThat(stance.at("/evidence/0")).isEqualTo(item);
		JsonNode asOf = stream(get("/api/actors/" + ALPHA + "/stances?asOf=2025-11-30").body().get("stances"))
			.filter(s -> s.get("claimId").asString().equals("zz-test-c2")).findFirst().orElseThrow();
		assertThat(asOf.at("/evidence/0")).isEqualTo(item);
	}

	@Test
	void backersOpposingNeedsBothEdgesAtTheMinimumAndShowsOnlyEvidenceThatMeetsIt() {
		String question = "/api/queries/backers-opposing?backing=" + TARGET + "&opposing=" + OTHER;
		JsonNode all = get(question).body();
		assertThat(ids(all.get("actors"), "/actor/id")).containsExactly(ALPHA);
		assertThat(ids(all.at("/actors/0/opposes/evidence"), "/claimId")).containsExactly("zz-test-c2", "zz-test-c6");
		JsonNode reported = get(question + "&certainty=reported").body();
		assertThat(ids(reported.get("actors"), "/actor/id")).containsExactly(ALPHA);
		JsonNode opposes = reported.at("/actors/0/opposes");
		assertThat(opposes.get("certainty").asString()).isEqualTo("reported");
		assertThat(opposes.at("/claimsByCertainty/possible").asInt()).isEqualTo(1);
		assertThat(ids(opposes.get("evidence"), "/claimId")).containsExactly("zz-test-c2");
		assertThat(opposes.at("/evidence/0/chain").asString()).isEqualTo("Zz Alpha ← Zz insider ← Zz Wire ← Zz Agency ← Zz Outlet");
		assertThat(reported.at("/actors/0/supports/certainty").asString()).isEqualTo("stated");
		// Alpha's opposition is only reported: nobody who stated it
		assertThat(get(question + "&certainty=stated").body().get("actors")).isEmpty();
		assertThat(get(question + "&certainty=stated").body().at("/page/total").asLong()).isZero();

		// as of a date, from the claims in force: the same minimums
		assertThat(ids(get(question + "&asOf=2025-11-30&certainty=reported").body().get("actors"), "/actor/id"))
			.containsExactly(ALPHA);
		JsonNode asOf = get(question + "&asOf=2025-11-30&certainty=reported").body().at("/actors/0/opposes");
		assertThat(asOf.get("claims")).hasSize(1);
		assertThat(asOf.at("/claimsByCertainty/possible").asInt()).isZero();
		assertThat(get(question + "&asOf=2025-11-30&certainty=stated").body().get("actors")).isEmpty();
	}

	@Test
	void backersOpposingBringsTheFirstQuotesOfEachEdgeAndHowManyItHas() {
		String question = "/api/queries/backers-opposing?backing=" + TARGET + "&opposing=" + OTHER;
		for (String asOf : List.of("", "&asOf=2025-11-30")) {
			JsonNode one = get(question + asOf + "&quotes=1").body().at("/actors/0/opposes");
			assertThat(ids(one.get("evidence"), "/claimId")).as(asOf).containsExactly("zz-test-c2");
			assertThat(one.get("evidenceTotal").asLong()).as(asOf).isEqualTo(2);
			assertThat(one.get("claims")).as(asOf).hasSize(2);
			JsonNode none = get(question + asOf + "&quotes=0").body().at("/actors/0/supports");
			assertThat(none.get("evidence")).as(asOf).isEmpty();
			assertThat(none.get("evidenceTotal").asLong()).as(asOf).isEqualTo(2);
			JsonNode reported = get(question + asOf + "&certainty=reported").body().at("/actors/0/opposes");
			assertThat(reported.get("evidenceTotal").asLong()).as(asOf).isEqualTo(1);
		}
		for (String quotes : List.of("-1", "101", "many")) {
			Answer bad = api.get(question + "&quotes=" + quotes);
			assertThat(bad.status()).as(quotes).isEqualTo(400);
			assertThat(bad.body().get("detail").asString()).as(quotes).contains("quotes");
		}
	}

	/**
	 * The first quotes are those of the edge's first claims that meet the minimum, whatever comes before them: with a
	 * claim below the minimum first in the edge's order, the page skips it rather than cut the edge's claims to the
	 * number of quotes first (which it does only when every claim of the edge counts).
	 */
	@Test
	void backersOpposingSkipsTheEdgesClaimsBelowTheMinimumBeforeItTakesTheFirstQuotes() {
		String edge = "MATCH (:Entity {id: $alpha})-[r:OPPOSES]->(:Entity {id: $other}) ";
		Map<String, Object> ends = Map.of("alpha", ALPHA, "other", OTHER);
		List<Object> written = List.copyOf((List<?>) neo4j.query(edge + "RETURN r.claimIds AS ids").bindAll(ends).fetch().one().orElseThrow().get("ids"));
		assertThat(written).containsExactly("zz-test-c2", "zz-test-c6");
		// the possible claim first, the reported one second
		neo4j.query(edge + "SET r.claimIds = $ids").bindAll(Map.of("alpha", ALPHA, "other", OTHER, "ids", List.of("zz-test-c6", "zz-test-c2")))
			.run();
		try {
			String question = "/api/queries/backers-opposing?backing=" + TARGET + "&opposing=" + OTHER + "&quotes=1";
			assertThat(ids(get(question + "&certainty=reported").body().at("/actors/0/opposes/evidence"), "/claimId"))
				.containsExactly("zz-test-c2");
			assertThat(ids(get(question).body().at("/actors/0/opposes/evidence"), "/claimId")).containsExactly("zz-test-c6");
		}
		finally {
			neo4j.query(edge + "SET r.claimIds = $ids").bindAll(Map.of("alpha", ALPHA, "other", OTHER, "ids", written)).run();
		}
	}

	@Test
	void anEdgeWrittenBeforeItCountedItsQuotesHasThemCounted() {
		String edge = "MATCH (:Entity {id: $alpha})-[r:OPPOSES]->(:Entity {id: $other}) ";
		Map<String, Object> ends = Map.of("alpha", ALPHA, "other", OTHER);
		String counts = "r {.statedOrStrongerEvidence, .reportedOrStrongerEvidence, .probableOrStrongerEvidence, .possibleOrStrongerEvidence}";
		@SuppressWarnings("unchecked")
		Map<String, Object> written = (Map<String, Object>) neo4j.query(edge + "RETURN " + counts + " AS counts").bindAll(ends)
			.fetch().one().orElseThrow().get("counts");
		assertThat(written.values()).doesNotContainNull();
		Map<String, Object> none = new TreeMap<>();
		written.keySet().forEach(k -> none.put(k, null));
		neo4j.query(edge + "SET r += $none").bindAll(Map.of("alpha", ALPHA, "other", OTHER, "none", none)).run();
		assertThat(neo4j.query(edge + "RETURN " + counts + " AS counts").bindAll(ends).fetch().one().orElseThrow().get("counts"))
			.isEqualTo(none);
		try {
			String question = "/api/queries/backers-opposing?backing=" + TARGET + "&opposing=" + OTHER + "&quotes=0";
			assertThat(get(question).body().at("/actors/0/opposes/evidenceTotal").asLong()).isEqualTo(2);
			assertThat(get(question + "&certainty=reported").body().at("/actors/0/opposes/evidenceTotal").asLong()).isEqualTo(1);
		} finally {
			neo4j.query(edge + "SET r += $written").bindAll(Map.of("alpha", ALPHA, "other", OTHER, "written", written)).run();
		}
	}

	/** "from RELATION to" for each edge of a neighbourhood. */
	static List<String> edges(JsonNode neighbourhood) {
		return stream(neighbourhood.get("edges"))
			.map(e -> e.get("from").asString() + " " + e.get("relation").asString() + " " + e.get("to").asString()).toList();
	}

	@Test
	void theNeighbourhoodDrawsOnlyEdgesAtTheMinimum() {
		assertThat(edges(get("/api/entities/" + TARGET + "/neighbourhood").body()))
			.contains(ALPHA + " SUPPORTS " + TARGET, BETA + " OPPOSES " + TARGET, BETA + " SUPPORTS " + TARGET);
		JsonNode stated = get("/api/entities/" + TARGET + "/neighbourhood?certainty=stated").body();
		assertThat(edges(stated)).containsExactly(ALPHA + " SUPPORTS " + TARGET);
		assertThat(ids(stated.get("nodes"), "/id")).containsExactly(TARGET, ALPHA);
		assertThat(stated.at("/edges/0/certainty").asString()).isEqualTo("stated");
		assertThat(stated.at("/edges/0/claimsByCertainty/reported").asInt()).isEqualTo(1);
		assertThat(edges(get("/api/entities/" + TARGET + "/neighbourhood?certainty=probable").body()))
			.containsExactlyInAnyOrder(ALPHA + " SUPPORTS " + TARGET, BETA + " SUPPORTS " + TARGET);
		// as of a date: Beta's possible opposition supersedes its probable support only among possible claims
		assertThat(edges(get("/api/entities/" + TARGET + "/neighbourhood?asOf=2025-11-06").body()))
			.containsExactlyInAnyOrder(ALPHA + " SUPPORTS " + TARGET, BETA + " OPPOSES " + TARGET);
		JsonNode probable = get("/api/entities/" + TARGET + "/neighbourhood?asOf=2025-11-06&certainty=probable").body();
		assertThat(edges(probable)).containsExactlyInAnyOrder(ALPHA + " SUPPORTS " + TARGET, BETA + " SUPPORTS " + TARGET);
		assertThat(stream(probable.get("edges")).filter(e -> e.get("from").asString().equals(BETA)).findFirst().orElseThrow()
			.get("certainty").asString()).isEqualTo("probable");
	}

	@Test
	void theMatrixPathsAndContradictionsTakeTheMinimumToo() {
		String matrix = "/api/matrix?actors=" + ALPHA + "," + BETA + "&targets=" + TARGET;
		assertThat(stream(get(matrix).body().get("cells")).mapToInt(c -> c.get("relations").size()).sum()).isEqualTo(3);
		JsonNode reported = get(matrix + "&certainty=reported").body();
		assertThat(stream(reported.get("cells")).flatMap(c -> stream(c.get("relations")).map(r -> c.get("actor").asString()
				+ " " + r.get("relation").asString() + " " + r.get("certainty").asString())))
			.containsExactly(ALPHA + " SUPPORTS stated");
		assertThat(stream(get(matrix + "&asOf=2025-11-06&certainty=probable").body().get("cells"))
			.flatMap(c -> stream(c.get("relations")).map(r -> c.get("actor").asString() + " " + r.get("relation").asString())))
			.containsExactly(ALPHA + " SUPPORTS", BETA + " SUPPORTS");
		assertThat(api.get(matrix + "&certainty=stated", "text/csv").text()).contains(ALPHA + "," + TARGET + ",SUPPORTS,")
			.contains(",stated\r\n").doesNotContain(BETA + "," + TARGET + ",SUPPORTS");

		// Beta and Alpha meet at the target: Beta's edges are probable and possible only
		String paths = "/api/paths?from=" + BETA + "&to=" + ALPHA + "&maxHops=2";
		JsonNode path = get(paths).body();
		assertThat(path).isNotEmpty();
		assertThat(stream(path).flatMap(p -> stream(p)).map(s -> s.get("certainty").asString())).contains("stated", "probable");
		assertThat(get(paths + "&certainty=probable").body()).isNotEmpty();
		assertThat(get(paths + "&certainty=reported").body()).isEmpty();

		// Beta on both sides of the target: for (probable) and against (possible)
		String contradictions = "/api/contradictions?limit=1000";
		assertThat(stream(get(contradictions).body().get("items")).filter(i -> i.at("/actor/id").asString().equals(BETA)))
			.singleElement().satisfies(i -> {
				assertThat(i.at("/supporting/certainty").asString()).isEqualTo("probable");
				assertThat(i.at("/opposing/claimsByCertainty/possible").asInt()).isEqualTo(1);
			});
		assertThat(stream(get(contradictions + "&certainty=probable").body().get("items"))
			.filter(i -> i.at("/actor/id").asString().equals(BETA))).isEmpty();
	}

	static Stream<String> stanceReads() {
		return Stream.of("/api/targets/" + TARGET + "/positions", "/api/actors/" + ALPHA + "/stances",
				"/api/actors/" + ALPHA + "/timeline", "/api/evidence?actor=" + ALPHA,
				"/api/queries/backers-opposing?backing=" + TARGET + "&opposing=" + OTHER, "/api/contradictions",
				"/api/votes/resolution-2803", "/api/votes/resolution-2803/divergences",
				"/api/entities/" + TARGET + "/neighbourhood", "/api/matrix?targets=" + TARGET,
				"/api/paths?from=" + ALPHA + "&to=" + BETA);
	}

	@ParameterizedTest
	@MethodSource("stanceReads")
	void everyStanceReadTakesEveryCertaintyAndRefusesAnyOtherWordSayingWhich(String read) {
		String separator = read.contains("?") ? "&" : "?";
		for (String word : Certainty.words()) {
			assertThat(api.get(read + separator + "certainty=" + word).status()).as(read + " " + word).isEqualTo(200);
		}
		for (String bad : List.of("sure", "STATED", "Stated", "stated ", "2")) {
			Answer answer = api.get(read + separator + "certainty=" + ApiClient.encode(bad));
			assertThat(answer.status()).as(read + " " + bad).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.body().get("detail").asString()).as(read + " " + bad)
				.startsWith("certainty: ").contains(String.join(", ", Certainty.words()));
		}
	}

	List<Record> browse(String file, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(QueryFile.question(file).query(), parameters).list());
		}
	}

	@Test
	void theBrowsersQuestionsSayWhatEachActorItselfStatedAndWhoseWordTheRestRestsOn() {
		List<String> stated = browse("40_stated_versus_reported.cypher", Map.of("target", TARGET)).stream()
			.map(r -> r.get("actor").asString() + " " + r.get("relation").asString() + " " + r.get("statedClaims").asInt() + "/"
					+ r.get("otherClaims").asInt() + (r.get("onlyReported").asBoolean() ? " only reported" : ""))
			.toList();
		assertThat(stated).containsExactly("Zz Alpha SUPPORTS 1/1", "Zz Beta OPPOSES 0/1 only reported",
				"Zz Beta SUPPORTS 0/1 only reported");

		List<Record> chains = browse("41_claims_with_their_chain.cypher", Map.of("target", OTHER, "certainty", "reported"));
		assertThat(chains).extracting(r -> r.get("chain").asString())
			.containsExactly("Zz Alpha ← Zz insider ← Zz Wire ← Zz Agency ← Zz Outlet", "Zz Alpha ← Zz Outlet");
		assertThat(chains.getFirst().get("via").asList(v -> v.asString())).containsExactly("Zz Agency", "Zz Wire");
		assertThat(chains).extracting(r -> r.get("certainty").asString()).containsExactly("reported", "stated");

		Map<String, Object> question = Map.of("backing", TARGET, "opposing", OTHER, "offset", 0, "limit", 25, "quotes", 5);
		for (String word : Certainty.words()) {
			Map<String, Object> parameters = new java.util.HashMap<>(question);
			parameters.put("certainty", word);
			long total = browse("01_backers_of_resolution_opposing_turkish_participation.cypher", parameters).getFirst()
				.get("total").asLong();
			assertThat(total).as(word).isEqualTo(word.equals("stated") ? 0 : 1);
		}
	}
}
