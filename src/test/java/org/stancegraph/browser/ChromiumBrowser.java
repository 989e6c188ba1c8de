package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Neo4j Browser in Debian's headless Chromium, driven by its chromedriver (both given by path, so Selenium Manager
 * has nothing to look up or download), hermetic: loopback only. Shared by the Browser tests of this package.
 */
final class ChromiumBrowser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Duration WAIT = Duration.ofSeconds(60);

	/** The sidebar's database icon, as Neo4j Browser draws it once connected. */
	static final By DATABASE_ICON_CONNECTED = By.xpath("//i[contains(concat(' ', @class, ' '), ' check ')]"
			+ "[.//*[local-name()='title' and text()='Database']]");

	static final By FRAME = By.cssSelector("[data-testid='frame']");

	static final By FRAME_COMMAND = By.cssSelector("[data-testid='frameCommand']");

	static final By FRAME_CONTENTS = By.cssSelector("[data-testid='frameContents']");

	/** Host and port of an http(s) or ws(s) URL (the port may be left to the scheme's default). */
	private static final Pattern AUTHORITY = Pattern.compile("(?i)[a-z]+://(?:[^@/?#]*@)?([^/:?#]+)(?::(\\d+))?");

	final ChromeDriver driver;

	final WebDriverWait wait;

	private final Path profile;

	private ChromiumBrowser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Skips the calling test (an assumption, not a failure) when Chromium or chromedriver is not installed. */
	static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Neo4j Browser e2e test skipped: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) to run it");
	}

	static ChromiumBrowser start() throws IOException {
		Path profile = Files.createTempDirectory("neo4j-browser-chromium");
		try {
			var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
						"--window-size=1400,1000",
						// hermetic: loopback only, whatever the machine's network and proxy settings
						"--no-proxy-server",
						"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
			var logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			logs.enable(LogType.PERFORMANCE, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			return new ChromiumBrowser(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile);
			throw ex;
		}
	}

	/**
	 * Opens the Browser page and waits until it has connected by itself, to the app's Bolt endpoint on the page's own
	 * host and port, with no form filled in.
	 */
	void openConnected(String browserUrl) {
		driver.get(browserUrl);
		wait.until(d -> displayed(d, DATABASE_ICON_CONNECTED));
	}

	/** Types a command or query into the editor and runs it with the editor's Run button. */
	void run(String command) {
		WebElement editor = wait.until(d -> displayed(d, By.cssSelector("[data-testid='activeEditor']")));
		wait.until(d -> !editor.findElements(By.tagName("textarea")).isEmpty());
		editor.click();
		new Actions(driver).sendKeys(command).perform();
		wait.until(d -> editor.getText().contains(command));
		driver.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
	}

	/** Waits for a frame in the stream whose command and contents satisfy the predicates. */
	WebElement awaitFrame(Predicate<String> command, Predicate<String> contents) {
		return wait.until(d -> d.findElements(FRAME).stream()
			.filter(frame -> frame.findElements(FRAME_COMMAND).stream().anyMatch(c -> command.test(c.getText())))
			.filter(frame -> frame.findElements(FRAME_CONTENTS).stream().anyMatch(c -> contents.test(c.getText())))
			.findFirst()
			.orElse(null));
	}

	static WebElement displayed(WebDriver driver, By by) {
		return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

	void saveScreenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("No screenshot: " + ex);
		}
	}

	/** After a failure: a screenshot and the page's console, for the test report. */
	void report(Path screenshot) {
		saveScreenshot(screenshot);
		try {
			driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.err.println("console: " + entry));
		}
		catch (RuntimeException ex) {
			System.err.println("No console log: " + ex);
		}
	}

	/**
	 * The hosts the page sent requests to, other than the given {@code host:port} authorities. Reads Chromium's
	 * DevTools network events, so call it once, at the end.
	 */
	Set<String> hostsContactedOutside(Set<String> ours) {
		Set<String> outside = new TreeSet<>();
		for (String url : requestedUrls()) {
			Matcher authority = AUTHORITY.matcher(url);
			assertThat(authority.lookingAt()).as(url).isTrue();
			if (!ours.contains(authority.group(1) + ":" + authority.group(2))) {
				outside.add(authority.group(1));
			}
		}
		return outside;
	}

	/** Every http(s) and ws(s) URL the page asked for, less those its Content-Security-Policy stopped. */
	@SuppressWarnings("unchecked")
	private Set<String> requestedUrls() {
		Map<String, String> urls = new HashMap<>();
		Set<String> blocked = new HashSet<>();
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

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try {
				FileSystemUtils.deleteRecursively(profile);
			}
			catch (IOException ex) {
				System.err.println("Chromium profile " + profile + " left behind: " + ex);
			}
		}
	}
}
