package org.stancegraph.sources;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "The source documents every quote comes from")
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping
	@Operation(summary = "Every source document, by publication date", description = "Without their texts: each with its number of claims and the dates of its first and last claim.")
	List<SourceSummary> list() {
		return sources.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One source document with its whole text, to read a quote in its context")
	SourceDocumentView get(@Parameter(example = "algemeiner-2025-11-04-us-proposes-international-gaza-force") @PathVariable
			@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id) {
		return sources.get(id);
	}
}
