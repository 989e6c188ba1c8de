package org.stancegraph.extraction;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/extraction}: candidate claims for a text, against the graph's entities; writes nothing. */
@RestController
@Tag(name = "extraction", description = "Candidate claims from a document's text, for a reviewer (reads only)")
class ExtractionController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXAMPLE = """
			{"text": "Separately, an Azerbaijani government source told Reuters that Azerbaijan will only send troops for the ISF \
			“if military action is completely stopped,” citing concerns about the safety of its personnel. In contrast, Turkey \
			is readying a brigade of 2,000 soldiers to join the ISF. However, Israel firmly opposes Ankara’s participation in \
			any future ISF.", "published": "2025-11-19", "sourceId": "fdd-2025-11-19-hamas-rejects-resolution-2803"}""";

	private final ExtractionService service;

	ExtractionController(ExtractionService service) {
		this.service = service;
	}

	@PostMapping(path = "/api/extraction", consumes = "application/json", produces = "application/json")
	@RequestBody(required = true, description = "The text to read and its date. At most "
			+ ExtractionService.MAX_TEXT_CHARS + " characters of text (" + ExtractionService.MAX_BODY_BYTES + " bytes of body).",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExtractionRequest.class),
					examples = @ExampleObject(name = "fdd-troops", summary = "Three sentences of the FDD document of 19 November 2025",
							value = EXAMPLE)))
	@Operation(summary = "Find the entities a text mentions and propose candidate claims with verbatim quotes",
			description = "Mentions of the graph's entities by name and alias (case, accents and inflection aside; the longest "
					+ "name wins; words that name two entities give a mention of each, marked ambiguous) and candidate claims "
					+ "from stance cues, with certainty from hedges, claimant and chain from attribution, condition and date as "
					+ "the text says them; each quote is text[quoteStart, quoteEnd). Nothing is written: save a reviewed new document with "
					+ "its entities and claims with POST /api/documents, claims on a stored one with POST /api/claims. Open to every reader. 400 for a blank text, a bad date or a body that is not "
					+ "the JSON object described; 413 over the size limit.")
	@ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
	Extraction extract(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > ExtractionService.MAX_BODY_BYTES) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) ExtractionService.MAX_BODY_BYTES + 1);
		}
		if (body.length > ExtractionService.MAX_BODY_BYTES) {
			throw tooLarge();
		}
		ExtractionRequest parsed;
		try {
			parsed = JSON.readValue(body, ExtractionRequest.class);
		}
		catch (JacksonException ex) {
			throw new BadExtractionRequestException("body: not a JSON object {\"text\": ..., \"published\": \"YYYY-MM-DD\", "
					+ "\"sourceId\": ...}: " + ex.getOriginalMessage());
		}
		return service.extract(parsed);
	}

	private static BadExtractionRequestException tooLarge() {
		return new BadExtractionRequestException.TooLarge("body: over the limit of " + ExtractionService.MAX_BODY_BYTES + " bytes");
	}
}
