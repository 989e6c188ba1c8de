package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * The Neo4j Browser guide at /guide: its HTML (the model slide, then one slide per file of cypher/queries with the
 * file's :param lines and query as runnable blocks), what lets the Browser fetch it (the server's remote-content
 * allowlist, CORS, the Browser page's Content-Security-Policy), and, in headless Chromium, the Browser opening it
 * with {@code :guide <url>}, paging to a question and running its blocks.
 */
@StancegraphIntegrationTest
class BrowserGuideTest {

	private static final Path QUERIES = Path.of("cypher", "queries");

	private static final Path SCREENSHOT = Path.of("target/browser/guide.png");

	private static final String FIRST_SLIDE_TITLE = "Stancegraph and its model";

	private static final Pattern SLIDE = Pattern.compile("(?s)<slide\\b[^>]*>(.*?)</slide>");

	private static final Pattern RUNNABLE = Pattern.compile("(?s)<pre class=\"code runnable\">(.*?)</pre>");

	private static final Pattern HEADING = Pattern.compile("(?s)<h3>(.*?)</h3>");

	private static final Pattern PARAM = Pattern.compile("^:param\\s+([A-Za-z_]\\w*)\\s*=>\\s*(.+?)\\s*;?\\s*$");

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** A file of cypher/queries as the test reads it: comment, :param lines, the query. */
	record QueryFile(String name, String comment, List<String> params, String query) {

		static QueryFile read(Path path) throws IOException {
			List<String> comment = new ArrayList<>();
			List<String> params = new ArrayList<>();
			List<String> query = new ArrayList<>();
			for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
				if (query.isEmpty() && line.startsWith("//")) {
					comment.add(line.substring(2).strip());
				}
				else if (line.startsWith(":param")) {
					params.add(line.strip());
				}
				else if (!query.isEmpty() || !line.isBlank()) {
					query.add(line);
				}
			}
			String text = String.join("\n", query).strip();
			return new QueryFile(path.getFileName().toString(), String.join(" ", comment), params,
					text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text);
		}
	}

	static List<QueryFile> queryFiles() throws IOException {
		try (Stream<Path> files = Files.list(QUERIES)) {
			List<QueryFile> read = new ArrayList<>();
			for (Path path : files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
				read.add(QueryFile.read(path));
			}
			return read;
		}
	}

	@Test
	void guideIsTheModelSlideThenOneSlidePerQueryFileWithItsParamsAndQueryAsRunnableBlocks() throws Exception {
		var response = get("/guide", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=UTF-8");
		String html = response.body();
		// the name the Browser's Guides sidebar shows
		assertThat(html).contains("<title>Stancegraph</title>");

		List<String> slides = SLIDE.matcher(html).results().map(m -> m.group(1)).toList();
		List<QueryFile> files = queryFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(15);
		assertThat(slides).hasSize(1 + files.size());

		String model = slides.get(0);
		assertThat(title(model)).isEqualTo(FIRST_SLIDE_TITLE);
		assertThat(runnables(model)).first().isEqualTo("CALL db.schema.visualization()");
		assertThat(text(model)).contains(":Entity", "State", "Proposition", ":Claim", ":Source", "claimIds", "sources",
				"condition", "SUPPORTS", "OPPOSES", "BACKS");

		for (int i = 0; i < files.size(); i++) {
			QueryFile file = files.get(i);
			String slide = slides.get(i + 1);
			String title = title(slide);
			// the question the file opens with, as the slide's title, and the rest of its comment below it
			assertThat(title).as(file.name()).isNotBlank();
			assertThat(file.comment()).as(file.name()).startsWith(title.endsWith("?") ? title : title + ":");
			assertThat(text(slide)).as(file.name()).contains("cypher/queries/" + file.name());
			// its :param lines, then its query, each a block the Browser runs as written
			List<String> expected = new ArrayList<>();
			if (!file.params().isEmpty()) {
				expected.add(String.join("\n", file.params()));
			}
			expected.add(file.query());
			assertThat(runnables(slide)).as(file.name()).containsExactlyElementsOf(expected);
		}
		assertThat(title(slides.get(1)))
			.isEqualTo("Which backers of an instrument (SUPPORTS $backing) oppose a proposition (OPPOSES $opposing)?");
	}

	@Test
	void guideLoadsNothingFromAnywhereAndPassesTheBrowsersHtmlCleaningUnchanged() throws Exception {
		String html = get("/guide", "text/html").body();
		// no scripts, styles, images, frames or links: nothing for the Browser to fetch, nothing outside the machine
		assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed",
				"<style", "src=", "href=", "url(", "@import", "://");
		// what Neo4j Browser 5.24 strips from a remote guide before showing it (its cleanHtml): event handler
		// attributes, scripts, javascript: links. A Cypher text that looks like ' on... = x' would lose a piece.
		String cleaned = html.replaceAll("(?i)(\\s+(on[^\\s=]+)[^\\s=]*\\s*=\\s*(\"[^\"]*\"|'[^']*'|[\\w\\-.:]+\\s*))", "")
			.replaceAll("(?i)<script\\b[^<]*(?:(?!</script>)<[^<]*)*(</script>)?", "");
		assertThat(cleaned).isEqualTo(html);
	}

	@Test
	void theModelSlidesQueriesRunOnTheSeedGraph() throws Exception {
		String model = SLIDE.matcher(get("/guide", "text/html").body()).results().findFirst().orElseThrow().group(1);
		List<String> queries = runnables(model);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
		try (var session = neo4j.session()) {
			for (String query : queries) {
				List<Record> rows = session.executeRead(tx -> tx.run(query).list());
				assertThat(rows).as(query).isNotEmpty();
			}
		}
	}

	@Test
	void theBrowserMayFetchTheGuideFromEitherLoopbackName() throws Exception {
		// the server's allowlist, which the Browser reads with CALL dbms.clientConfig()
		try (var session = neo4j.session()) {
			String allowlist = session.run("CALL dbms.clientConfig() YIELD name, value "
					+ "WHERE name = 'browser.remote_content_hostname_whitelist' RETURN value").single().get(0).asString();
			assertThat(allowlist.split("\\s*,\\s*")).contains("localhost", "127.0.0.1");
		}
		// the Browser page's Content-Security-Policy: the app's own port under both names
		assertThat(get("/browser/", "text/html").headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("http://localhost:" + port, "http://127.0.0.1:" + port);
		// CORS: the Browser's fetch carries no-cache headers, so a cross-origin one is preflighted. Cross-origin from
		// here (127.0.0.1 and the app's port): the other loopback name, or a Browser another local server serves.
		for (String origin : List.of("http://localhost:" + port, "http://localhost:7474", "http://127.0.0.1:7474")) {
			var preflight = http.send(HttpRequest.newBuilder(URI.create(base() + "/guide"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "GET")
				.header("Access-Control-Request-Headers", "cache-control,pragma")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(preflight.statusCode()).as(origin).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).hasValue(origin);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
				.as(origin).contains("pragma", "cache-control");
			var guide = http.send(HttpRequest.newBuilder(URI.create(base() + "/guide")).header("Origin", origin).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(guide.statusCode()).isEqualTo(200);
			assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).as(origin).hasValue(origin);
		}
		// and no page elsewhere
		var elsewhere = http.send(HttpRequest.newBuilder(URI.create(base() + "/guide"))
			.header("Origin", "https://example.com").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void neo4jBrowserInChromiumOpensTheGuideAndRunsAQuestionFromIt() throws Exception {
		ChromiumBrowser.assumeInstalled();
		QueryFile question = queryFiles().get(0);
		String expectedCell = firstStringCell(question);

		try (var browser = ChromiumBrowser.start()) {
			try {
				// The page on 127.0.0.1, the guide named by localhost: cross-origin, as a user may well type it.
				browser.openConnected(base() + "/browser/");
				browser.run(":guide http://localhost:" + port + "/guide");

				// The Guides sidebar: the guide's name and its first slide.
				By drawer = By.cssSelector("[data-testid='guidesDrawer']");
				WebElement guide = browser.wait.until(d -> ChromiumBrowser.displayed(d, drawer));
				browser.wait.until(d -> guide.getText().contains(FIRST_SLIDE_TITLE));
				assertThat(guide.getText()).contains("Stancegraph");
				assertThat(guide.findElements(By.cssSelector("pre.runnable")))
					.anySatisfy(pre -> assertThat(pre.getText()).contains("CALL db.schema.visualization()"));

				// Next: the first question, its :param lines and its query.
				guide.findElement(By.cssSelector("[data-testid='guideNextSlide']")).click();
				String title = GuidePage.Question.parse(question.name(), Files.readString(QUERIES.resolve(question.name())))
					.title();
				browser.wait.until(d -> guide.getText().contains(title));
				List<WebElement> blocks = guide.findElements(By.cssSelector("pre.runnable"));
				assertThat(blocks).hasSize(2);

				// Each block's play icon runs it: first the parameters, then the query.
				// (The query must wait until the parameters are set: several :param lines run as a script, one by one.)
				blocks.get(0).findElement(By.tagName("i")).click();
				String firstParam = question.params().get(0);
				WebElement params = browser.awaitFrame(command -> command.contains(firstParam), contents -> true);
				By status = By.cssSelector("[data-testid='multi-statement-list-icon']");
				browser.wait.until(d -> question.params().size() == 1
						? params.findElements(ChromiumBrowser.FRAME_CONTENTS).stream().anyMatch(c -> !c.getText().isBlank())
						: params.findElements(status).size() == question.params().size() && params.findElements(status)
							.stream()
							.allMatch(icon -> "Status: success".equals(icon.getDomAttribute("title"))));
				blocks.get(1).findElement(By.tagName("i")).click();
				String firstLine = question.query().lines().findFirst().orElseThrow();
				WebElement result = browser.awaitFrame(command -> command.contains(firstLine),
						contents -> contents.contains(expectedCell));
				assertThat(result.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isEmpty();
				browser.saveScreenshot(SCREENSHOT);

				// :play <url>, the older form, shows the same slides as a frame in the stream.
				browser.run(":play http://127.0.0.1:" + port + "/guide");
				WebElement play = browser.awaitFrame(command -> command.contains(":play"),
						contents -> contents.contains(FIRST_SLIDE_TITLE));
				assertThat(play.findElements(By.cssSelector("[data-testid='carousel']"))).hasSize(1);

				// nothing but the app: Bolt goes through the app's own port too
				assertThat(browser.hostsContactedOutside(Set.of("127.0.0.1:" + port, "localhost:" + port))).isEmpty();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOT);
				throw ex;
			}
		}
	}

	/**
	 * The first string value of the first row the query gives with its :param values (in a list or map too: the
	 * table shows those as JSON), as a table cell shows it.
	 */
	private String firstStringCell(QueryFile file) {
		try (var session = neo4j.session()) {
			Map<String, Object> params = new LinkedHashMap<>();
			for (String line : file.params()) {
				Matcher m = PARAM.matcher(line);
				assertThat(m.matches()).as(line).isTrue();
				params.put(m.group(1), session.run("RETURN " + m.group(2) + " AS v").single().get("v").asObject());
			}
			var row = session.executeRead(tx -> tx.run(file.query(), params).list()).get(0);
			return row.values().stream()
				.map(BrowserGuideTest::firstString)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElseThrow();
		}
	}

	private static String firstString(Value value) {
		if (value.asObject() instanceof String text) {
			return text;
		}
		if (value.asObject() instanceof List<?> || value.asObject() instanceof Map<?, ?>) {
			for (Value inner : value.values()) {
				String text = firstString(inner);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String title(String slide) {
		Matcher m = HEADING.matcher(slide);
		assertThat(m.find()).as("a slide with an <h3> title").isTrue();
		return text(m.group(1));
	}

	private static List<String> runnables(String slide) {
		return RUNNABLE.matcher(slide).results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
	}

	/** Text of an HTML fragment: tags dropped, entities decoded. */
	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).strip();
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept)
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		assertThat(port).as("@LocalServerPort").isPositive();
		return "http://127.0.0.1:" + port;
	}
}
