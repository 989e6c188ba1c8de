package org.stancegraph.entities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api/entities")
@Tag(name = "Entities",
		description = "States, people, factions, organisations, institutions, instruments, propositions, places")
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	/** Search by id, name or alias; without {@code q}, all entities (of a kind); a page of them either way. */
	@GetMapping
	@Operation(summary = "Search entities by id, name or alias, or list them; a page of them",
			description = "Case- and accent-insensitive, every word a prefix: Türkiye, turkiye and Ankara all find Turkey."
					+ " Best match first: an exact name, alias or id (US: the United States), then names, aliases or ids"
					+ " that start with the words (US Army), then the rest. Without q, all entities (of a kind), by name."
					+ " See page.total for the whole answer.")
	EntityList search(
			@Parameter(description = "words to find", example = "Türkiye")
			@RequestParam(required = false) @Size(max = 200) String q,
			@Parameter(description = "State, Person, Faction, Organization, Institution, Instrument, Proposition or Place",
					example = "State")
			@RequestParam(required = false) @Size(max = 40) String kind,
			@ParameterObject Paging page) {
		return entities.search(q, kind, page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entity with its aliases, the people who speak for it, or the actors a person speaks for")
	EntityDetails get(@Parameter(example = "united-states") @PathVariable @GraphId String id)
			throws UnknownEntityException {
		return entities.get(id);
	}
}
