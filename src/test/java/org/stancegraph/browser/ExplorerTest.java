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
	void theHomePageIsTheExplorerWithItsOwnContentSecurityPolicy() throws Exception {
		var page = new ApiClient(port).get("/", "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("<title>Stancegraph explorer</title>", "/explorer/explorer.js");
		assertThat(new ApiClient(port).get("/explorer/explorer.js", "*/*").status()).isEqualTo(200);
		// the page, opened at / or by its own path, and its files: nothing but the app itself
		for (String path : List.of("/", "/explorer/index.html", "/explorer/explorer.js")) {
			var response = java.net.http.HttpClient.newHttpClient().send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Accept", "text/html,*/*").build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
						+ "frame-ancestors 'self'; base-uri 'none'; form-action 'self'");
		}
		// a JSON client asking for / still gets Neo4j Browser's discovery document
		assertThat(new ApiClient(port).get("/", "application/json").body().has("bolt_direct")).isTrue();
	}

	/**
	 * The example question is a form on the home page, set to the example: one click ("Ask") answers it, with the
	 * evidence for both edges; the same answer as the API's, and a link to the equivalent Cypher in Neo4j Browser.
	 */
	@Test
	void theExampleQuestionIsAnsweredWithEvidenceOneClickFromTheHomePage() throws Exception {
		ChromiumBrowser.assumeInstalled();
		var expected = new ApiClient(port).get("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=" + TARGET + "&limit=1000")
			.body();
		List<String> actors = ApiClient.ids(expected.get("actors"), "/actor/id");
		assertThat(actors).contains("israel");
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			var driver = browser.driver;
			try {
				driver.get("http://localhost:" + port + "/");
				browser.wait.until(d -> "twenty-point-plan".equals(d.findElement(By.id("backing")).getDomProperty("value"))
						&& TARGET.equals(d.findElement(By.id("opposing")).getDomProperty("value")));
				driver.findElement(By.cssSelector("#question-form button[type='submit']")).click();

				List<WebElement> answered = browser.wait.until(d -> {
					List<WebElement> items = d.findElements(By.cssSelector("#answer-list li.answer-actor"));
					return items.isEmpty() ? null : items;
				});
				assertThat(answered.stream().map(li -> li.getDomAttribute("data-actor")).toList()).isEqualTo(actors);
				WebElement israel = answered.get(actors.indexOf("israel"));
				List<String> quotes = israel.findElements(By.cssSelector("blockquote")).stream().map(WebElement::getText).toList();
				List<String> expectedQuotes = ApiClient.stream(expected.get("actors")).filter(a -> a.at("/actor/id").asString().equals("israel"))
					.flatMap(a -> java.util.stream.Stream.concat(ApiClient.stream(a.at("/supports/evidence")), ApiClient.stream(a.at("/opposes/evidence"))))
					.map(e -> e.get("quote").asString().replaceAll("\\s+", " ").strip()).toList();
				assertThat(quotes).isEqualTo(expectedQuotes);
				String guide = ExplorerViewsTest.argument(browser.wait.until(d -> {
					String href = d.findElement(By.id("answer-cypher")).getDomAttribute("href");
					return href.startsWith("/browser/") ? href : null;
				}));
				assertThat(guide).isEqualTo("http://localhost:" + port + "/guide/queries/01_backers_of_resolution_opposing_turkish_participation"
						+ "/backing=twenty-point-plan,opposing=" + TARGET);
				browser.saveScreenshot(SCREENSHOTS.resolve("question.png"));
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("question-failure.png"));
				throw ex;
			}
		}
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
