package org.stancegraph.ingest;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.security.StancegraphSecurityProperties;

/** {@code POST /api/claims}: one claim file, validated against the graph, loaded all or nothing. */
@RestController
@Tag(name = "ingest", description = "Add claims over HTTP (needs the writer's credentials or the API key)")
class ClaimIngestController {

	// The example is a claim of the seed graph as its file states it, so that posting it writes nothing (0 changed);
	// ContractTest posts it and checks that.
	private static final String SEED_CLAIM = "A claim the seed graph already has: 200, nothing written";
	private static final String SEED_CLAIM_FROM = "As seeds/claims/fdd-2025-11-19-hamas-rejects-resolution-2803.yaml states it";
	private static final String EXAMPLE_YAML = """
			source: fdd-2025-11-19-hamas-rejects-resolution-2803
			claims:
			  - id: fdd-azerbaijan-offers-troops-isf-conditional
			    holder: azerbaijan
			    relation: OFFERS_TROOPS
			    target: isf
			    certainty: reported
			    claimant: azerbaijani-government-source
			    via: [reuters]
			    condition: "if military action is completely stopped"
			    conditionKind: only-if
			    date: "2025-11-19"
			    detail: only then, citing concerns about the safety of its personnel (date of the statement not given)
			    quote: "an Azerbaijani government source told Reuters that Azerbaijan will only send troops for the ISF “if military action is completely stopped,”"
			""";
	private static final String EXAMPLE_JSON = """
			{"source": "fdd-2025-11-19-hamas-rejects-resolution-2803", "claims": [{
			"id": "fdd-azerbaijan-offers-troops-isf-conditional", "holder": "azerbaijan", "relation": "OFFERS_TROOPS",
			"target": "isf", "certainty": "reported", "claimant": "azerbaijani-government-source", "via": ["reuters"],
			"condition": "if military action is completely stopped", "conditionKind": "only-if", "date": "2025-11-19",
			"detail": "only then, citing concerns about the safety of its personnel (date of the statement not given)",
			"quote": "an Azerbaijani government source told Reuters that Azerbaijan will only send troops for the ISF “if military action is completely stopped,”"}]}""";

	private final ClaimIngestService service;
	private final long maxBytes;

	ClaimIngestController(ClaimIngestService service, StancegraphSecurityProperties properties) {
		this.service = service;
		this.maxBytes = properties.maxIngestSize().toBytes();
	}

	@PostMapping(path = "/api/claims", consumes = { "application/yaml", "application/x-yaml", "text/yaml",
			"application/json" }, produces = "application/json")
	@RequestBody(required = true, description = "One claim file: the format of seeds/claims/*.yaml (seeds/README.md), "
			+ "its source document and every entity it names already in the graph.", content = {
					@Content(mediaType = "application/yaml", schema = @Schema(type = "string"), examples = @ExampleObject(name = "seed-claim", summary = SEED_CLAIM, description = SEED_CLAIM_FROM, value = EXAMPLE_YAML)),
					@Content(mediaType = "application/x-yaml", schema = @Schema(type = "string"), examples = @ExampleObject(name = "seed-claim", summary = SEED_CLAIM, description = SEED_CLAIM_FROM, value = EXAMPLE_YAML)),
					@Content(mediaType = "text/yaml", schema = @Schema(type = "string"), examples = @ExampleObject(name = "seed-claim", summary = SEED_CLAIM, description = SEED_CLAIM_FROM, value = EXAMPLE_YAML)),
					@Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(name = "seed-claim", summary = SEED_CLAIM, description = SEED_CLAIM_FROM, value = EXAMPLE_JSON)) })
	@Operation(summary = "Validate one claim file (the format of seeds/claims/*.yaml, as YAML or JSON) against the "
			+ "entities and source documents in the graph, then load it all or nothing",
			description = "200 with the counts written (0 when the same file is posted again); 422 with every problem "
					+ "located by file, line and field, nothing written; 413 over the size limit; 401 without "
					+ "credentials, 403 for a read-only user.",
			security = { @SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "apiKey") })
	IngestReport post(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw new BodyTooLargeException(maxBytes);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (body.length > maxBytes) {
				throw new BodyTooLargeException(maxBytes);
			}
			return service.ingest(body);
		}
	}
}
