package org.stancegraph.entities;

import java.util.List;

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
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	/** Search by id, name or alias; without {@code q}, all entities (of a kind). */
	@GetMapping
	List<EntitySummary> search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 40) String kind) {
		return entities.search(q, kind);
	}

	@GetMapping("/{id}")
	EntityDetails get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id) {
		return entities.get(id);
	}
}
