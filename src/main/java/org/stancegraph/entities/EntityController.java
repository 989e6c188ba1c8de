package org.stancegraph.entities;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api/entities")
@Tag(name = "Entities", description = "States, people, factions, organisations, institutions, instruments, propositions, places")
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	/** Search by id, name or alias; without {@code q}, all entities (of a kind). */
	@GetMapping
	@Operation(summary = "Search entities by id, name or alias", description = "Case- and accent-insensitive, every word a prefix: Türkiye, turkiye and Ankara all find Turkey. Without q, all entities (of a kind), by name; at most 100.")
	List<EntitySummary> search(@Parameter(description = "words to find", example = "Türkiye") @RequestParam(required = false) @Size(max = 200) String q,
			@Parameter(description = "State, Person, Faction, Organization, Institution, Instrument, Proposition or Place", example = "State") @RequestParam(required = false) @Size(max = 40) String kind) {
		return entities.search(q, kind);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entity with its aliases, the people who speak for it, or the actors a person speaks for")
	EntityDetails get(@Parameter(example = "united-states") @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id) {
		return entities.get(id);
	}
}
