package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.TestClaims;
import org.stancegraph.claims.NewDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * "Add a document" in a real headless Chromium, as a reviewer uses it, on an article the extractor was not tuned on
 * (src/test/resources/datasets/held-out: the article and the claims a curator reads in it, written before any
 * extractor output was seen). Upload the text, find the candidates (the page shows exactly what POST /api/extraction
 * proposes, quotes highlighted at their offsets), accept those a curator would keep and reject the rest, make the
 * claims the machine missed from selections of the text, add a missing entity, check, fix a wrong holder the check
 * names, save; then every curated claim of the article is in the graph's positions and evidence and in Cypher.
 * <p>
 * On a graph of its own: the saved claims are on the seed's entities, and their derived edges would outlive the removal
 * of the zz-test claims and documents in the graph the other test classes share.
 */
@StancegraphIntegrationTest
@TestPropertySource(properties = "stancegraph.test.graph=add-document-page")
@DirtiesContext
class AddDocumentPageTest {

	private static final Logger log = LoggerFactory.getLogger(AddDocumentPageTest.class);

	static final Path HELD_OUT = Path.of("src/test/resources/datasets/held-out");

	static final String ARTICLE = "zz-fixture-2025-11-21-gaza-force-takes-shape";

	/** The id the reviewer gives: zz-test- ids are removed after the test. */
	static final String DOCUMENT = "zz-test-gaza-force-takes-shape";

	static final Path SCREENSHOTS = ExplorerTest.SCREENSHOTS;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void removeTestData() {
		TestClaims.removeAll(neo4j);
	}

	record Curated(String quote, String certainty, String certaintyBasis) {
	}

	/** The curated claims of the held-out article by "holder RELATION target", with their quotes and certainties. */
	Map<String, Curated> curated() throws Exception {
		JsonNode file = YAMLMapper.builder().build().readTree(HELD_OUT.resolve("claims/" + ARTICLE + ".yaml").toFile());
		Map<String, Curated> claims = new LinkedHashMap<>();
		ApiClient.stream(file.get("claims")).forEach(c -> claims.put(
				c.get("holder").asString() + " " + c.get("relation").asString() + " " + c.get("target").asString(),
				new Curated(c.get("quote").asString(), c.get("certainty").asString(),
						c.has("certaintyBasis") ? c.get("certaintyBasis").asString() : null)));
		return claims;
	}

	static String triple(WebElement candidate) {
		String id = candidate.findElement(By.cssSelector("[id$='-holder']")).getDomAttribute("id").replace("-holder", "");
		return candidate.findElement(By.id(id + "-holder")).getDomProperty("value") + " "
				+ candidate.findElement(By.id(id + "-relation")).getDomProperty("value") + " "
				+ candidate.findElement(By.id(id + "-target")).getDomProperty("value");
	}

	static void type(WebElement input, String text) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
		input.sendKeys(Keys.TAB); // "change" fires on leaving the field
	}

	@Test
	void aReviewerTakesAnUnseenArticleIntoTheGraph() throws Exception {
		ChromiumBrowser.assumeInstalled();
		Path text = HELD_OUT.resolve("documents/" + ARTICLE + ".txt").toAbsolutePath();
		String article = Files.readString(text, StandardCharsets.UTF_8);
		Map<String, Curated> curated = curated();
		ApiClient api = new ApiClient(port);
		JsonNode proposed = api.post("/api/extraction", "application/json", json.writeValueAsBytes(Map.of("text", article,
				"published", "2025-11-21", "sourceId", DOCUMENT))).body();

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				long started = System.nanoTime();
				browser.driver.get("http://localhost:" + port + "/add-document");
				browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
				// every control has a label
				assertThat(browser.driver.findElements(By.cssSelector("input, select, textarea")))
					.allSatisfy(control -> assertThat(browser.driver.findElements(
							By.cssSelector("label[for='" + control.getDomAttribute("id") + "']"))).as(control.getDomAttribute("id")).hasSize(1));

				// the document, by keyboard; its text uploaded from the file
				browser.driver.findElement(By.id("doc-title")).sendKeys("Gaza force takes shape as capitals weigh conditions");
				browser.driver.findElement(By.id("doc-publisher")).sendKeys("Stancegraph test desk");
				// a date input's keyboard order follows the browser's locale: its value is set the way a date picker sets it
				browser.driver.executeScript("arguments[0].value = '2025-11-21'", browser.driver.findElement(By.id("doc-published")));
				browser.driver.findElement(By.id("doc-published-basis")).sendKeys("Written as a test article, dated within the events");
				browser.driver.findElement(By.id("doc-authors")).sendKeys("Stancegraph developers");
				browser.driver.findElement(By.id("doc-id")).sendKeys(DOCUMENT);
				browser.driver.findElement(By.id("doc-file")).sendKeys(text.toString());
				browser.wait.until(d -> article.equals(d.findElement(By.id("doc-text")).getDomProperty("value")));
				browser.driver.findElement(By.id("login-user")).sendKeys("zz-test-writer");
				browser.driver.findElement(By.id("login-password")).sendKeys("zz-test-writer-password", Keys.ENTER);

				browser.wait.until(d -> !d.findElements(By.cssSelector("#candidates li.candidate")).isEmpty());
				List<WebElement> items = browser.driver.findElements(By.cssSelector("#candidates li.candidate"));
				// the page shows what the API proposes, each quote at its offsets in the text
				assertThat(items).hasSize(proposed.get("candidates").size());
				for (int i = 0; i < items.size(); i++) {
					JsonNode candidate = proposed.get("candidates").get(i);
					assertThat(items.get(i).findElement(By.cssSelector("blockquote")).getText()).isEqualTo(candidate.get("quote").asString());
					assertThat(article.substring(candidate.get("quoteStart").asInt(), candidate.get("quoteEnd").asInt()))
						.isEqualTo(candidate.get("quote").asString());
				}
				assertThat(browser.driver.findElement(By.id("review-text")).getText().replaceAll("\\s+", " ").trim())
					.isEqualTo(article.replaceAll("\\s+", " ").trim());
				Set<String> mentioned = new HashSet<>();
				ApiClient.stream(proposed.get("mentions")).forEach(m -> mentioned.add(m.get("entity").asString()));
				assertThat(browser.driver.findElements(By.cssSelector("#review-text .mention")))
					.extracting(m -> m.getDomAttribute("data-entity")).isNotEmpty().allMatch(mentioned::contains);
				browser.saveScreenshot(SCREENSHOTS.resolve("add-document-candidates.png"));

				// accept what a curator keeps (once per claim), reject the rest: by keyboard (each decision draws the list
				// again, so each item is found afresh)
				Set<String> kept = new HashSet<>();
				int accepted = 0;
				int rejected = 0;
				for (int i = 0; i < items.size(); i++) {
					WebElement item = browser.driver.findElements(By.cssSelector("#candidates li.candidate")).get(i);
					String triple = triple(item);
					boolean keep = curated.containsKey(triple) && kept.add(triple);
					item.findElement(By.cssSelector(keep ? "button.decision.accepted" : "button.decision.rejected")).sendKeys(Keys.ENTER);
					if (keep) {
						accepted++;
					}
					else {
						rejected++;
					}
				}
				assertThat(browser.driver.findElements(By.cssSelector("#candidates li.candidate.accepted"))).hasSize(accepted);

				// what the machine missed: select the curated quote in the text, make a claim, fill in its triple
				List<String> missed = new ArrayList<>(curated.keySet());
				missed.removeAll(kept);
				for (String triple : missed) {
					String quote = curated.get(triple).quote();
					int start = article.indexOf(quote);
					assertThat(start).as(quote).isNotNegative();
					browser.driver.executeScript(SELECT_TEXT, browser.driver.findElement(By.id("review-text")), start, start + quote.length());
					WebElement make = browser.driver.findElement(By.id("claim-from-selection"));
					browser.wait.until(d -> make.isEnabled());
					make.click();
					List<WebElement> now = browser.driver.findElements(By.cssSelector("#candidates li.candidate"));
					WebElement made = now.getLast();
					assertThat(made.getDomAttribute("data-origin")).isEqualTo("reviewer");
					assertThat(made.findElement(By.cssSelector("blockquote")).getText()).isEqualTo(quote);
					String[] parts = triple.split(" ");
					String prefix = "candidate-" + now.size();
					type(made.findElement(By.id(prefix + "-holder")), parts[0]);
					new Select(browser.driver.findElement(By.id(prefix + "-relation"))).selectByValue(parts[1]);
					type(browser.driver.findElement(By.id(prefix + "-target")), parts[2]);
					new Select(browser.driver.findElement(By.id(prefix + "-certainty"))).selectByValue(curated.get(triple).certainty());
					if (curated.get(triple).certaintyBasis() != null) {
						type(browser.driver.findElement(By.id(prefix + "-certainty-basis")), curated.get(triple).certaintyBasis());
					}
				}

				// a missing entity, added inline: the unnamed officials Kan quotes
				browser.driver.findElement(By.id("entity-id")).sendKeys("zz-test-officials-in-jerusalem");
				browser.driver.findElement(By.id("entity-name")).sendKeys("Officials in Jerusalem (quoted by Kan)");
				new Select(browser.driver.findElement(By.id("entity-kind"))).selectByValue("UnnamedSource");
				browser.driver.findElement(By.id("entity-aliases")).sendKeys("officials in Jerusalem", Keys.ENTER);
				browser.wait.until(d -> d.findElement(By.id("new-entities")).getText().contains("zz-test-officials-in-jerusalem"));
				WebElement kan = browser.driver.findElements(By.cssSelector("#candidates li.candidate.accepted")).stream()
					.filter(c -> triple(c).equals("israel OPPOSES turkish-participation-in-isf")).findFirst().orElseThrow();
				type(kan.findElement(By.cssSelector("[id$='-claimant']")), "zz-test-officials-in-jerusalem");

				// a wrong holder: the check names the claim and the field, and writes nothing
				WebElement first = browser.driver.findElement(By.cssSelector("#candidates li.candidate.accepted"));
				WebElement holder = first.findElement(By.cssSelector("[id$='-holder']"));
				String rightHolder = holder.getDomProperty("value");
				type(holder, "atlantis");
				browser.driver.findElement(By.id("check")).click();
				browser.wait.until(d -> d.findElement(By.id("save-result")).getText().contains("atlantis"));
				assertThat(browser.driver.findElement(By.id("save-result")).getText()).contains("It would not load").contains("holder");
				type(holder, rightHolder);
				browser.driver.findElement(By.id("check")).click();
				browser.wait.until(d -> !d.findElement(By.id("save-result")).getText().contains("atlantis"));
				assertThat(browser.driver.findElement(By.id("save-result")).getText()).startsWith("Checked");
				assertThat(api.get("/api/sources/" + DOCUMENT).status()).isEqualTo(404);

				browser.driver.findElement(By.id("save")).click();
				browser.wait.until(d -> d.findElement(By.id("save-result")).getText().startsWith("Saved"));
				double seconds = (System.nanoTime() - started) / 1e9;
				browser.saveScreenshot(SCREENSHOTS.resolve("add-document-saved.png"));
				log.info("Held-out article through the page: {} candidates, {} accepted, {} rejected, {} made from selections, "
						+ "{} curated claims; {} s from opening the page to saved", items.size(), accepted, rejected, missed.size(),
						curated.size(), String.format("%.1f", seconds));

				// every curated claim of the article is in the graph: positions, evidence, Cypher
				assertThat(api.get("/api/sources/" + DOCUMENT).status()).isEqualTo(200);
				for (String triple : curated.keySet()) {
					String[] parts = triple.split(" ");
					JsonNode evidence = api.get("/api/evidence?actor=" + parts[0] + "&target=" + parts[2] + "&limit=1000").body();
					assertThat(ApiClient.stream(evidence.get("items"))
						.filter(e -> e.at("/source/id").asString().equals(DOCUMENT) && e.get("relation").asString().equals(parts[1])))
						.as(triple).isNotEmpty();
					JsonNode positions = api.get("/api/targets/" + parts[2] + "/positions?relation=" + parts[1] + "&limit=1000").body();
					assertThat(ApiClient.ids(positions.at("/by/" + parts[1]), "/actor/id")).as(triple).contains(parts[0]);
				}
				assertThat(neo4j.query("MATCH (:Source {id: $id})<-[:EVIDENCED_BY]-(c:Claim) RETURN count(DISTINCT c)")
					.bind(DOCUMENT).to("id").fetchAs(Long.class).one()).contains((long) curated.size());
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("add-document-failure.png"));
				throw ex;
			}
		}
	}

	@Test
	void withoutAnIdTheServerMakesItAndTheClaimsFollow() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String title = "Ankara weighs its part in the Gaza force";
		String quote = "Turkey supports the International Stabilization Force";
		String article = "Ankara, 21 November 2025. " + quote + ", a zz-test desk was told on Friday.\n";
		// the server's rule, the only one: publisher (three words), date, title
		String made = NewDocument.idFor("ZZ Test Desk", LocalDate.of(2025, 11, 21), title);
		assertThat(made).startsWith("zz-test-desk-2025-11-21-");
		ApiClient api = new ApiClient(port);
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get("http://localhost:" + port + "/add-document");
				browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
				browser.driver.findElement(By.id("doc-title")).sendKeys(title);
				browser.driver.findElement(By.id("doc-publisher")).sendKeys("ZZ Test Desk");
				browser.driver.executeScript("arguments[0].value = '2025-11-21'", browser.driver.findElement(By.id("doc-published")));
				browser.driver.findElement(By.id("doc-published-basis")).sendKeys("The dateline gives the date.");
				browser.driver.findElement(By.id("doc-text")).sendKeys(article);
				browser.driver.findElement(By.id("login-user")).sendKeys("zz-test-writer");
				browser.driver.findElement(By.id("login-password")).sendKeys("zz-test-writer-password", Keys.ENTER);
				browser.wait.until(d -> d.findElement(By.id("review")).isDisplayed());

				int start = article.indexOf(quote);
				browser.driver.executeScript(SELECT_TEXT, browser.driver.findElement(By.id("review-text")), start, start + quote.length());
				WebElement make = browser.driver.findElement(By.id("claim-from-selection"));
				browser.wait.until(d -> make.isEnabled());
				make.click();
				String prefix = "candidate-" + browser.driver.findElements(By.cssSelector("#candidates li.candidate")).size();
				type(browser.driver.findElement(By.id(prefix + "-holder")), "turkey");
				new Select(browser.driver.findElement(By.id(prefix + "-relation"))).selectByValue("SUPPORTS");
				type(browser.driver.findElement(By.id(prefix + "-target")), "isf");
				new Select(browser.driver.findElement(By.id(prefix + "-certainty"))).selectByValue("stated");

				browser.driver.findElement(By.id("save")).click();
				browser.wait.until(d -> d.findElement(By.id("save-result")).getText().startsWith("Saved"));
				assertThat(browser.driver.findElement(By.id("save-result")).getText()).startsWith("Saved " + made + ": 1 claims");
				assertThat(api.get("/api/sources/" + made).status()).isEqualTo(200);
				// the claim's id is made from the document's id the server chose, and its source is that document
				assertThat(neo4j.query("MATCH (:Source {id: $id})<-[:EVIDENCED_BY]-(c:Claim) RETURN c.id").bind(made).to("id")
					.fetchAs(String.class).all()).containsExactly("zz-test-desk-2025-turkey-supports-isf");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("add-document-made-id-failure.png"));
				throw ex;
			}
		}
	}

	/** Selects text[start, end) of a container that holds the text and nothing else, as a mouse drag would. */
	static final String SELECT_TEXT = """
			const [container, start, end] = arguments;
			const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			let seen = 0;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const length = node.textContent.length;
			  if (seen <= start && start <= seen + length) range.setStart(node, start - seen);
			  if (seen <= end && end <= seen + length) { range.setEnd(node, end - seen); break; }
			  seen += length;
			}
			const selection = window.getSelection();
			selection.removeAllRanges();
			selection.addRange(range);
			document.dispatchEvent(new Event('selectionchange'));
			""";
}
