package org.stancegraph.extraction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A text to read for candidate claims.
 *
 * @param text      the document's text, as it will be stored (offsets count in it)
 * @param published the document's date, YYYY-MM-DD: relative dates ("on Monday") count from it
 * @param sourceId  the document's id, if it has one: the prefix of the candidates' ids
 */
public record ExtractionRequest(
		@Schema(description = "The document's text; candidates' offsets count UTF-16 code units in it, as JavaScript does",
				example = "Hamas officials rejected Resolution 2803 shortly after its passage.",
				requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ExtractionService.MAX_TEXT_CHARS) String text,
		@Schema(description = "The document's publication date; relative dates count from it", example = "2025-11-19",
				requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String published,
		@Schema(description = "The document's id, if it has one (lower-case words joined by '-'): the prefix of the candidates' ids; "
				+ "default 'text'", example = "fdd-2025-11-19-hamas-rejects-resolution-2803") String sourceId) {
}
