package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.EmbeddedBolt;

@StancegraphIntegrationTest
class NeoBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedBolt bolt;

	@Test
	void explore() throws Exception {
		assertThat(port).isPositive();
		System.out.println("PORT " + port + " BOLT " + bolt.uri());
		Path profile = Files.createTempDirectory("neo4j-browser-chromium");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		var options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
					"--window-size=1400,1000");
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		var driver = new ChromeDriver(service, options);
		try {
			driver.get("http://127.0.0.1:" + port + "/browser/");
			try {
				new WebDriverWait(driver, Duration.ofSeconds(30))
					.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='frame']")));
				new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> false);
			}
			catch (Exception ex) {
				System.out.println("WAIT: " + ex.getMessage().lines().findFirst().orElse(""));
			}
			Path shot = Path.of("target/browser/explore.png");
			Files.createDirectories(shot.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
			for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
				System.out.println("CONSOLE " + e);
			}
			for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
				String m = e.getMessage();
				if (m.contains("chrome://") || m.contains("chrome-error://")) continue;
				if (m.contains("Network.requestWillBeSent") || m.contains("Network.webSocketCreated")
						|| m.contains("Network.loadingFailed") || m.contains("webSocketFrameError")
						|| m.contains("webSocketClosed")) {
					System.out.println("NET " + m.substring(0, Math.min(400, m.length())));
				}
			}
			System.out.println("BODY " + driver.findElement(By.tagName("body")).getText());
		}
		finally {
			driver.quit();
		}
	}
}
