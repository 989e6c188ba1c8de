package org.stancegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.stancegraph.claims.NewDocument;
import org.stancegraph.security.StancegraphSecurityProperties;

/** {@code POST /api/documents}: a new document with its new entities and claims, validated, loaded all or nothing. */
@RestController
@Tag(name = "ingest", description = "Add claims over HTTP (needs the writer's credentials or the API key)")
class DocumentIngestController {

	// A document the seed graph does not have, naming its entities: checked as the contract test sends it (a dry run),
	// it writes nothing.
	private static final String EXAMPLE = """
			{"title": "Turkey ready to send troops to the ISF, Fidan says", "publisher": "Example Outlet",
			"outlet": "example-outlet", "published": "2025-11-20",
			"publishedBasis": "An example written for the API description; the dateline gives the date.",
			"authors": ["A. Reporter"], "url": "https://news.example/2025/11/20/turkey-isf",
			"text": "Ankara, 20 November 2025. Turkish Foreign Minister Hakan Fidan said on Thursday that Turkey stands ready to contribute troops to the International Stabilization Force.\\n",
			"entities": [{"id": "example-outlet", "kind": "Organization", "name": "Example Outlet"}],
			"claims": [{"id": "example-outlet-turkey-offers-troops-isf", "holder": "turkey", "relation": "OFFERS_TROOPS",
			"target": "isf", "date": "2025-11-20", "speaker": "hakan-fidan", "certainty": "stated",
			"quote": "Turkey stands ready to contribute troops to the International Stabilization Force"}]}""";

	private static final String PROBLEMS_SCHEMA = "#/components/schemas/ClaimFileProblems";

	private final DocumentIngestService service;
	private final long maxBytes;

	DocumentIngestController(DocumentIngestService service, StancegraphSecurityProperties properties) {
		this.service = service;
		this.maxBytes = maxBody(properties);
	}

	/** The text may take twice its size in JSON (escapes); the entities and claims as much as a claim file. */
	static long maxBody(StancegraphSecurityProperties properties) {
		return 2L * NewDocument.MAX_TEXT_BYTES + properties.maxIngestSize().toBytes();
	}

	@PostMapping(path = "/api/documents", consumes = "application/json", produces = "application/json")
	@RequestBody(required = true, description = """
			The document: title, publisher, published (YYYY-MM-DD, not in the future), publishedBasis (how the date and
			publisher were told), optional id (default: <outlet or publisher>-<published>-<words of the title>, as the
			seed ids), authors, url (http or https), outlet (an entity id), corpusFile (default <id>.txt); its text as
			text, or as textBase64 (a file's bytes as uploaded, so that bytes that are not UTF-8 are found, with their
			offset): UTF-8, not blank, no control characters but newline and tab, at most 1 MiB (1,048,576 bytes).
			Optional: entities, the new entities its claims name (the fields of entities.yaml; a person's speaksFor
			stated by a SPEAKS_FOR claim of the request); claims, in the format of a claim file's claims (seeds/README.md),
			their source the new document; votes, the tallies it states. The body is at most 2 MiB plus
			stancegraph.security.max-ingest-size.""", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = DocumentUpload.class),
			examples = @ExampleObject(name = "new-document", summary = "A document with a new outlet and one claim",
					description = "Checked with dryRun=true it writes nothing; without, it saves the document", value = EXAMPLE)))
	@Operation(summary = "Add a source document with its new entities and claims: validated as load validates files "
			+ "(the quotes included), then loaded all or nothing",
			description = """
					201 with Location /api/sources/{id} and what was loaded; with dryRun=true, 200 and what would be
					loaded, nothing written. Every problem is listed with its field in the request (claims[3].quote,
					entities[0].kind, text) and nothing is written: 422 when the request is invalid; 409 when the id,
					the text (the same SHA-256 as a document's: existingDocument names it) or a new entity's id is in the
					graph already; 413 when the text is over 1 MiB or the body over its limit. 401 without credentials,
					403 for a read-only user.""",
			security = { @SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "apiKey") })
	@ApiResponse(responseCode = "201", description = "Saved: the document, its new entities and claims are in the graph",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentReport.class)))
	@ApiResponse(responseCode = "200", description = "dryRun=true: valid, and what would be saved; nothing written",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentReport.class)))
	@ApiResponse(responseCode = "409", description = "The id, the text or a new entity is in the graph already: problems lists every problem; nothing written",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEMS_SCHEMA)))
	ResponseEntity<DocumentReport> postDocument(
			@Parameter(description = "true: validate only, write nothing (200)", example = "true")
			@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			throw tooLarge();
		}
		DocumentReport report = service.save(body, dryRun);
		if (!report.saved()) {
			return ResponseEntity.ok(report);
		}
		return ResponseEntity.created(URI.create("/api/sources/" + UriUtils.encodePathSegment(report.document(), "UTF-8")))
			.body(report);
	}

	private BodyTooLargeException tooLarge() {
		return new BodyTooLargeException("The body is larger than " + maxBytes + " bytes (a document's text is at most "
				+ NewDocument.MAX_TEXT_BYTES + " bytes, its entities and claims at most stancegraph.security.max-ingest-size).");
	}
}
