package org.stancegraph.browser;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.web.UnknownEntityException;

/**
 * The Neo4j Browser guide at {@code GET /guide}: in the Browser, {@code :guide http://localhost:8080/guide} opens it
 * in the Guides sidebar, {@code :play http://localhost:8080/guide} as a frame in the stream (see {@link GuidePage}).
 * <p>
 * The Browser fetches a guide with {@code fetch()} from the page and only from the hosts of the server's
 * {@code browser.remote_content_hostname_whitelist} (the embedded server's: localhost, 127.0.0.1). A page opened on
 * one of those hosts and a guide named by the other are cross-origin, and the Browser's no-cache request headers
 * make it a preflighted request, hence CORS for the loopback origins, on any port: a Neo4j Browser that another
 * local server serves (say on :7474, in external mode) may open this guide too. The guide is public, read-only HTML.
 */
@RestController
@Tag(name = "Guide", description = "The Neo4j Browser guide of the analyst questions")
class GuideController {

	private static final Logger log = LoggerFactory.getLogger(GuideController.class);

	private final String html;

	/** Read once: the query files are in the jar. */
	private final List<GuidePage.Question> questions;

	GuideController() {
		this.questions = GuidePage.questions();
		if (questions.isEmpty()) {
			log.warn("No analyst questions found at {}: the Neo4j Browser guide at /guide has only its first slide",
					GuidePage.QUERIES);
		}
		this.html = GuidePage.render(questions);
	}

	@GetMapping(path = "/guide", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The Neo4j Browser guide: every analyst question of cypher/queries as a slide",
			description = "In Neo4j Browser: :guide http://localhost:8080/guide (or :play). HTML, no script.")
	@CrossOrigin(originPatterns = { "http://localhost:[*]", "http://127.0.0.1:[*]", "https://localhost:[*]",
			"https://127.0.0.1:[*]" }, methods = RequestMethod.GET)
	ResponseEntity<String> guide() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			// opened by itself in a tab, the page loads nothing either
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.body(html);
	}

	/**
	 * One question as a guide, its parameters set: {@code values} is {@code name=value} pairs separated by commas
	 * ({@code target=isf,asOf=2025-11-10}), a form that survives inside Neo4j Browser's {@code ?cmd=guide&arg=} URL,
	 * which ends an argument at '&'. The explorer links here.
	 */
	@GetMapping(path = { "/guide/queries/{name}", "/guide/queries/{name}/{values}" }, produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "One analyst question as a Neo4j Browser guide, optionally with its parameters set",
			description = "The question's :param lines carry the values given, the rest keep the file's own.")
	@CrossOrigin(originPatterns = { "http://localhost:[*]", "http://127.0.0.1:[*]", "https://localhost:[*]",
			"https://127.0.0.1:[*]" }, methods = RequestMethod.GET)
	ResponseEntity<String> question(
			@Parameter(description = "a file of cypher/queries without .cypher", example = "32_positions_as_of") @PathVariable String name,
			@Parameter(description = "name=value pairs separated by commas, each a :param of the question", example = "target=isf,asOf=2025-11-10")
			@PathVariable(required = false) String values) throws UnknownEntityException {
		GuidePage.Question question = questions.stream().filter(q -> q.file().equals(name + ".cypher")).findFirst()
			.orElseThrow(() -> new UnknownEntityException("query file", name + ".cypher"));
		Map<String, String> set = new LinkedHashMap<>();
		if (values != null && !values.isEmpty()) {
			for (String pair : values.split(",", -1)) {
				int eq = pair.indexOf('=');
				if (eq <= 0 || set.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
					throw new IllegalArgumentException("values must be name=value pairs separated by commas, each name once, not '"
							+ values + "'");
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.body(GuidePage.renderOne(question.withValues(set)));
	}
}
