package org.stancegraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export?format=json|csv|graphml}: the whole graph as a download, streamed (no Content-Length,
 * chunked) while it is read. An unknown format is a 400 problem+json. An error before the first bytes went out is
 * a 500 problem+json; after, the response can only be cut short: the connection is closed without the final
 * chunk, so that no client takes a partial export for a whole one.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Export", description = "The whole graph, for other tools: another Stancegraph, spreadsheets, Gephi")
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final GraphExporter exporter;

	ExportController(GraphExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/export")
	@Operation(summary = "The whole graph as a download, streamed", description = """
			json: {format: "stancegraph-export", version: 1, documents, entities, claims (with alsoIn evidence), votes,
			edges}, the dataset form another Stancegraph reads back (ExportReader) and validates as claim files.
			csv: one row per claim and piece of evidence (claim_id, holder, holder_name, relation, target, target_name,
			date, condition, speaker, reported_by, source_id, source_title, publisher, published, quote), RFC 4180.
			graphml: entities as nodes, derived edges as edges (relation, claims, sources, publishers, condition...),
			GraphML 1.0 for Gephi. Streamed without Content-Length; an error after the first bytes cuts the response short.""")
	@ApiResponse(responseCode = "200", description = "The export, as an attachment", content = {
			@Content(mediaType = "application/json", schema = @Schema(type = "object")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
			@Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")) })
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "json (default), csv or graphml", example = "json",
					schema = @Schema(allowableValues = { "json", "csv", "graphml" }, defaultValue = "json"))
			@RequestParam(defaultValue = "json") String format) {
		ExportFormat chosen = ExportFormat.parse(format);
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
			.body(out -> write(chosen, out));
	}

	private void write(ExportFormat format, OutputStream out) throws IOException {
		Counting counted = new Counting(out);
		try {
			exporter.write(format, counted);
		}
		catch (RuntimeException ex) {
			if (counted.bytes == 0) {
				throw ex; // nothing sent: answered as any error (ApiErrors)
			}
			log.error("Export as {} failed after {} bytes had been sent; the response is cut short", format, counted.bytes, ex);
			// An IOException without the cause (logged above): @ExceptionHandlers match causes too, and one that
			// answered it would append a problem body to the partial export and end the response as if complete.
			throw new ExportCutShortException(format, counted.bytes, ex.toString());
		}
	}

	/** An export that failed midway: the servlet container closes the connection. */
	static final class ExportCutShortException extends IOException {

		ExportCutShortException(ExportFormat format, long bytes, String cause) {
			super("Export as " + format + " failed after " + bytes + " bytes: " + cause);
		}
	}

	private static final class Counting extends FilterOutputStream {

		long bytes;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			bytes += len;
		}
	}
}
