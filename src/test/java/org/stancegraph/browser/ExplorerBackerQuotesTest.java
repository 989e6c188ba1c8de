package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.TestClaims.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
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
import org.stancegraph.stances.StanceService;

/**
 * A backer whose edge has more quotes than a page of backers brings, in a real headless Chromium: the edge shows its
 * first quotes, says how many it has, and links to the evidence view with all of them. On zz-test- claims loaded here
 * (and removed afterwards): Zedland supports the Zed plan in six statements and opposes the Other plan in one.
 */
@StancegraphIntegrationTest
class ExplorerBackerQuotesTest {

	static final String BACKER = "zz-test-zedland";

	static final String BACKING = "zz-test-zed-plan";

	static final String OPPOSING = "zz-test-other-plan";

	static final int STATEMENTS = StanceService.DEFAULT_QUOTES + 1;

	@LocalServerPort
	int port;

	@Autowired
	ClaimLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	static String support(int day) {
		return "On day " + day + " Zedland said it supports the Zed plan.";
	}

	void loadClaims() {
		String against = "Zedland opposes the Other plan.";
		List<String> quotes = new ArrayList<>(IntStream.rangeClosed(1, STATEMENTS).mapToObj(ExplorerBackerQuotesTest::support).toList());
		quotes.add(against);
		LocalDate published = LocalDate.of(2025, 11, 20);
		var source = new SourceDocument("zz-test-source", "Zedland's statements", "Zed Outlet Ltd", published, "b", List.of(), "f",
				String.join(" ", quotes), null);
		var entities = List.of(entity(BACKER, "State", "Zedland", null), entity(BACKING, "Proposition", "Zed plan", null),
				entity(OPPOSING, "Proposition", "Other plan", null));
		Attribution stated = new Attribution(Certainty.STATED, true, null, BACKER, List.of(), List.of());
		List<ClaimDefinition> claims = new ArrayList<>();
		for (int day = 1; day <= STATEMENTS; day++) {
			LocalDate date = LocalDate.of(2025, 11, day);
			claims.add(TestClaims.claim("zz-test-supports-" + day, "zz-test-source", BACKER, Relation.SUPPORTS, BACKING, date,
					support(day), stated, null, Qualifiers.none(published)));
		}
		claims.add(TestClaims.claim("zz-test-opposes", "zz-test-source", BACKER, Relation.OPPOSES, OPPOSING,
				LocalDate.of(2025, 11, 10), against, stated, null, Qualifiers.none(published)));
		loader.load(new ClaimSet(List.of(source), entities, claims));
	}

	@Test
	void anEdgeWithMoreQuotesThanItShowsSaysHowManyAndLinksToThemAll() throws Exception {
		ChromiumBrowser.assumeInstalled();
		loadClaims();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				String hash = "#/backers-opposing/" + BACKING + "/" + OPPOSING;
				browser.driver.get("http://localhost:" + port + "/" + hash);
				ExplorerViewsTest.awaitRoute(browser, hash);
				browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("li.answer-actor[data-actor='" + BACKER + "']")));
				List<WebElement> edges = browser.driver.findElements(By.cssSelector("li.answer-actor .edge"));
				assertThat(edges).hasSize(2);
				WebElement supports = edges.get(0);
				// the first in the edge's order: the earliest statements
				List<String> shown = supports.findElements(By.cssSelector("ul > li")).stream().map(WebElement::getText).toList();
				assertThat(shown).hasSize(StanceService.DEFAULT_QUOTES);
				assertThat(shown.getFirst()).contains(support(1));
				assertThat(shown.getLast()).contains(support(StanceService.DEFAULT_QUOTES));
				WebElement more = supports.findElement(By.cssSelector(".more-evidence"));
				assertThat(more.getText()).isEqualTo("The first " + StanceService.DEFAULT_QUOTES + " quotes of " + STATEMENTS
						+ ": all that Zedland said on Zed plan");
				assertThat(edges.get(1).findElements(By.cssSelector(".more-evidence"))).isEmpty();

				more.findElement(By.tagName("a")).click();
				ExplorerViewsTest.awaitRoute(browser, "#/entity/" + BACKING + "/evidence/" + BACKER);
				browser.wait.until(d -> d.findElements(By.cssSelector("#evidence-list li.evidence-item")).size() == STATEMENTS);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(ExplorerTest.SCREENSHOTS.resolve("backer-quotes-failure.png"));
				throw ex;
			}
		}
	}
}
