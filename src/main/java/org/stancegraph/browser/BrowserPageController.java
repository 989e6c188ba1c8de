package org.stancegraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Neo4j Browser's page. When the Browser goes through the app's Bolt endpoint, the page first runs
 * {@value #CONNECT_SCRIPT}, which gives the Browser a saved connection to that endpoint and the Stancegraph guide as
 * its first command: it connects and opens the guide in one visit, with no form to fill.
 */
@Controller
class BrowserPageController {

	static final String CONNECT_SCRIPT = "stancegraph-connect.js";

	private final String page;

	BrowserPageController(BrowserBolt bolt) {
		String index = read("browser/index.html");
		int head = index.indexOf("<head>");
		if (head < 0) {
			throw new IllegalStateException("Neo4j Browser's index.html has no <head>: cannot add " + CONNECT_SCRIPT);
		}
		int at = head + "<head>".length();
		// before the Browser's own scripts, which read the saved connection when they start
		this.page = bolt.relayed() ? index.substring(0, at) + "<script src=\"" + CONNECT_SCRIPT + "\"></script>"
				+ index.substring(at) : index;
	}

	@GetMapping(path = "/browser/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(page);
	}

	private static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Neo4j Browser's " + path + " is missing from the classpath", ex);
		}
	}
}
