package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * The stance explorer at / in a real headless Chromium: search "Türkiye", open Turkey, open the positions on Turkish
 * participation in the ISF, find Israel among the opponents, open its evidence, and read the quote highlighted in
 * its source. Screenshots in target/explorer/.
 */
@StancegraphIntegrationTest
class ExplorerTest {

	static final Path SCREENSHOTS = Path.of("target/explorer");

	static final String TARGET = "turkish-participation-in-isf";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theHomePageIsTheExplorerWithItsOwnContentSecurityPolicy() {
		var page = new ApiClient(port).get("/", "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("<title>Stancegraph explorer</title>", "/explorer/explorer.js");
		assertThat(new ApiClient(port).get("/explorer/explorer.js", "*/*").status()).isEqualTo(200);
		// a JSON client asking for / still gets Neo4j Browser's discovery document
		assertThat(new ApiClient(port).get("/", "application/json").body().has("bolt_direct")).isTrue();
	}

	@Test
	void fromASearchForTurkiyeToIsraelsOppositionAndItsQuoteInTheSource() throws Exception {
		ChromiumBrowser.assumeInstalled();
		// what the graph says, to compare the page with
		List<String> quotes = neo4j.query("""
				MATCH (:Entity {id: 'israel'})-[r:OPPOSES]->(:Entity {id: $target})
				UNWIND r.claimIds AS id
				MATCH (:Claim {id: id})-[e:EVIDENCED_BY]->(:Source)
				RETURN e.quote AS quote
				""").bind(TARGET).to("target").fetchAs(String.class).all().stream().toList();
		assertThat(quotes).isNotEmpty();
		String targetName = neo4j.query("MATCH (t:Entity {id: $id}) RETURN t.name").bind(TARGET).to("id").fetchAs(String.class)
			.one().orElseThrow();

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			var driver = browser.driver;
			var wait = browser.wait;
			try {
				driver.get("http://localhost:" + port + "/");
				WebElement input = wait.until(d -> ChromiumBrowser.displayed(d, By.id("search-input")));
				assertThat(driver.findElement(By.cssSelector("label[for='search-input']")).getText()).isNotBlank();
				input.sendKeys("Türkiye");
				driver.findElement(By.cssSelector("#search button[type='submit']")).click();

				wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#result-list a[href='#/entity/turkey']"))).click();
				wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#entity-related a[href='#/entity/" + TARGET + "']"))).click();

				WebElement opponents = wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#columns section.opposes")));
				wait.until(d -> d.findElement(By.id("positions-title")).getText().contains(targetName));
				assertThat(opponents.getAttribute("aria-label")).isEqualTo("Opponents");
				WebElement israel = opponents.findElement(By.cssSelector("a.actor[data-actor='israel']"));
				assertThat(israel.getText()).startsWith("Israel").contains("2 sources");
				browser.saveScreenshot(SCREENSHOTS.resolve("target-view.png"));
				israel.click();

				wait.until(d -> d.findElement(By.id("evidence-title")).getText().contains("Israel"));
				List<String> shown = wait.until(d -> {
					List<String> texts = d.findElements(By.cssSelector("#evidence-list blockquote")).stream().map(WebElement::getText).toList();
					return texts.isEmpty() ? null : texts;
				});
				assertThat(shown).containsExactlyInAnyOrderElementsOf(quotes.stream().map(q -> q.replaceAll("\\s+", " ").strip()).toList());

				driver.findElement(By.cssSelector("#evidence-list button.read-source")).click();
				WebElement mark = wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#source-text mark")));
				assertThat(mark.getText().replaceAll("\\s+", " ")).isEqualTo(shown.getFirst());
				browser.saveScreenshot(SCREENSHOTS.resolve("evidence.png"));
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("failure.png"));
				throw ex;
			}
		}
	}
}
