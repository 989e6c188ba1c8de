package org.stancegraph.ingest;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
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

	private final ClaimIngestService service;
	private final long maxBytes;

	ClaimIngestController(ClaimIngestService service, StancegraphSecurityProperties properties) {
		this.service = service;
		this.maxBytes = properties.maxIngestSize().toBytes();
	}

	@PostMapping(path = "/api/claims", consumes = { "application/yaml", "application/x-yaml", "text/yaml",
			"application/json" }, produces = "application/json")
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
