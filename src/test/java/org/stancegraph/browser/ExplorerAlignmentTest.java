package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Who aligns with whom and what changed, in a real headless Chromium, each view compared with the API answer it
 * shows: the agreement heat map in bloc order (a cell opens both sides' evidence), the blocs with their targets, and
 * what changed between two dates, reached from an entity's page. On the seed graph.
 */
@StancegraphIntegrationTest
class ExplorerAlignmentTest {

	@LocalServerPort
	int port;

	String base() {
		return "http://localhost:" + port;
	}

	JsonNode api(String path) {
		var answer = new ApiClient(port).get(path);
		assertThat(answer.status()).as(path).isEqualTo(200);
		return answer.body();
	}

	static List<String> attributes(ChromiumBrowser browser, String css, String attribute) {
		return ExplorerViewsTest.attributes(browser, css, attribute);
	}

	@Test
	void theHeatMapInBlocOrderAndACellOpensBothSidesEvidence() throws Exception {
		ChromiumBrowser.assumeInstalled();
		JsonNode matrix = api("/api/alignment/matrix?targets=resolution-2803,isf");
		List<String> actors = ApiClient.ids(matrix.get("actors"), "/actor/id");
		assertThat(actors).hasSizeGreaterThan(2);
		long scored = ApiClient.stream(matrix.get("pairs")).filter(p -> p.hasNonNull("score")).count();

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/#/entity/resolution-2803");
				ExplorerViewsTest.awaitRoute(browser, "#/entity/resolution-2803");
				browser.driver.findElement(By.cssSelector("#entity-questions a.alignment-link")).click();
				ExplorerViewsTest.awaitRoute(browser, "#/alignment/resolution-2803");
				browser.driver.get(base() + "/#/alignment/resolution-2803,isf");
				ExplorerViewsTest.awaitRoute(browser, "#/alignment/resolution-2803,isf");

				// rows in the answer's order (by bloc), a cell with a score for each pair that has one, both ways
				assertThat(attributes(browser, "#alignment-heatmap tbody tr", "data-actor")).containsExactlyElementsOf(actors);
				assertThat(browser.driver.findElements(By.cssSelector("#alignment-heatmap td a[data-score]"))).hasSize((int) (2 * scored));
				assertThat(browser.driver.findElements(By.cssSelector("#bloc-list > li.bloc"))).hasSize(matrix.get("blocs").size());
				JsonNode firstBloc = matrix.at("/blocs/0");
				WebElement bloc = browser.driver.findElement(By.cssSelector("#bloc-list > li.bloc[data-bloc='0']"));
				ApiClient.stream(firstBloc.get("members")).forEach(m -> assertThat(bloc.getText()).contains(m.get("name").asString()));
				if (!firstBloc.get("holding").isEmpty()) {
					assertThat(bloc.findElement(By.cssSelector(".holds")).getText())
						.contains(firstBloc.at("/holding/0/target/name").asString());
				}

				// the first scored cell: the pair's shared targets, each side with its quotes
				WebElement cell = browser.driver.findElement(By.cssSelector("#alignment-heatmap td a[data-score]"));
				String href = cell.getDomAttribute("href");
				String[] ids = href.replace("#/alignment/pair/", "").split("/");
				cell.click();
				ExplorerViewsTest.awaitRoute(browser, href);
				JsonNode pair = api("/api/alignment?actors=" + ids[0] + "," + ids[1]);
				assertThat(attributes(browser, "#pair-list > li.pair-target", "data-target"))
					.containsExactlyElementsOf(ApiClient.ids(pair.get("targets"), "/target/id"));
				assertThat(attributes(browser, "#pair-list > li.pair-target", "data-outcome"))
					.containsExactlyElementsOf(ApiClient.ids(pair.get("targets"), "/outcome"));
				// as JavaScript writes a number: 1, not 1.0
				double score = pair.at("/agreement/score").asDouble();
				assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("[object", "undefined");
				assertThat(browser.driver.findElement(By.id("pair-meta")).getText())
					.contains("S " + (score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score)));
				String firstQuote = pair.at("/targets/0/positions/1/evidence/0/quote").asString();
				assertThat(browser.driver.findElement(By.cssSelector("#pair-list > li.pair-target .pair-side[data-actor='" + ids[1] + "']"))
					.getText()).contains(firstQuote);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(ExplorerTest.SCREENSHOTS.resolve("alignment-failure.png"));
				throw ex;
			}
		}
	}

	@Test
	void whatChangedBetweenTwoDatesFromAnEntitysPage() throws Exception {
		ChromiumBrowser.assumeInstalled();
		JsonNode all = api("/api/changes?since=2025-11-10&until=2025-11-18&limit=1000");
		JsonNode ofIsrael = api("/api/changes?since=2025-11-11&until=2025-11-18&actor=israel&limit=1000");
		JsonNode aboutIsrael = api("/api/changes?since=2025-11-11&until=2025-11-18&target=israel&limit=1000");
		assertThat(all.at("/page/total").asLong()).isGreaterThan(0);

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				String hash = "#/changes/2025-11-10?asOf=2025-11-18";
				browser.driver.get(base() + "/" + hash);
				ExplorerViewsTest.awaitRoute(browser, hash);
				assertThat(browser.driver.findElements(By.cssSelector("#changes-list > li.change"))).hasSize(all.get("items").size());
				assertThat(attributes(browser, "#changes-list > li.change", "data-kind"))
					.containsExactlyInAnyOrderElementsOf(ApiClient.ids(all.get("items"), "/kind"));
				JsonNode first = all.at("/items/0");
				WebElement shown = browser.driver.findElement(By.cssSelector("#changes-list > li.change[data-actor='"
						+ first.at("/actor/id").asString() + "'][data-target='" + first.at("/target/id").asString() + "']"));
				assertThat(shown.getText()).contains(first.at("/after/evidence/0/quote").asString());
				// the state after in words: its side, relations and certainty
				assertThat(shown.findElement(By.cssSelector(".change-state:last-child p.stance-state")).getText())
					.startsWith(first.at("/after/side").asString().replace("MIXED", "on both sides").toLowerCase() + " ("
							+ String.join(", ", ApiClient.stream(first.at("/after/relations"))
								.map(r -> r.asString().replace('_', ' ').toLowerCase()).toList())
							+ ") " + first.at("/after/certainty").asString());
				assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("[object", "undefined");

				// from Israel's page on the 18th: what it changed and what changed about it in the week before
				browser.driver.get(base() + "/#/entity/israel?asOf=2025-11-18");
				ExplorerViewsTest.awaitRoute(browser, "#/entity/israel?asOf=2025-11-18");
				browser.driver.findElement(By.cssSelector("#entity-questions a.changes-link")).click();
				ExplorerViewsTest.awaitRoute(browser, "#/changes/2025-11-11/israel?asOf=2025-11-18");
				List<WebElement> changes = browser.driver.findElements(By.cssSelector("#changes-list > li.change"));
				assertThat(changes).hasSize(ofIsrael.get("items").size() + aboutIsrael.get("items").size());
				assertThat(changes).allSatisfy(c -> assertThat(List.of(c.getDomAttribute("data-actor"), c.getDomAttribute("data-target")))
					.contains("israel"));

				// another start date through the form
				WebElement since = browser.driver.findElement(By.id("changes-since"));
				browser.driver.executeScript("arguments[0].value = '2025-11-16'", since);
				browser.driver.findElement(By.cssSelector("#changes-form button[type='submit']")).click();
				ExplorerViewsTest.awaitRoute(browser, "#/changes/2025-11-16/israel?asOf=2025-11-18");
				assertThat(browser.driver.findElement(By.id("changes-feed")).getDomAttribute("href")).isEqualTo("/api/changes/feed?actor=israel");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(ExplorerTest.SCREENSHOTS.resolve("changes-failure.png"));
				throw ex;
			}
		}
	}
}
