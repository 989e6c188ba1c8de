package org.stancegraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.DisconnectedClientHelper;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.UnknownEntityException;

/**
 * {@code GET /api/export}: the whole graph as a download, streamed (no Content-Length, chunked) while it is read,
 * in the format {@code format=} names or else the one {@code Accept} asks for (JSON for {@code *}{@code /*} or no
 * Accept); 406 when Accept takes none of them, 400 for an unknown {@code format=}, both problem+json. An error
 * before the first bytes went out is a 500 problem+json; after, the response can only be cut short: the connection
 * is closed without the final chunk, so that no client takes a partial export for a whole one. A client that hangs
 * up is no error of ours: one line at INFO. {@code GET /api/documents/{id}/dataset}: one document as dataset files.
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
	@Operation(summary = "The whole graph as a download, streamed, as JSON, CSV or GraphML", description = """
			The format: format= if given (it wins over Accept), else Accept: application/json, text/csv or
			application/graphml+xml (*/* or none: JSON); 406 when Accept takes none of them.
			json: {format: "stancegraph-export", version: 1, documents (with outlet), entities (with concerns,
			belongsTo), claims (with certainty, claimant, via, the date as precisely as it was said, reported,
			quantity, period, condition and its kind, addressee, alsoIn evidence), votes, edges (with certainty and
			the claims at each certainty)}, the dataset form another Stancegraph reads back (ExportReader) and
			validates as claim files: it reads back as the claims it was loaded from.
			csv: one RFC 4180 table of every record, its first column "record" saying which: document, entity, claim,
			evidence (one row per claim and quote), vote, edge (derived, with claim_ids, certainty and the claims at
			each certainty), concerns; each fills its own columns, the others stay empty.
			graphml: GraphML 1.0 for Gephi: entities, sources, claims and votes as nodes (type: Entity, Source, Claim,
			Vote; kind: the entity's kind or the type), derived, STANDS_ON, CONCERNS and BELONGS_TO edges between entities, and
			each claim's BY, ABOUT, SPOKEN_BY, CLAIMED_BY, REPORTED_BY, REGARDING, CONDITIONAL_ON, ADDRESSED_TO and
			EVIDENCED_BY (with the quote) edges, each vote's ON, IN and EVIDENCED_BY; every attribute a declared key.
			Streamed without Content-Length; an error after the first bytes cuts the response short.""")
	@ApiResponse(responseCode = "200", description = "The export, as an attachment", content = {
			@Content(mediaType = "application/json", schema = @Schema(type = "object")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
			@Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "406", description = "Accept takes none of the three media types (and no format= names one)",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "json, csv or graphml; wins over Accept (without both: json)", example = "json",
					schema = @Schema(allowableValues = { "json", "csv", "graphml" }))
			@RequestParam(required = false) String format, HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
		// "format=" alone chose JSON before Accept counted (the default value): it is no format, as then
		ExportFormat chosen = format != null && !format.isBlank() ? ExportFormat.parse(format) : byAccept(request);
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(out -> write(chosen, out));
	}

	@GetMapping(path = "/documents/{id}/dataset", produces = "application/zip")
	@Operation(summary = "One source document as the files of a dataset, zipped, to add it to a dataset folder such as seeds/",
			description = """
					unzip <id>.zip -d seeds/ puts documents/<id>.yaml (its metadata), documents/<id>.txt (its text as
					stored) and claims/<id>.yaml (its claims and vote tallies as their claim file states them: what the
					JSON export writes, less the claimant, date reported and quantity or period flags a file that says
					nothing gets; dates quoted) in place, in the seed format; entities-of-<id>.yaml beside them holds the entities
					its claims, tallies and outlet name, as the graph holds them: add to entities.yaml those it lacks.""")
	@ApiResponse(responseCode = "200", description = "The zip, as an attachment named <id>.zip",
			content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> documentDataset(
			@Parameter(example = "fdd-2025-11-19-hamas-rejects-resolution-2803") @PathVariable @GraphId String id)
			throws UnknownEntityException, IOException {
		byte[] zip = exporter.documentDataset(id).orElseThrow(() -> new UnknownEntityException("source document", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".zip").build().toString())
			.body(zip);
	}

	/** No Accept is every media type; an unparsable one is a 400 (InvalidMediaTypeException). */
	private static ExportFormat byAccept(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
		List<String> headers = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		List<MediaType> accepted = headers.isEmpty() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(headers);
		return ExportFormat.negotiate(accepted).orElseThrow(() -> new HttpMediaTypeNotAcceptableException(
				Arrays.stream(ExportFormat.values()).map(ExportFormat::baseMediaType).toList()));
	}

	private void write(ExportFormat format, OutputStream out) throws IOException {
		Counting counted = new Counting(out);
		try {
			exporter.write(format, counted);
		}
		catch (IOException | RuntimeException ex) {
			// Jackson wraps the container's ClientAbortException in a RuntimeException of its own: look at causes
			if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
				log.info("Export as {} to client aborted after {} bytes", format, counted.bytes);
				return; // the response is gone: nothing to answer, and Spring ends the request quietly
			}
			if (counted.bytes == 0 || ex instanceof IOException) {
				throw ex; // a RuntimeException with nothing sent: answered as any error (ApiErrors)
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
