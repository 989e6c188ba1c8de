package org.stancegraph.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.stream;
import static org.stancegraph.TestClaims.entity;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
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
 * GET /api/changes and its feed on a claim set of its own (ids {@code zz-test-chg-}), every kind of change known, in
 * the window after 10 November 2025 and by the 18th (day N of November):
 * <pre>
 * p1  Alpha SUPPORTS (2), OPPOSES (12)                          REVERSAL
 * p2  Alpha SUPPORTS (2), SUPPORTS only if p5 happens (14)       NEW_CONDITION
 * p3  Alpha SUPPORTS (3, possible), SUPPORTS (15, stated)        CERTAINTY_CHANGED; at 'stated' NEW_POSITION
 * p4  Alpha SUPPORTS (4), SUPPORTS (16, reported)                CONFIRMED
 * p5  Beta SUPPORTS (11): Beta and p5 first named in the window  NEW_POSITION
 * p6  Alpha OPPOSES (20)                                         after the window
 * </pre>
 */
@StancegraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesApiTest {

	static final String SOURCE = "zz-test-chg-source";
	static final String ALPHA = "zz-test-chg-alpha";
	static final String BETA = "zz-test-chg-beta";
	static final String WINDOW = "since=2025-11-10&until=2025-11-18";
	static final String TEXT = """
			Alpha supports one. Alpha opposes one now. Alpha supports two. Alpha supports two, only if five happens.
			Alpha could support three. Alpha supports three. Alpha supports four. Alpha supports four, the outlet says.
			Beta supports five. Alpha opposes six.""";

	@LocalServerPort
	int port;

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	void load() {
		removeTestData();
		LocalDate published = november(20);
		var source = new SourceDocument(SOURCE, "Zz changes test", "Zz Publisher", published, "dateline", List.of(),
				"zz-changes.txt", TEXT, null);
		var entities = List.of(entity(ALPHA, "State", "Zz Alpha", null), entity(BETA, "State", "Zz Beta", null),
				entity(target(1), "Proposition", "Zz One", null), entity(target(2), "Proposition", "Zz Two", null),
				entity(target(3), "Proposition", "Zz Three", null), entity(target(4), "Proposition", "Zz Four", null),
				entity(target(5), "Proposition", "Zz Five", null), entity(target(6), "Proposition", "Zz Six", null));
		Attribution stated = new Attribution(Certainty.STATED, true, null, ALPHA, List.of(), List.of());
		List<ClaimDefinition> claims = List.of(
				claim("a1", ALPHA, Relation.SUPPORTS, 1, 2, "Alpha supports one.", stated, null, Qualifiers.none(published)),
				claim("a1-now", ALPHA, Relation.OPPOSES, 1, 12, "Alpha opposes one now.", stated, null, Qualifiers.none(published)),
				claim("a2", ALPHA, Relation.SUPPORTS, 2, 2, "Alpha supports two.", stated, null, Qualifiers.none(published)),
				claim("a2-if", ALPHA, Relation.SUPPORTS, 2, 14, "Alpha supports two, only if five happens.", stated,
						"only if five happens", new Qualifiers("day", published, null, null, "only-if", target(5), null)),
				claim("a3-maybe", ALPHA, Relation.SUPPORTS, 3, 3, "Alpha could support three.",
						new Attribution(Certainty.POSSIBLE, true, null, null, List.of(), List.of("could")), null,
						Qualifiers.none(published)),
				claim("a3", ALPHA, Relation.SUPPORTS, 3, 15, "Alpha supports three.", stated, null, Qualifiers.none(published)),
				claim("a4", ALPHA, Relation.SUPPORTS, 4, 4, "Alpha supports four.", stated, null, Qualifiers.none(published)),
				claim("a4-again", ALPHA, Relation.SUPPORTS, 4, 16, "Alpha supports four, the outlet says.",
						new Attribution(Certainty.REPORTED, true, null, null, List.of(), List.of()), null, Qualifiers.none(published)),
				claim("b5", BETA, Relation.SUPPORTS, 5, 11, "Beta supports five.",
						new Attribution(Certainty.STATED, true, null, BETA, List.of(), List.of()), null, Qualifiers.none(published)),
				claim("a6", ALPHA, Relation.OPPOSES, 6, 20, "Alpha opposes six.", stated, null, Qualifiers.none(published)));
		loader.load(new ClaimSet(List.of(source), entities, claims));
	}

	@AfterAll
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	private static String target(int n) {
		return "zz-test-chg-p" + n;
	}

	private static LocalDate november(int day) {
		return LocalDate.of(2025, 11, day);
	}

	private static ClaimDefinition claim(String id, String holder, Relation relation, int target, int day, String quote,
			Attribution attribution, String condition, Qualifiers qualifiers) {
		return TestClaims.claim("zz-test-chg-" + id, SOURCE, holder, relation, target(target), november(day), quote,
				attribution, condition, qualifiers);
	}

	JsonNode changes(String query) {
		Answer answer = new ApiClient(port).get("/api/changes?" + query);
		assertThat(answer.status()).as(query + ": " + answer.text()).isEqualTo(200);
		return answer.body();
	}

	/** Each change's target and kind, in the answer's order. */
	static Map<String, String> kinds(JsonNode answer) {
		return stream(answer.get("items")).collect(Collectors.toMap(i -> i.at("/target/id").asString().replace("zz-test-chg-", ""),
				i -> i.get("kind").asString(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	static List<String> quotes(JsonNode state) {
		return stream(state.get("evidence")).map(e -> e.get("quote").asString()).toList();
	}

	@Test
	void everyKindOfChangeNewestFirstWithTheEvidenceBeforeAndAfter() {
		JsonNode answer = changes(WINDOW + "&actor=" + ALPHA);

		assertThat(kinds(answer)).containsExactly(Map.entry("p4", "CONFIRMED"), Map.entry("p3", "CERTAINTY_CHANGED"),
				Map.entry("p2", "NEW_CONDITION"), Map.entry("p1", "REVERSAL"));
		assertThat(stream(answer.get("items")).map(i -> i.get("date").asString()))
			.containsExactly("2025-11-16", "2025-11-15", "2025-11-14", "2025-11-12");
		JsonNode reversal = answer.at("/items/3");
		assertThat(reversal.get("axis").asString()).isEqualTo("position");
		assertThat(stream(reversal.get("claims")).map(JsonNode::asString)).containsExactly("zz-test-chg-a1-now");
		assertThat(reversal.at("/before/side").asString()).isEqualTo("FOR");
		assertThat(reversal.at("/after/side").asString()).isEqualTo("AGAINST");
		assertThat(quotes(reversal.get("before"))).containsExactly("Alpha supports one.");
		assertThat(quotes(reversal.get("after"))).containsExactly("Alpha opposes one now.");
		assertThat(reversal.at("/after/evidence/0/source/id").asString()).isEqualTo(SOURCE);

		JsonNode conditional = answer.at("/items/2");
		assertThat(conditional.at("/before/conditions")).isEmpty();
		assertThat(stream(conditional.at("/after/conditions")).map(JsonNode::asString)).containsExactly("only if five happens");
		// both supports are in force after: the same relation said again
		assertThat(quotes(conditional.get("after"))).containsExactly("Alpha supports two.", "Alpha supports two, only if five happens.");
		JsonNode surer = answer.at("/items/1");
		assertThat(surer.at("/before/certainty").asString()).isEqualTo("possible");
		assertThat(surer.at("/after/certainty").asString()).isEqualTo("stated");

		assertThat(answer.at("/counts/REVERSAL").asLong()).isEqualTo(1);
		assertThat(answer.get("newClaims").asLong()).isEqualTo(4);
		assertThat(answer.at("/page/total").asLong()).isEqualTo(4);
		assertThat(answer.at("/actor/id").asString()).isEqualTo(ALPHA);
	}

	@Test
	void whoAppearedInTheWindow() {
		JsonNode answer = changes(WINDOW + "&target=" + target(5));
		assertThat(kinds(answer)).containsExactly(Map.entry("p5", "NEW_POSITION"));
		assertThat(answer.at("/items/0").hasNonNull("before")).isFalse();
		assertThat(stream(answer.get("newActors")).map(e -> e.at("/entity/id").asString() + "@" + e.get("first").asString()))
			.containsExactly(BETA + "@2025-11-11");
		assertThat(stream(answer.get("newTargets")).map(e -> e.at("/entity/id").asString())).containsExactly(target(5));

		// Alpha and the targets it had claims about before the window are not new
		JsonNode alpha = changes(WINDOW + "&actor=" + ALPHA);
		assertThat(alpha.get("newActors")).isEmpty();
		assertThat(alpha.get("newTargets")).isEmpty();
	}

	@Test
	void aKindAPageAndACertaintyNarrowIt() {
		JsonNode reversals = changes(WINDOW + "&actor=" + ALPHA + "&kind=REVERSAL");
		assertThat(kinds(reversals)).containsOnlyKeys("p1");
		assertThat(reversals.at("/counts/CONFIRMED").asLong()).as("the counts are of every kind").isEqualTo(1);

		JsonNode second = changes(WINDOW + "&actor=" + ALPHA + "&offset=1&limit=2");
		assertThat(kinds(second)).containsOnlyKeys("p3", "p2");
		assertThat(second.at("/page/next").asInt()).isEqualTo(3);

		// at 'stated' the possible claim of the 3rd does not count: a new position, not a surer one
		assertThat(kinds(changes(WINDOW + "&actor=" + ALPHA + "&certainty=stated"))).containsEntry("p3", "NEW_POSITION")
			.doesNotContainKey("p4");
		// p6's claim is dated after the window
		assertThat(kinds(changes("since=2025-11-18&until=2025-11-30&actor=" + ALPHA))).containsOnlyKeys("p6");
	}

	@Test
	void betweenTheSeedsDatesOfTheIssue() {
		JsonNode answer = changes("since=2025-11-10&until=2025-11-18");
		assertThat(answer.at("/page/total").asLong()).isGreaterThan(0);
		assertThat(stream(answer.get("items"))).allSatisfy(item -> {
			assertThat(LocalDate.parse(item.get("date").asString())).isAfter(november(10)).isBeforeOrEqualTo(november(18));
			assertThat(item.get("after").get("evidence")).isNotEmpty();
		});
		assertThat(stream(answer.get("newActors")).map(e -> e.at("/entity/id").asString())).contains("algeria");
	}

	@Test
	void aFeedToSubscribeTo() throws Exception {
		Answer atom = new ApiClient(port).get("/api/changes/feed?actor=" + ALPHA + "&days=8", "application/atom+xml");
		assertThat(atom.status()).as(atom.text()).isEqualTo(200);
		assertThat(atom.contentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.text()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");

		// the window ends at the graph's latest claim: the entries are the changes of the same window
		LocalDate latest = neo4j.query("MATCH (c:Claim) RETURN max(c.date) AS latest").fetchAs(LocalDate.class).one().orElseThrow();
		JsonNode same = changes("since=" + latest.minusDays(8) + "&until=" + latest + "&actor=" + ALPHA);
		List<SyndEntry> entries = feed.getEntries();
		assertThat(entries).hasSize(same.get("items").size());
		for (int i = 0; i < entries.size(); i++) {
			SyndEntry entry = entries.get(i);
			JsonNode item = same.at("/items/" + i);
			assertThat(entry.getTitle()).startsWith("Zz Alpha: ").contains(item.at("/target/name").asString());
			assertThat(entry.getUri()).startsWith("urn:uuid:");
			assertThat(entry.getLink()).endsWith("/api/evidence?actor=" + ALPHA + "&target=" + item.at("/target/id").asString());
			assertThat(entry.getContents().getFirst().getValue()).contains("“" + item.at("/after/evidence/0/quote").asString() + "”");
		}
		// the same entries have the same ids when asked again (another URL: computed again, not a kept answer)
		Answer again = new ApiClient(port).get("/api/changes/feed?actor=" + ALPHA + "&days=8&certainty=possible", "application/atom+xml");
		assertThat(new SyndFeedInput().build(new StringReader(again.text())).getEntries().stream().map(SyndEntry::getUri))
			.containsExactlyElementsOf(entries.stream().map(SyndEntry::getUri).toList());
	}

	@Test
	void badWindowsAndUnknownIdsAreProblems() {
		ApiClient api = new ApiClient(port);
		for (String query : List.of("since=2025-11-18&until=2025-11-10", "since=2025-11-10&until=2025-11-10", "until=2025-11-18",
				"since=2025-11-10", WINDOW + "&kind=MAYBE", WINDOW + "&actor=Alpha!", WINDOW + "&limit=0")) {
			Answer answer = api.get("/api/changes?" + query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
		}
		assertThat(api.get("/api/changes?" + WINDOW + "&actor=atlantis").status()).isEqualTo(404);
		assertThat(api.get("/api/changes/feed?days=0", "application/atom+xml").status()).isEqualTo(400);
	}
}
