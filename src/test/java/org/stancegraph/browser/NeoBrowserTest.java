package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Neo4j Browser as the app serves it: its files at /browser/, the discovery answer at / that points it at the
 * embedded Bolt port, and, in a real headless Chromium, the Browser connecting over Bolt-over-WebSocket and
 * running a query.
 */
@StancegraphIntegrationTest
class NeoBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOT = Path.of("target/browser/neo4j-browser.png");

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static final String QUERY = "MATCH (c:Claim) RETURN count(c) AS claims";

	/** The sidebar's database icon, as Neo4j Browser draws it once connected. */
	private static final By DATABASE_ICON_CONNECTED = By.xpath("//i[contains(concat(' ', @class, ' '), ' check ')]"
			+ "[.//*[local-name()='title' and text()='Database']]");


	/** Host and port of an http(s) or ws(s) URL (the port may be left to the scheme's default). */
	private static final Pattern AUTHORITY = Pattern.compile("(?i)[a-z]+://(?:[^@/?#]*@)?([^/:?#]+)(?::(\\d+))?");

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedBolt bolt;

	@Autowired
	Driver neo4j;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void browserRedirectsToItsFolderWhichServesNeo4jBrowser() throws Exception {
		var redirect = get("/browser", "text/html");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(URI.create(base()).resolve(redirect.headers().firstValue("Location").orElseThrow()))
			.isEqualTo(URI.create(base() + "/browser/"));

		var index = get("/browser/", "text/html");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("default-src 'self'", "connect-src 'self' ws://" + bolt.host() + ":" + bolt.port());
		assertThat(index.body()).contains("<title>Neo4j Browser</title>", "<div id=\"mount\"></div>");

		// and the scripts it names, relative to /browser/
		var scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(index.body()).results()
			.map(m -> m.group(1))
			.toList();
		assertThat(scripts).isNotEmpty().anySatisfy(src -> assertThat(src).startsWith("app-"));
		for (String src : scripts) {
			var script = get("/browser/" + src, "*/*");
			assertThat(script.statusCode()).as(src).isEqualTo(200);
			assertThat(script.headers().firstValue("Content-Type").orElseThrow()).as(src).contains("javascript");
		}
	}

	@Test
	void rootAnswersNeo4jDiscoveryWithTheEmbeddedBoltAddress() throws Exception {
		var response = get("/", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		Map<String, Object> discovery = JsonParserFactory.getJsonParser().parseMap(response.body());
		assertThat(discovery).containsEntry("bolt_direct", bolt.uri()).containsEntry("neo4j_edition", "community");
		assertThat(discovery.get("neo4j_version")).asString().matches("\\d+\\.\\d+.*");
	}

	@Test
	void neo4jBrowserInChromiumConnectsToTheEmbeddedBoltAndRunsAQuery() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Neo4j Browser e2e test skipped: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) to run it");
		String expectedClaims;
		try (var session = neo4j.session()) {
			expectedClaims = Long.toString(session.run(QUERY).single().get("claims").asLong());
		}

		Path profile = Files.createTempDirectory("neo4j-browser-chromium");
		ChromeDriver driver;
		try {
			driver = startChromium(profile);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile);
			throw ex;
		}
		try {
			var wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
			wait.ignoring(StaleElementReferenceException.class);
			driver.get(base() + "/browser/");

			// Discovery (GET / as JSON) filled the connect form in with the embedded Bolt address.
			WebElement address = wait.until(d -> displayed(d, By.cssSelector("[data-testid='boltaddress']")));
			wait.until(d -> address.getDomProperty("value").equals(bolt.host() + ":" + bolt.port()));
			assertThat(new Select(driver.findElement(By.cssSelector("[data-testid='bolt-scheme-select']")))
				.getFirstSelectedOption().getText()).isEqualTo("bolt://");
			assertThat(driver.findElements(DATABASE_ICON_CONNECTED)).isEmpty();

			// The embedded server runs without auth on loopback: "No authentication", Connect.
			new Select(driver.findElement(By.cssSelector("[data-testid='authenticationMethod']")))
				.selectByVisibleText("No authentication");
			driver.findElement(By.cssSelector("[data-testid='connect']")).click();
			wait.until(d -> displayed(d, DATABASE_ICON_CONNECTED));

			// Type the query into the editor and run it.
			WebElement editor = wait.until(d -> displayed(d, By.cssSelector("[data-testid='activeEditor']")));
			wait.until(d -> !editor.findElements(By.tagName("textarea")).isEmpty());
			editor.click();
			new Actions(driver).sendKeys(QUERY).perform();
			wait.until(d -> editor.getText().contains(QUERY));
			driver.findElement(By.cssSelector("[data-testid='editor-Run']")).click();

			// Its frame: the query, and a table with the column and the count the database has.
			WebElement result = wait.until(d -> d.findElements(By.cssSelector("[data-testid='frame']")).stream()
				.filter(frame -> frame.findElements(By.cssSelector("[data-testid='frameCommand']")).stream()
					.anyMatch(command -> command.getText().contains(QUERY)))
				.filter(frame -> frame.findElements(By.cssSelector("[data-testid='frameContents']")).stream()
					.anyMatch(contents -> contents.getText().lines().anyMatch(expectedClaims::equals)))
				.findFirst()
				.orElse(null));
			assertThat(result.findElement(By.cssSelector("[data-testid='frameContents']")).getText().lines())
				.contains("claims", expectedClaims);
			assertThat(result.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isEmpty();
			saveScreenshot(driver);

			// Nothing but the app and the embedded Bolt port: what Neo4j Browser 5.24 hard-wires (Google Fonts,
			// Sentry, Segment, Canny) is blocked by the app's Content-Security-Policy before it leaves the page.
			Set<String> ours = Set.of("127.0.0.1:" + port, bolt.host() + ":" + bolt.port());
			Set<String> outside = new TreeSet<>();
			for (String url : requestedUrls(driver)) {
				Matcher authority = AUTHORITY.matcher(url);
				assertThat(authority.lookingAt()).as(url).isTrue();
				if (!ours.contains(authority.group(1) + ":" + authority.group(2))) {
					outside.add(authority.group(1));
				}
			}
			assertThat(outside).isEmpty();
		}
		catch (RuntimeException | AssertionError ex) {
			saveScreenshot(driver);
			driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.err.println("console: " + entry));
			throw ex;
		}
		finally {
			driver.quit();
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	private static ChromeDriver startChromium(Path profile) {
		// Both executables are given, so Selenium Manager has nothing to look up or download.
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
					"--window-size=1400,1000",
					// hermetic: loopback only, whatever the machine's network and proxy settings
					"--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		return new ChromeDriver(service, options);
	}

	/** Every http(s) and ws(s) URL the page asked for, from Chromium's DevTools network events. */
	@SuppressWarnings("unchecked")
	private static Set<String> requestedUrls(ChromeDriver driver) {
		// requests the page made, less those its Content-Security-Policy stopped before they were sent
		Map<String, String> urls = new java.util.HashMap<>();
		Set<String> blocked = new java.util.HashSet<>();
		var parser = JsonParserFactory.getJsonParser();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			var message = (Map<String, Object>) parser.parseMap(entry.getMessage()).get("message");
			var params = (Map<String, Object>) message.get("params");
			String id = String.valueOf(params.get("requestId"));
			switch ((String) message.get("method")) {
				case "Network.requestWillBeSent" -> urls.put(id, (String) ((Map<String, Object>) params.get("request")).get("url"));
				case "Network.webSocketCreated" -> urls.put(id, (String) params.get("url"));
				case "Network.loadingFailed" -> {
					if ("csp".equals(params.get("blockedReason"))) {
						blocked.add(id);
					}
				}
				default -> {
				}
			}
		}
		Set<String> sent = new TreeSet<>();
		urls.forEach((id, url) -> {
			if (!blocked.contains(id) && url != null && url.matches("(?i)(https?|wss?)://.*")) {
				sent.add(url);
			}
		});
		return sent;
	}

	private static WebElement displayed(WebDriver driver, By by) {
		return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

	private static void saveScreenshot(ChromeDriver driver) {
		try {
			Files.createDirectories(SCREENSHOT.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("No screenshot: " + ex);
		}
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
