package org.stancegraph.ingest;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/documents}, as the API description shows it. The service reads the body itself
 * ({@link DocumentIngestService}), so that every problem is named by its field and a text that is not UTF-8 by the
 * offset of its first bad byte.
 */
@Schema(requiredProperties = { "title", "publisher", "published", "publishedBasis" })
record DocumentUpload(
		@Schema(description = "kebab-case; default: <outlet or publisher>-<published>-<words of the title>",
				example = "example-outlet-2025-11-20-turkey-ready-to-send-troops-to-the-isf-fidan-says") String id,
		@Schema(example = "Turkey ready to send troops to the ISF, Fidan says") String title,
		@Schema(example = "Example Outlet") String publisher,
		@Schema(description = "YYYY-MM-DD, not in the future", example = "2025-11-20") String published,
		@Schema(description = "How the date (and publisher) was told from the text", example = "The dateline gives the date.") String publishedBasis,
		List<String> authors,
		@Schema(description = "http or https", example = "https://news.example/2025/11/20/turkey-isf") String url,
		@Schema(description = "The publisher as an entity id (of the graph or of entities)", example = "example-outlet") String outlet,
		@Schema(description = "The original file name; default <id>.txt") String corpusFile,
		@Schema(description = "The text, at most 1 MiB of UTF-8; no control characters but newline and tab. Or textBase64.") String text,
		@Schema(description = "The text as the bytes of a file, Base64: bytes that are not UTF-8 are named by offset", format = "byte") String textBase64,
		@Schema(description = "New entities, with the fields of entities.yaml") List<Map<String, Object>> entities,
		@Schema(description = "Claims in the format of a claim file's claims; their source is this document") List<Map<String, Object>> claims,
		@Schema(description = "Vote tallies in the format of a claim file's votes") List<Map<String, Object>> votes) {
}
