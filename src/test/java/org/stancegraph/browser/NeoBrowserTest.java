package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Neo4j Browser as the app serves it: its files at /browser/, the discovery answer at / that points it at the
 * embedded Bolt port, and, in a real headless Chromium, the Browser connecting over Bolt-over-WebSocket and
 * running a query.
 */
@StancegraphIntegrationTest
class NeoBrowserTest {

	private static final Path SCREENSHOT = Path.of("target/browser/neo4j-browser.png");

	private static final String QUERY = "MATCH (c:Claim) RETURN count(c) AS claims";

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
		ChromiumBrowser.assumeInstalled();
		String expectedClaims;
		try (var session = neo4j.session()) {
			expectedClaims = Long.toString(session.run(QUERY).single().get("claims").asLong());
		}

		try (var browser = ChromiumBrowser.start()) {
			try {
				// Discovery (GET / as JSON) filled the connect form in with the embedded Bolt address.
				browser.openAndAwaitConnectForm(base() + "/browser/", bolt);
				WebDriver driver = browser.driver;
				assertThat(new Select(driver.findElement(By.cssSelector("[data-testid='bolt-scheme-select']")))
					.getFirstSelectedOption().getText()).isEqualTo("bolt://");
				assertThat(driver.findElements(ChromiumBrowser.DATABASE_ICON_CONNECTED)).isEmpty();

				browser.connectWithoutAuthentication();
				browser.run(QUERY);

				// Its frame: the query, and a table with the column and the count the database has.
				WebElement result = browser.awaitFrame(command -> command.contains(QUERY),
						contents -> contents.lines().anyMatch(expectedClaims::equals));
				assertThat(result.findElement(ChromiumBrowser.FRAME_CONTENTS).getText().lines())
					.contains("claims", expectedClaims);
				assertThat(result.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isEmpty();
				browser.saveScreenshot(SCREENSHOT);

				// Nothing but the app and the embedded Bolt port: what Neo4j Browser 5.24 hard-wires (Google Fonts,
				// Sentry, Segment, Canny) is blocked by the app's Content-Security-Policy before it leaves the page.
				assertThat(browser.hostsContactedOutside(Set.of("127.0.0.1:" + port, bolt.host() + ":" + bolt.port())))
					.isEmpty();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOT);
				throw ex;
			}
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
