package org.stancegraph.explorer;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The graph's vocabulary for clients such as the explorer: from the code, no database involved. */
@RestController
@Tag(name = "Vocabulary", description = "The relations, entity kinds and levels of certainty of the graph")
class VocabularyController {

	/** It changes only with a new version of the app; an hour of staleness after an upgrade is acceptable. */
	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));

	@GetMapping("/api/vocabulary")
	@Operation(summary = "Every relation, with its column heading, axis and side, every entity kind, every level of certainty",
			description = "Relations in the order the explorer shows them as columns. side is FOR, AGAINST or NEUTRAL on the relation's axis; stance false marks structure (backs, member of...). certainties are strongest first, each with what it means: the words the certainty parameter of every stance read takes, as a minimum. Cacheable: the vocabulary changes only with the app.")
	ResponseEntity<Vocabulary> vocabulary() {
		return ResponseEntity.ok().cacheControl(CACHE).body(Vocabulary.OF_THE_GRAPH);
	}
}
