package org.stancegraph.explorer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The stance explorer at {@code /} for a web browser (a JSON client asking for {@code /} gets Neo4j Browser's
 * discovery document instead): static files from {@code static/explorer/} in the jar, nothing from elsewhere.
 */
@Controller
class ExplorerController {

	/** Only the app's own scripts, styles and API: the page has no inline script and loads nothing from elsewhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		return "forward:/explorer/index.html";
	}

	/** "Add a document": a text and its metadata, the candidate claims found in it, reviewed and saved. */
	@GetMapping(path = "/add-document", produces = MediaType.TEXT_HTML_VALUE)
	String addDocument(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		return "forward:/explorer/add-document.html";
	}
}
