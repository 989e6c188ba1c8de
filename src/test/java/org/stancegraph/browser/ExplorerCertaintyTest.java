package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.TestClaims.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.TestClaims;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.HedgeCues;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * Certainty in the explorer, in a real headless Chromium: one control (a labelled select, by keyboard) whose level is
 * in the route and on every stance read the page makes; a claim hedged as possible drawn hollow and dashed with its
 * level in words, its hedge words marked, and the chain of whose word it is in reading order; the same claim gone at
 * {@code certainty=reported}. On zz-test- claims loaded here (and removed afterwards): Zedland is considering
 * supporting the Zed plan, an unnamed Zedland government source told Zed Agency, which Zed Outlet quotes; Otherland
 * opposes it, as the outlet reports. Screenshots in target/explorer/.
 */
@StancegraphIntegrationTest
class ExplorerCertaintyTest {

	static final String TARGET = "zz-test-zed-plan";

	static final String HOLDER = "zz-test-zedland";

	static final String OTHER = "zz-test-otherland";

	static final String POSSIBLE_QUOTE = "Zedland is considering supporting the Zed plan, a Zedland government source told Zed Agency.";

	static final String REPORTED_QUOTE = "Otherland opposes the Zed plan.";

	@LocalServerPort
	int port;

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	String base() {
		return "http://localhost:" + port;
	}

	@AfterEach
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	void loadClaims() {
		LocalDate day = LocalDate.of(2025, 11, 20);
		var source = new SourceDocument("zz-test-source", "Zed plan news", "Zed Outlet Ltd", day, "b", List.of(), "f",
				"In the news. " + POSSIBLE_QUOTE + " " + REPORTED_QUOTE, "zz-test-zed-outlet");
		var entities = List.of(
				entity(HOLDER, "State", "Zedland", null),
				entity(OTHER, "State", "Otherland", null),
				entity(TARGET, "Proposition", "Zed plan", null),
				entity("zz-test-zedland-source", "UnnamedSource", "a Zedland government source", HOLDER),
				entity("zz-test-zed-agency", "Organization", "Zed Agency", null),
				entity("zz-test-zed-outlet", "Organization", "Zed Outlet", null));
		// said in November 2025 (a month), with 2,000 soldiers, only if the plan is funded
		var possible = TestClaims.claim("zz-test-zedland-may-support-zed-plan", "zz-test-source", HOLDER, Relation.SUPPORTS,
				TARGET, LocalDate.of(2025, 11, 1), POSSIBLE_QUOTE,
				new Attribution(Certainty.POSSIBLE, true, null, "zz-test-zedland-source", List.of("zz-test-zed-agency"),
						HedgeCues.in(POSSIBLE_QUOTE)),
				"if the plan is funded", new Qualifiers("month", day, new Qualifiers.Quantity(2000L, "soldiers", true, "exactly"),
						null, "only-if", null, null));
		var reported = claim("zz-test-otherland-opposes-zed-plan", OTHER, Relation.OPPOSES, REPORTED_QUOTE,
				new Attribution(Certainty.REPORTED, true, null, "zz-test-zed-outlet", List.of(), HedgeCues.in(REPORTED_QUOTE)));
		loader.load(new ClaimSet(List.of(source), entities, List.of(possible, reported)));
	}

	static ClaimDefinition claim(String id, String holder, Relation relation, String quote, Attribution attribution) {
		LocalDate day = LocalDate.of(2025, 11, 20);
		return TestClaims.claim(id, "zz-test-source", holder, relation, TARGET, day, quote, attribution, null, Qualifiers.none(day));
	}

	/**
	 * The control is in the route and on every stance read, not on look-ups that no certainty changes (the entity, the
	 * search); chosen by keyboard, it keeps the focus while the views are asked again. Needs no certainty in the API's
	 * answers: it holds for an API that ignores the parameter too.
	 */
	@Test
	void theCertaintyControlIsInTheRouteAndOnEveryStanceRead() throws Exception {
		ChromiumBrowser.assumeInstalled();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				String hash = "#/entity/hamas?asOf=2025-11-10&certainty=reported";
				browser.driver.get(base() + "/" + hash);
				ExplorerViewsTest.awaitRoute(browser, hash);
				WebElement select = browser.driver.findElement(By.id("certainty"));
				assertThat(browser.driver.findElement(By.cssSelector("label[for='certainty']")).getText()).isEqualTo("Certainty at least");
				assertThat(new Select(select).getOptions()).extracting(o -> o.getDomAttribute("value"))
					.containsExactly("stated", "reported", "probable", "possible");
				assertThat(select.getDomProperty("value")).isEqualTo("reported");
				assertThat(browser.driver.findElement(By.id("certainty-description")).getText())
					.isEqualTo(Certainty.REPORTED.description());
				assertThat(browser.driver.findElement(By.id("certainty-note")).getText())
					.isEqualTo("Showing the claims stated or reported: probable and possible claims are left out.");
				for (String link : List.of("positions-api", "stances-api", "graph-api")) {
					assertThat(browser.driver.findElement(By.id(link)).getDomAttribute("href")).as(link)
						.contains("asOf=2025-11-10").contains("certainty=reported");
				}
				assertThat(browser.driver.findElement(By.id("entity-api")).getDomAttribute("href")).doesNotContain("certainty");
				// the page's own links keep the level
				assertThat(browser.driver.findElements(By.cssSelector("#entity-related a")).getFirst().getDomAttribute("href"))
					.endsWith("?asOf=2025-11-10&certainty=reported");

				// by keyboard: from the search box Tab to the control, one arrow up is "stated only"; the focus stays on it
				browser.driver.findElement(By.id("search-input")).click();
				ExplorerViewsTest.tabTo(browser, "#certainty", 10).sendKeys(Keys.ARROW_UP);
				ExplorerViewsTest.awaitRoute(browser, "#/entity/hamas?asOf=2025-11-10&certainty=stated");
				assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("certainty");
				assertThat(browser.driver.findElement(By.id("positions-api")).getDomAttribute("href")).contains("certainty=stated");
				// the weakest level is every claim: no certainty in the route or the API calls
				new Select(browser.driver.findElement(By.id("certainty"))).selectByValue("possible");
				ExplorerViewsTest.awaitRoute(browser, "#/entity/hamas?asOf=2025-11-10");
				assertThat(browser.driver.findElement(By.id("positions-api")).getDomAttribute("href")).doesNotContain("certainty");
				assertThat(browser.driver.findElement(By.id("certainty-note")).isDisplayed()).isFalse();
				// a level the vocabulary does not know is none
				browser.driver.get(base() + "/#/entity/hamas?certainty=sure");
				ExplorerViewsTest.awaitRoute(browser, "#/entity/hamas?certainty=sure");
				assertThat(browser.driver.findElement(By.id("certainty")).getDomProperty("value")).isEqualTo("possible");
				assertThat(browser.driver.findElement(By.id("positions-api")).getDomAttribute("href")).doesNotContain("certainty");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(ExplorerTest.SCREENSHOTS.resolve("certainty-control-failure.png"));
				throw ex;
			}
		}
	}

	/**
	 * A claim hedged as possible: hollow and dashed with "possible" beside it, its hedge word marked in the quote, the
	 * chain read from the holder to the outlet; its edge dashed with a hollow arrow, its position marked too. At
	 * {@code certainty=reported} it is gone from the positions, the graph and the evidence; the reported claim stays.
	 * Needs the API's certainty fields and filter (branch api-certainty).
	 */
	@Test
	void aPossibleClaimIsDrawnHollowWithItsChainAndGoesAtReported() throws Exception {
		ChromiumBrowser.assumeInstalled();
		loadClaims();
		var evidence = new ApiClient(port).get("/api/evidence?actor=" + HOLDER + "&target=" + TARGET).body();
		assertThat(evidence.at("/items/0/certainty").asString()).as("the API gives the certainty of evidence").isEqualTo("possible");

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			var driver = browser.driver;
			try {
				String hash = "#/entity/" + TARGET + "/evidence/" + HOLDER;
				driver.get(base() + "/" + hash);
				ExplorerViewsTest.awaitRoute(browser, hash);

				WebElement item = driver.findElement(By.cssSelector("#evidence-list li.evidence-item"));
				assertThat(item.getDomAttribute("class").split(" ")).contains("hedged", "certainty-possible");
				assertThat(item.findElement(By.cssSelector(".certainty-label")).getText()).isEqualTo("possible");
				WebElement quote = item.findElement(By.cssSelector("blockquote"));
				assertThat(quote.getText()).isEqualTo(POSSIBLE_QUOTE);
				assertThat(quote.getCssValue("border-top-style")).isEqualTo("dashed");
				assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
				assertThat(quote.findElements(By.cssSelector("mark.hedge"))).extracting(WebElement::getText).contains("considering");
				assertThat(item.findElement(By.cssSelector(".hedges")).getText()).contains("considering");
				// holder ← claimant ← via (innermost first) ← outlet, by name
				assertThat(item.findElement(By.cssSelector(".chain-links")).getText())
					.isEqualTo("Zedland ← a Zedland government source ← Zed Agency ← Zed Outlet");
				assertThat(item.findElements(By.cssSelector(".chain-link"))).extracting(e -> e.getDomAttribute("data-id"))
					.containsExactly(HOLDER, "zz-test-zedland-source", "zz-test-zed-agency", "zz-test-zed-outlet");
				// said in a month, shown as one; its condition and amount in words
				assertThat(item.findElement(By.cssSelector(".meta")).getText()).endsWith("· 2025-11 · reported 2025-11-20");
				assertThat(item.findElement(By.cssSelector(".qualifiers")).getText())
					.isEqualTo("condition (only if): if the plan is funded · amount: about 2,000 soldiers");

				// its position and its edge: hedged, in words too
				WebElement position = driver.findElement(By.cssSelector("#columns a.actor[data-actor='" + HOLDER + "']"));
				assertThat(position.getDomAttribute("data-certainty")).isEqualTo("possible");
				assertThat(position.getText()).contains("possible");
				String edge = HOLDER + " SUPPORTS " + TARGET;
				browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#graph-canvas[data-nodes]")));
				assertThat(ExplorerViewsTest.style(browser, "edge", edge, "line-style")).isEqualTo("dashed");
				assertThat(ExplorerViewsTest.style(browser, "edge", edge, "target-arrow-fill")).isEqualTo("hollow");
				assertThat(ExplorerViewsTest.style(browser, "edge", OTHER + " OPPOSES " + TARGET, "line-style")).isEqualTo("solid");
				// the list (closed: its text, not what is shown) says it in words
				assertThat(driver.findElement(By.cssSelector("#graph-list a.graph-edge[data-from='" + HOLDER + "']"))
					.findElement(By.xpath("..")).getDomProperty("textContent")).endsWith(" · 1 source possible");
				List<String> problems = new ArrayList<>(ExplorerViewsTest.axeViolations(browser, ExplorerViewsTest.axeSource()));
				ExplorerViewsTest.scrollTo(browser, "evidence");
				browser.saveScreenshot(ExplorerTest.SCREENSHOTS.resolve("certainty-possible.png"));

				// at reported: the possible claim is gone, the reported one stays
				String reported = "#/entity/" + TARGET + "?certainty=reported";
				driver.get(base() + "/" + reported);
				ExplorerViewsTest.awaitRoute(browser, reported);
				assertThat(ExplorerViewsTest.attributes(browser, "#columns a.actor", "data-actor")).containsExactly(OTHER);
				assertThat(ExplorerViewsTest.attributes(browser, "#graph-list a.graph-edge", "data-from")).doesNotContain(HOLDER);
				// Neo4j Browser's guide runs the question file with the same level
				String guide = ExplorerViewsTest.argument(driver.findElement(By.id("positions-cypher")).getDomAttribute("href"));
				assertThat(guide).endsWith("/guide/queries/03_positions_on_target_by_relation/target=" + TARGET + ",certainty=reported");
				var guidePage = new ApiClient(port).get(guide.substring(base().length()), "text/html");
				assertThat(guidePage.status()).isEqualTo(200);
				assertThat(guidePage.text()).contains(":param certainty =&gt; &#39;reported&#39;");
				String evidenceAtReported = "#/entity/" + TARGET + "/evidence/" + HOLDER + "?certainty=reported";
				driver.get(base() + "/" + evidenceAtReported);
				ExplorerViewsTest.awaitRoute(browser, evidenceAtReported);
				assertThat(driver.findElements(By.cssSelector("#evidence-list blockquote"))).isEmpty();
				String otherAtReported = "#/entity/" + TARGET + "/evidence/" + OTHER + "?certainty=reported";
				driver.get(base() + "/" + otherAtReported);
				ExplorerViewsTest.awaitRoute(browser, otherAtReported);
				WebElement other = driver.findElement(By.cssSelector("#evidence-list li.evidence-item"));
				assertThat(other.findElement(By.cssSelector("blockquote")).getText()).isEqualTo(REPORTED_QUOTE);
				assertThat(other.findElement(By.cssSelector(".certainty-label")).getText()).isEqualTo("reported");
				assertThat(other.getDomAttribute("class").split(" ")).doesNotContain("hedged");
				assertThat(other.findElement(By.cssSelector("blockquote")).getCssValue("border-top-style")).isNotEqualTo("dashed");
				// the outlet is the claimant: said once
				assertThat(other.findElement(By.cssSelector(".chain-links")).getText()).isEqualTo("Otherland ← Zed Outlet");
				problems.addAll(ExplorerViewsTest.axeViolations(browser, ExplorerViewsTest.axeSource()));
				assertThat(problems).isEmpty();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(ExplorerTest.SCREENSHOTS.resolve("certainty-possible-failure.png"));
				throw ex;
			}
		}
	}
}
