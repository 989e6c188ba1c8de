package org.stancegraph.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "The source documents every quote comes from")
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping
	@Operation(summary = "The source documents, by publication date, a page of them",
			description = "Without their texts: each with its number of claims and the dates of its first and last claim;"
					+ " firstClaimDate and lastClaimDate span every claim in the graph (see page.total for the number of"
					+ " documents).")
	SourceList list(@ParameterObject Paging page) {
		return sources.list(page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One source document with its whole text, to read a quote in its context")
	SourceDocumentView get(
			@Parameter(example = "algemeiner-2025-11-04-us-proposes-international-gaza-force") @PathVariable @GraphId String id)
			throws UnknownEntityException {
		return sources.get(id);
	}
}
