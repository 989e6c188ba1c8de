package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Neo4j Browser as the app serves it: its files at /browser/, the discovery answer at / that points it at the app's
 * own Bolt endpoint, and, in a real headless Chromium, the Browser connecting by itself, opening the Stancegraph
 * guide, reading and failing to write; and a page of another origin that tries the app's endpoint and the embedded
 * Bolt port and gets nothing from either.
 */
@StancegraphIntegrationTest
class NeoBrowserTest {

	private static final Path SCREENSHOT = Path.of("target/browser/neo4j-browser.png");

	private static final String QUERY = "MATCH (c:Claim) RETURN count(c) AS claims";

	private static final String WRITE = "CREATE (:ZzTestBrowser {id: 'zz-test-browser'})";

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
	void browserRedirectsToItsFolderWhichServesNeo4jBrowserWithTheConnectScriptFirst() throws Exception {
		var redirect = get("/browser", "text/html");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(URI.create(base()).resolve(redirect.headers().firstValue("Location").orElseThrow()))
			.isEqualTo(URI.create(base() + "/browser/"));

		var index = get("/browser/", "text/html");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		String policy = index.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "connect-src 'self' http://localhost:" + port,
				"ws://127.0.0.1:" + port);
		assertThat(policy).as("the page never talks to the embedded Bolt port").doesNotContain(":" + bolt.port());
		assertThat(index.body()).contains("<title>Neo4j Browser</title>", "<div id=\"mount\"></div>");

		// the scripts it names, relative to /browser/: the app's connect script before the Browser's own
		var scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(index.body()).results()
			.map(m -> m.group(1))
			.toList();
		assertThat(scripts).first().isEqualTo(BrowserPageController.CONNECT_SCRIPT);
		assertThat(scripts).anySatisfy(src -> assertThat(src).startsWith("app-"));
		for (String src : scripts) {
			var script = get("/browser/" + src, "*/*");
			assertThat(script.statusCode()).as(src).isEqualTo(200);
			assertThat(script.headers().firstValue("Content-Type").orElseThrow()).as(src).contains("javascript");
		}
		assertThat(get("/browser/" + BrowserPageController.CONNECT_SCRIPT, "*/*").body())
			.as("no secret in the page").doesNotContain(bolt.password());
	}

	@Test
	void rootAnswersNeo4jDiscoveryWithTheAppsOwnAddress() throws Exception {
		var response = get("/", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		Map<String, Object> discovery = JsonParserFactory.getJsonParser().parseMap(response.body());
		assertThat(discovery).containsEntry("bolt_direct", "bolt://127.0.0.1:" + port)
			.containsEntry("neo4j_edition", "community");
		assertThat(discovery.get("neo4j_version")).asString().matches("\\d+\\.\\d+.*");
	}

	@Test
	void neo4jBrowserConnectsByItselfOpensTheGuideReadsAndCannotWrite() throws Exception {
		ChromiumBrowser.assumeInstalled();
		String expectedClaims;
		try (var session = neo4j.session()) {
			expectedClaims = Long.toString(session.run(QUERY).single().get("claims").asLong());
		}

		try (var browser = ChromiumBrowser.start()) {
			try {
				// one visit: connected with no form, and the Stancegraph guide open
				browser.openConnected(base() + "/browser/");
				By drawer = By.cssSelector("[data-testid='guidesDrawer']");
				WebElement guide = browser.wait.until(d -> ChromiumBrowser.displayed(d, drawer));
				browser.wait.until(d -> guide.getText().contains("Stancegraph and its model"));

				browser.run(QUERY);
				WebElement result = browser.awaitFrame(command -> command.contains(QUERY),
						contents -> contents.lines().anyMatch(expectedClaims::equals));
				assertThat(result.findElement(ChromiumBrowser.FRAME_CONTENTS).getText().lines())
					.contains("claims", expectedClaims);
				assertThat(result.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isEmpty();
				browser.saveScreenshot(SCREENSHOT);

				browser.run(WRITE);
				WebElement refused = browser.awaitFrame(command -> command.contains("ZzTestBrowser"),
						contents -> contents.contains("read access mode"));
				assertThat(refused.findElements(By.cssSelector("[data-testid='cypherFrameErrorMessage']"))).isNotEmpty();
				try (var session = neo4j.session()) {
					assertThat(session.run("MATCH (n:ZzTestBrowser) RETURN count(n) AS n").single().get("n").asLong()).isZero();
				}

				// Nothing but the app (the guide under its other loopback name): Bolt goes through the app's own port, and
				// what Neo4j Browser 5.24 hard-wires (Google Fonts, Sentry, Segment, Canny) is blocked by the page's
				// Content-Security-Policy.
				assertThat(browser.hostsContactedOutside(Set.of("127.0.0.1:" + port, "localhost:" + port))).isEmpty();
			}
			catch (RuntimeException | AssertionError ex) {
				browser.report(SCREENSHOT);
				throw ex;
			}
		}
	}

	/**
	 * A page served from another origin (another port on loopback) opens a WebSocket to the app's Bolt endpoint (refused
	 * in the handshake: wrong Origin) and to the embedded Bolt port, where it speaks Bolt by hand: HELLO without a
	 * password is refused, and so is the CREATE after it (or it is ignored, or the connection closed first).
	 */
	@Test
	void aPageOfAnotherOriginCanNeitherReadNorWrite() throws Exception {
		ChromiumBrowser.assumeInstalled();
		HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] page = ("<!doctype html><title>running</title><script>" + CROSS_ORIGIN_SCRIPT + "</script>")
			.replace("APP_PORT", Integer.toString(port))
			.replace("BOLT_PORT", Integer.toString(bolt.port()))
			.getBytes(StandardCharsets.UTF_8);
		other.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		other.start();
		try (var browser = ChromiumBrowser.start()) {
			browser.driver.get("http://localhost:" + other.getAddress().getPort() + "/");
			String outcome = browser.wait.until(d -> d.getTitle().startsWith("{") ? d.getTitle() : null);
			Map<String, Object> result = JsonParserFactory.getJsonParser().parseMap(outcome);
			assertThat(result).as(outcome)
				.containsEntry("app", "refused")
				.containsEntry("boltHello", "FAILURE")
				.hasEntrySatisfying("boltRun", run -> assertThat(run).isIn("not run", "refused"));
			try (var session = neo4j.session()) {
				assertThat(session.run("MATCH (n:ZzTestCrossOrigin) RETURN count(n) AS n").single().get("n").asLong()).isZero();
			}
		}
		finally {
			other.stop(0);
		}
	}

	/**
	 * The attacker's page: a WebSocket to each door. Bolt by hand: the handshake proposing 5.0 and 4.4, HELLO with
	 * {@code scheme: none} (both versions take the login in HELLO), then RUN of a CREATE and PULL.
	 */
	private static final String CROSS_ORIGIN_SCRIPT = """
			const result = {};
			const str = s => { const b = new TextEncoder().encode(s); return [0x80 | b.length, ...b]; };
			const map = o => { const e = Object.entries(o); return [0xA0 | e.length, ...e.flatMap(([k, v]) =>
			  [...str(k), ...(typeof v === 'string' ? str(v) : map(v))])]; };
			const msg = (sig, ...fields) => { const body = [0xB0 | fields.length, sig, ...fields.flat()];
			  return [body.length >> 8, body.length & 0xFF, ...body, 0, 0]; };
			const finish = () => { if ('app' in result && 'boltRun' in result) document.title = JSON.stringify(result); };
			const app = new WebSocket('ws://127.0.0.1:APP_PORT/');
			app.onopen = () => { result.app = 'opened'; app.close(); finish(); };
			app.onerror = () => { result.app = result.app || 'refused'; finish(); };
			const bolt = new WebSocket('ws://127.0.0.1:BOLT_PORT/');
			bolt.binaryType = 'arraybuffer';
			let stage = 'handshake';
			bolt.onopen = () => bolt.send(new Uint8Array([0x60, 0x60, 0xB0, 0x17, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
			bolt.onmessage = event => {
			  const bytes = new Uint8Array(event.data);
			  if (stage === 'handshake') {
			    stage = 'hello';
			    bolt.send(new Uint8Array([
			      ...msg(0x01, map({ user_agent: 'cross-origin/1.0', scheme: 'none' })),
			      ...msg(0x10, str('CREATE (:ZzTestCrossOrigin)'), [0xA0], [0xA0]),
			      ...msg(0x3F, [0xA1, ...str('n'), 0xFF])])); // PULL {n: -1}
			    return;
			  }
			  // replies: SUCCESS 0x70, FAILURE 0x7F, IGNORED 0x7E, RECORD 0x71 (tag after a 2-byte size and the marker)
			  for (let i = 0; i + 3 < bytes.length; ) {
			    const size = (bytes[i] << 8) | bytes[i + 1];
			    if (size === 0) { i += 2; continue; }
			    const tag = bytes[i + 3];
			    const name = { 0x70: 'SUCCESS', 0x7F: 'FAILURE', 0x7E: 'IGNORED', 0x71: 'RECORD' }[tag] || String(tag);
			    if (!('boltHello' in result)) result.boltHello = name;
			    else if (!('boltRun' in result)) result.boltRun = { IGNORED: 'not run', FAILURE: 'refused' }[name] || name;
			    i += 2 + size;
			  }
			  finish();
			};
			bolt.onclose = () => { result.boltHello = result.boltHello || 'closed';
			  result.boltRun = result.boltRun || 'not run'; finish(); };
			""";

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
