package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The explorer's other views in a real headless Chromium, each compared with the API answer it shows: an actor's
 * timeline on a date axis with its backers and speakers, the neighbourhood graph drawn by Cytoscape.js (clicked where
 * it drew a node and an edge), the "as of" slider re-asking every view, the "Open in Neo4j Browser" links (opened in
 * the Browser, run, and answering), accessibility (axe-core on every view) and a laptop-sized window. Screenshots in
 * target/explorer/.
 */
@StancegraphIntegrationTest
class ExplorerViewsTest {

	static final Path SCREENSHOTS = ExplorerTest.SCREENSHOTS;

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

	/** Waits until the page has rendered the route it was sent to (the page marks it on the body when done). */
	static void awaitRoute(ChromiumBrowser browser, String hash) {
		browser.wait.until(d -> hash.equals(d.findElement(By.tagName("body")).getDomAttribute("data-shown")));
	}

	static List<String> attributes(ChromiumBrowser browser, String css, String attribute) {
		return browser.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
	}

	@Test
	void anActorsStancesOnADateAxisWithItsBackersAndSpeakers() throws Exception {
		ChromiumBrowser.assumeInstalled();
		JsonNode stances = api("/api/actors/hamas/stances?limit=1000");
		List<String> claimIds = ApiClient.ids(stances.get("stances"), "/claimId");
		List<String> backers = ApiClient.ids(api("/api/targets/hamas/positions?relation=BACKS&limit=1000").at("/by/BACKS"), "/actor/id");
		List<String> speakers = ApiClient.ids(api("/api/entities/hamas").get("speakers"), "/id");
		assertThat(claimIds).isNotEmpty();
		assertThat(backers).containsExactly("iran", "qatar", "turkey");
		assertThat(speakers).isNotEmpty();

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/#/entity/hamas");
				awaitRoute(browser, "#/entity/hamas");
				// one dot per claim, in date order, further right the later it was said
				assertThat(attributes(browser, "#timeline-chart a.dot", "data-claim")).isEqualTo(claimIds);
				List<Double> x = browser.driver.findElements(By.cssSelector("#timeline-chart a.dot circle")).stream()
					.map(c -> Double.parseDouble(c.getDomAttribute("cx"))).toList();
				List<String> dates = ApiClient.ids(stances.get("stances"), "/date");
				for (int i = 1; i < x.size(); i++) {
					if (dates.get(i).compareTo(dates.get(i - 1)) > 0) {
						assertThat(x.get(i)).as("claim %d said after claim %d", i, i - 1).isGreaterThan(x.get(i - 1));
					}
				}
				assertThat(browser.driver.findElement(By.id("stance-list")).findElements(By.tagName("li"))).hasSize(claimIds.size());
				assertThat(entityIds(browser, "#entity-related .backers a")).isEqualTo(backers);
				assertThat(entityIds(browser, "#entity-related .speakers a")).isEqualTo(speakers);
				scrollTo(browser, "timeline");
				browser.saveScreenshot(SCREENSHOTS.resolve("actor-view.png"));

				// a dot leads to the evidence of that claim's actor on its target
				JsonNode first = stances.get("stances").get(0);
				String target = first.at("/target/id").asString();
				browser.driver.findElement(By.cssSelector("#timeline-chart a.dot[data-claim='" + first.get("claimId").asString() + "']")).click();
				awaitRoute(browser, "#/entity/" + target + "/evidence/hamas");
				assertThat(quotesShown(browser)).containsAll(quotes(api("/api/evidence?actor=hamas&target=" + target + "&limit=100")));
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("actor-view-failure.png"));
				throw ex;
			}
		}
	}

	@Test
	void theNeighbourhoodGraphIsDrawnColouredAndLeadsToTheEvidence() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String target = ExplorerTest.TARGET;
		JsonNode graph = api("/api/entities/" + target + "/neighbourhood");
		List<String> nodes = ApiClient.ids(graph.get("nodes"), "/id");
		List<String> edges = ApiClient.stream(graph.get("edges"))
			.map(e -> e.get("from").asString() + " " + e.get("relation").asString() + " " + e.get("to").asString()).toList();
		assertThat(edges).contains("israel OPPOSES " + target, "turkey OFFERS_TROOPS isf");

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/#/entity/" + target);
				awaitRoute(browser, "#/entity/" + target);
				WebElement canvas = browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#graph-canvas[data-nodes]")));
				// Cytoscape drew exactly the API's nodes and edges; the list beside it says the same
				assertThat(script(browser, "return document.getElementById('graph-canvas').cytoscape.nodes().map(n => n.id())"))
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(nodes);
				assertThat(script(browser, "return document.getElementById('graph-canvas').cytoscape.edges().map(e => e.id())"))
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(edges);
				assertThat(browser.driver.findElements(By.cssSelector("#graph-list a.graph-edge")).stream()
					.map(a -> a.getDomAttribute("data-from") + " " + a.getDomAttribute("data-relation") + " " + a.getDomAttribute("data-to")).toList())
					.isEqualTo(edges);
				// opposition red, support green; a state and a proposition in different colours
				assertThat(style(browser, "edge", "israel OPPOSES " + target, "line-color")).isEqualTo("rgb(164,22,26)");
				assertThat(style(browser, "edge", "turkey OFFERS_TROOPS isf", "line-color")).isEqualTo("rgb(11,107,47)");
				assertThat(style(browser, "node", "israel", "background-color"))
					.isNotEqualTo(style(browser, "node", target, "background-color"));
				scrollTo(browser, "graph");
				browser.saveScreenshot(SCREENSHOTS.resolve("graph.png"));

				// a real click where Cytoscape drew the edge: Israel's evidence on the target
				clickOnCanvas(browser, canvas, "return document.getElementById('graph-canvas').cytoscape.$id(arguments[0]).renderedMidpoint()",
						"israel OPPOSES " + target);
				awaitRoute(browser, "#/entity/" + target + "/evidence/israel");
				assertThat(quotesShown(browser)).containsExactlyInAnyOrderElementsOf(quotes(api("/api/evidence?actor=israel&target=" + target + "&limit=100")));

				// and where it drew a node: that entity's page
				WebElement redrawn = browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#graph-canvas[data-nodes]")));
				clickOnCanvas(browser, redrawn, "return document.getElementById('graph-canvas').cytoscape.$id(arguments[0]).renderedPosition()", "turkey");
				awaitRoute(browser, "#/entity/turkey");
				assertThat(browser.driver.findElement(By.id("entity-title")).getText()).isEqualTo("Turkey");

				// Cytoscape.js came from the app (its webjar), nothing from elsewhere, and the page's
				// Content-Security-Policy stopped nothing the page needed
				assertThat(browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
					.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
				assertThat(browser.hostsContactedOutside(Set.of("localhost:" + port))).isEmpty();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("graph-failure.png"));
				throw ex;
			}
		}
	}

	@Test
	void theAsOfSliderAsksEveryViewAgainForThatDate() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String target = "resolution-2803";
		String date = "2025-11-17";
		String first = api("/api/sources").get("firstClaimDate").asString();
		String last = api("/api/sources").get("lastClaimDate").asString();
		// from the last day back: the first claim may be years earlier ("seized total control of Gaza in 2007")
		int steps = (int) java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(date), java.time.LocalDate.parse(last));

		Map<String, List<String>> allDates = positions(api("/api/targets/" + target + "/positions?limit=1000"));
		Map<String, List<String>> then = positions(api("/api/targets/" + target + "/positions?limit=1000&asOf=" + date));
		assertThat(then).as("the date changes the answer, so the test can tell").isNotEqualTo(allDates);

		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/#/entity/" + target);
				awaitRoute(browser, "#/entity/" + target);
				assertThat(shownPositions(browser)).isEqualTo(allDates);

				// by keyboard: Home is the first day with a claim, End all dates, a Left arrow from there the last day with
				// a claim, each further Left arrow a day earlier
				WebElement slider = browser.driver.findElement(By.id("as-of"));
				slider.sendKeys(Keys.HOME);
				awaitRoute(browser, "#/entity/" + target + "?asOf=" + first);
				slider.sendKeys(Keys.END);
				awaitRoute(browser, "#/entity/" + target);
				slider.sendKeys(Keys.ARROW_LEFT);
				awaitRoute(browser, "#/entity/" + target + "?asOf=" + last);
				for (int i = 0; i < steps; i++) {
					slider.sendKeys(Keys.ARROW_LEFT);
				}
				awaitRoute(browser, "#/entity/" + target + "?asOf=" + date);
				assertThat(browser.driver.findElement(By.id("as-of-value")).getText()).isEqualTo("as of 17 November 2025");
				assertThat(slider.getDomAttribute("aria-valuetext")).isEqualTo("as of 17 November 2025");

				assertThat(shownPositions(browser)).isEqualTo(then);
				assertThat(attributes(browser, "#timeline-chart a.dot", "data-claim"))
					.isEqualTo(ApiClient.ids(api("/api/actors/" + target + "/stances?limit=1000&asOf=" + date).get("stances"), "/claimId"));
				assertThat(browser.driver.findElements(By.cssSelector("#graph-list a.graph-edge"))).hasSize(
						api("/api/entities/" + target + "/neighbourhood?asOf=" + date).get("edges").size());
				// links made on this view keep the date
				assertThat(attributes(browser, "#columns a.actor", "href")).allMatch(href -> href.endsWith("?asOf=" + date));
				assertThat(browser.driver.findElement(By.id("positions-api")).getDomAttribute("href")).endsWith("&asOf=" + date);
				scrollTo(browser, "as-of-note");
				browser.saveScreenshot(SCREENSHOTS.resolve("as-of.png"));

				// the day before the vote the resolution had said nothing: no dots left of the answer before
				slider.sendKeys(Keys.ARROW_LEFT);
				String before = "2025-11-16";
				awaitRoute(browser, "#/entity/" + target + "?asOf=" + before);
				assertThat(api("/api/actors/" + target + "/stances?limit=1000&asOf=" + before).get("stances")).isEmpty();
				assertThat(browser.driver.findElements(By.cssSelector("#timeline-chart a.dot"))).isEmpty();
				assertThat(browser.driver.findElement(By.id("timeline")).isDisplayed()).isFalse();

				// two days later, the question asked at that date answers as the API does then
				slider.sendKeys(Keys.ARROW_RIGHT);
				slider.sendKeys(Keys.ARROW_RIGHT);
				String later = "2025-11-18";
				awaitRoute(browser, "#/entity/" + target + "?asOf=" + later);
				browser.driver.findElement(By.cssSelector("#question-form button[type='submit']")).click();
				String question = "#/backers-opposing/twenty-point-plan/" + ExplorerTest.TARGET + "?asOf=" + later;
				awaitRoute(browser, question);
				List<String> backers = ApiClient.ids(
						api("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=" + ExplorerTest.TARGET + "&asOf=" + later).get("actors"),
						"/actor/id");
				assertThat(backers).containsExactly("israel");
				assertThat(attributes(browser, "#answer-list li.answer-actor", "data-actor")).isEqualTo(backers);
				assertThat(browser.driver.findElement(By.id("answer-title")).getText()).endsWith("(as of 18 November 2025)");

				// "All dates" goes back to everything the sources say
				browser.driver.findElement(By.id("as-of-all")).click();
				awaitRoute(browser, "#/backers-opposing/twenty-point-plan/" + ExplorerTest.TARGET);
				assertThat(browser.driver.findElement(By.id("as-of-value")).getText()).isEqualTo("all dates");
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("as-of-failure.png"));
				throw ex;
			}
		}
	}

	/**
	 * "Open in Neo4j Browser" opens the project's own query file as a one-slide guide, its :param lines set to the
	 * view's values; in the Browser, its two blocks (the parameters, then the query) run and answer with the view's
	 * actors.
	 */
	@Test
	void theNeo4jBrowserLinkOpensTheViewsCypherInTheBrowserWhichAnswersTheSame() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String target = ExplorerTest.TARGET;
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/#/entity/" + target);
				awaitRoute(browser, "#/entity/" + target);
				String href = browser.driver.findElement(By.id("positions-cypher")).getDomAttribute("href");
				assertThat(href).startsWith("/browser/?cmd=guide&arg=");
				assertThat(argument(href)).isEqualTo(base() + "/guide/queries/03_positions_on_target_by_relation/target=" + target);

				browser.openConnected(base() + href);
				By drawer = By.cssSelector("[data-testid='guidesDrawer']");
				WebElement guide = browser.wait.until(d -> ChromiumBrowser.displayed(d, drawer));
				browser.wait.until(d -> guide.getText().contains("Where does everyone stand on a target?"));
				List<WebElement> blocks = guide.findElements(By.cssSelector("pre.runnable"));
				assertThat(blocks).extracting(WebElement::getText).first()
					.isEqualTo(":param target => '" + target + "';\n:param certainty => 'possible';\n:param offset => 0;\n:param limit => 25;");

				blocks.get(0).findElement(By.tagName("i")).click();
				WebElement params = browser.awaitFrame(command -> command.contains(":param target"), contents -> contents.contains(target));
				// the four :param lines run one by one; the query needs them all
				By status = By.cssSelector("[data-testid='multi-statement-list-icon']");
				browser.wait.until(d -> params.findElements(status).size() == 4 && params.findElements(status).stream()
					.allMatch(icon -> "Status: success".equals(icon.getDomAttribute("title"))));
				blocks.get(1).findElement(By.tagName("i")).click();
				// the API's own text: Israel's edge to the target with its two source documents
				WebElement result = browser.awaitFrame(command -> command.contains("MATCH (:Entity {id: $target})<-[r:"),
						contents -> contents.contains("Israel") && contents.contains("fdd-israel-opposes-turkish-participation-in-isf"));
				assertThat(result.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isEmpty();
				assertThat(result.findElement(ChromiumBrowser.FRAME_CONTENTS).getText()).contains("OPPOSES");
				browser.saveScreenshot(SCREENSHOTS.resolve("neo4j-browser-link.png"));
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("neo4j-browser-link-failure.png"));
				throw ex;
			}
		}
	}

	/** Every view's link names a query file that exists, with values the guide accepts. */
	@Test
	void everyViewLinksToAGuideOfAQueryFile() throws Exception {
		ChromiumBrowser.assumeInstalled();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			String target = ExplorerTest.TARGET;
			Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
			expected.put("#/entity/hamas", List.of("03_positions_on_target_by_relation/target=hamas",
					"04_actor_stances_timeline/actor=hamas", "16_neighbourhood_graph/center=hamas"));
			expected.put("#/entity/hamas?asOf=2025-11-10", List.of("32_positions_as_of/target=hamas,asOf=2025-11-10",
					"36_actor_stances_as_of/actor=hamas,asOf=2025-11-10", "37_neighbourhood_as_of/center=hamas,asOf=2025-11-10"));
			expected.put("#/entity/" + target + "/evidence/israel", List.of("03_positions_on_target_by_relation/target=" + target,
					"16_neighbourhood_graph/center=" + target,
					"38_evidence_of_actor_on_target/actor=israel,target=" + target + ",asOf=2025-11-19"));
			expected.put("#/entity/" + target + "/evidence/israel?asOf=2025-11-10", List.of("32_positions_as_of/target=" + target + ",asOf=2025-11-10",
					"37_neighbourhood_as_of/center=" + target + ",asOf=2025-11-10",
					"38_evidence_of_actor_on_target/actor=israel,target=" + target + ",asOf=2025-11-10"));
			expected.put("#/backers-opposing/twenty-point-plan/" + target, List.of(
					"01_backers_of_resolution_opposing_turkish_participation/backing=twenty-point-plan,opposing=" + target));
			expected.put("#/backers-opposing/twenty-point-plan/" + target + "?asOf=2025-11-18", List.of(
					"35_backers_opposing_as_of/backing=twenty-point-plan,opposing=" + target + ",asOf=2025-11-18"));
			List<String> guides = new ArrayList<>();
			expected.forEach((hash, files) -> {
				browser.driver.get(base() + "/" + hash);
				awaitRoute(browser, hash);
				List<String> shown = browser.driver.findElements(By.cssSelector("a[href^='/browser/?cmd=guide']")).stream()
					.filter(WebElement::isDisplayed)
					.map(link -> argument(link.getDomAttribute("href")).substring(base().length()))
					.toList();
				assertThat(shown).as(hash).containsExactlyInAnyOrderElementsOf(files.stream().map(f -> "/guide/queries/" + f).toList());
				guides.addAll(shown);
			});
			for (String guide : guides) {
				var page = new ApiClient(port).get(guide, "text/html");
				assertThat(page.status()).as(guide).isEqualTo(200);
				assertThat(page.text()).as(guide).contains("<pre class=\"code runnable\">:param ");
			}
		}
	}

	/** A route the API refuses says so and leaves nothing of the view before on screen; an impossible date is no date. */
	@Test
	void aBadRouteSaysWhatIsWrongAndShowsNothingElse() throws Exception {
		ChromiumBrowser.assumeInstalled();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			browser.driver.get(base() + "/#/entity/isf");
			awaitRoute(browser, "#/entity/isf");
			assertThat(browser.driver.findElement(By.id("entity")).isDisplayed()).isTrue();
			for (String hash : List.of("#/entity/nobody", "#/entity/%E0", "#/entity/isf/evidence/nobody")) {
				browser.driver.get(base() + "/" + hash);
				awaitRoute(browser, hash);
				assertThat(browser.driver.findElement(By.id("status")).getText()).as(hash).startsWith("Could not load this view: ");
				assertThat(browser.driver.findElements(By.cssSelector("main > section:not([hidden])")).stream()
					.map(e -> e.getDomAttribute("id")).toList()).as(hash).containsExactly("question");
				assertThat(browser.driver.getTitle()).isEqualTo("Stancegraph explorer");
			}
			browser.driver.get(base() + "/#/entity/isf?asOf=2025-02-30");
			awaitRoute(browser, "#/entity/isf?asOf=2025-02-30");
			assertThat(browser.driver.findElement(By.id("as-of-value")).getText()).isEqualTo("all dates");
			assertThat(browser.driver.findElement(By.id("positions-api")).getDomAttribute("href")).doesNotContain("asOf");
		}
	}

	/**
	 * By keyboard alone: Tab to Ask and press Enter for the example question's answer; then from a target's page, Tab
	 * to Israel among the opponents, Enter for its evidence, Tab to "Read it in …", Enter for the quote in its source.
	 */
	@Test
	void theQuestionAndTheEvidenceByKeyboardAlone() throws Exception {
		ChromiumBrowser.assumeInstalled();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			try {
				browser.driver.get(base() + "/");
				awaitRoute(browser, "");
				tabTo(browser, "#question-form button[type='submit']", 20).sendKeys(Keys.ENTER);
				awaitRoute(browser, "#/backers-opposing/twenty-point-plan/" + ExplorerTest.TARGET);
				assertThat(attributes(browser, "#answer-list li.answer-actor", "data-actor")).contains("israel");

				browser.driver.get(base() + "/#/entity/" + ExplorerTest.TARGET);
				awaitRoute(browser, "#/entity/" + ExplorerTest.TARGET);
				tabTo(browser, "#columns a.actor[data-actor='israel']", 60).sendKeys(Keys.ENTER);
				awaitRoute(browser, "#/entity/" + ExplorerTest.TARGET + "/evidence/israel");
				// the focus moved to the evidence: the next Tab is its first "Read it in …"
				assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("evidence-title");
				tabTo(browser, "#evidence-list button.read-source", 1).sendKeys(Keys.ENTER);
				browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#source-text mark")));
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOTS.resolve("keyboard-failure.png"));
				throw ex;
			}
		}
	}

	/** Presses Tab until the element matching {@code css} has the focus, at most {@code presses} times; returns it. */
	static WebElement tabTo(ChromiumBrowser browser, String css, int presses) {
		WebElement target = browser.driver.findElement(By.cssSelector(css));
		for (int i = 0; i < presses; i++) {
			if (target.equals(browser.driver.switchTo().activeElement())) {
				return target;
			}
			new Actions(browser.driver).sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.driver.switchTo().activeElement()).as("%s reached by Tab within %d presses", css, presses).isEqualTo(target);
		return target;
	}

	/**
	 * axe-core (WCAG 2 A and AA rules) finds nothing on any of ten views, in a laptop-sized window (1366×768) where no view
	 * scrolls sideways.
	 */
	@Test
	void everyViewPassesAnAccessibilityCheckOnALaptopScreen() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String axe = axeSource();
		try (ChromiumBrowser browser = ChromiumBrowser.start()) {
			browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
			List<String> problems = new ArrayList<>();
			for (String hash : List.of("#/", "#/search/T%C3%BCrkiye", "#/search/PIJ", "#/entity/hamas", "#/entity/" + ExplorerTest.TARGET + "/evidence/israel",
					"#/entity/resolution-2803?asOf=2025-11-16", "#/backers-opposing/twenty-point-plan/" + ExplorerTest.TARGET,
					"#/alignment/resolution-2803,isf", "#/alignment/pair/israel/united-states", "#/changes/2025-11-10?asOf=2025-11-18")) {
				browser.driver.get(base() + "/" + hash);
				awaitRoute(browser, hash);
				if (hash.equals("#/search/PIJ")) {
					// an abbreviation is an alias too
					assertThat(browser.driver.findElements(By.cssSelector("#result-list a[href='#/entity/palestinian-islamic-jihad']"))).hasSize(1);
				}
				if (hash.contains("/evidence/")) {
					browser.driver.findElement(By.cssSelector("#evidence-list button.read-source")).click();
					browser.wait.until(d -> ChromiumBrowser.displayed(d, By.cssSelector("#source-text mark")));
				}
				browser.driver.findElements(By.cssSelector("details")).forEach(d -> {
					if (d.isDisplayed()) {
						d.findElement(By.tagName("summary")).click();
					}
				});
				problems.addAll(axeViolations(browser, axe).stream().map(v -> hash + ": " + v).toList());
				Object sideways = browser.driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
				if (Boolean.TRUE.equals(sideways)) {
					problems.add(hash + ": the page scrolls sideways at 1366 px");
				}
			}
			assertThat(problems).isEmpty();
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	static String argument(String href) {
		Matcher arg = Pattern.compile("[?&]arg=([^&]*)").matcher(href);
		assertThat(arg.find()).as(href).isTrue();
		assertThat(href).startsWith("/browser/?cmd=guide&arg=");
		return URLDecoder.decode(arg.group(1), StandardCharsets.UTF_8);
	}

	static String axeSource() throws IOException {
		String path = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
		try (InputStream in = ExplorerViewsTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String axeVersion() throws IOException {
		try (InputStream in = ExplorerViewsTest.class.getClassLoader()
			.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			var properties = new java.util.Properties();
			properties.load(Objects.requireNonNull(in, "axe-core webjar on the test classpath"));
			return properties.getProperty("version");
		}
	}

	/** Runs axe-core in the page (injected by WebDriver, which the page's Content-Security-Policy does not govern). */
	@SuppressWarnings("unchecked")
	static List<String> axeViolations(ChromiumBrowser browser, String axe) {
		browser.driver.executeScript(axe);
		Map<String, Object> result = (Map<String, Object>) browser.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) })) }))
				  .catch(e => done({ passes: 0, violations: [{ id: 'axe-error', help: String(e), nodes: [] }] }));
				""");
		// axe did run its rules: some passed (colour contrast, labels, names...)
		assertThat(((Number) result.get("passes")).intValue()).isGreaterThan(5);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
		return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes")).toList();
	}

	/** Brings a section to the top of the window, for a screenshot of it. */
	static void scrollTo(ChromiumBrowser browser, String id) {
		script(browser, "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
	}

	static Object script(ChromiumBrowser browser, String script, Object... arguments) {
		return browser.driver.executeScript(script, arguments);
	}

	static String style(ChromiumBrowser browser, String group, String id, String property) {
		return String.valueOf(script(browser, "return document.getElementById('graph-canvas').cytoscape.$id(arguments[0]).style(arguments[1])",
				id, property)).replace(" ", "");
	}

	/** Clicks the canvas at a point Cytoscape reports (rendered coordinates, from the canvas's top left corner). */
	@SuppressWarnings("unchecked")
	static void clickOnCanvas(ChromiumBrowser browser, WebElement canvas, String where, String id) {
		browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
		Map<String, Object> point = (Map<String, Object>) script(browser, where, id);
		int x = (int) Math.round(((Number) point.get("x")).doubleValue());
		int y = (int) Math.round(((Number) point.get("y")).doubleValue());
		var size = canvas.getSize();
		new Actions(browser.driver).moveToElement(canvas, x - size.getWidth() / 2, y - size.getHeight() / 2).click().perform();
	}

	static List<String> entityIds(ChromiumBrowser browser, String css) {
		return browser.driver.findElements(By.cssSelector(css)).stream()
			.map(a -> a.getDomAttribute("href").replaceFirst("^#/entity/", "").replaceFirst("\\?.*$", "")).toList();
	}

	static List<String> quotes(JsonNode evidence) {
		return ApiClient.stream(evidence.get("items")).map(i -> i.get("quote").asString().replaceAll("\\s+", " ").strip()).toList();
	}

	static List<String> quotesShown(ChromiumBrowser browser) {
		return browser.wait.until(d -> {
			List<String> texts = d.findElements(By.cssSelector("#evidence-list blockquote")).stream().map(WebElement::getText).toList();
			return texts.isEmpty() ? null : texts;
		});
	}

	/** Actor ids by relation, as the API gives them. */
	static Map<String, List<String>> positions(JsonNode answer) {
		Map<String, List<String>> by = new java.util.TreeMap<>();
		answer.get("by").properties().forEach(e -> by.put(e.getKey(), ApiClient.ids(e.getValue(), "/actor/id")));
		return by;
	}

	/** Actor ids by relation, as the page's columns show them. */
	static Map<String, List<String>> shownPositions(ChromiumBrowser browser) {
		Map<String, List<String>> by = new java.util.TreeMap<>();
		browser.driver.findElements(By.cssSelector("#columns a.actor")).forEach(a ->
				by.computeIfAbsent(a.getDomAttribute("data-relation"), r -> new ArrayList<>()).add(a.getDomAttribute("data-actor")));
		return by;
	}
}
