package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.alignment.AlignmentViews.Alignment;
import org.stancegraph.graph.Certainty;
import org.stancegraph.web.AsOfDate;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.Ids;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api")
@Tag(name = "Alignment", description = "Who lines up with whom, on what evidence")
class AlignmentController {

	private final AlignmentService alignments;

	AlignmentController(AlignmentService alignments) {
		this.alignments = alignments;
	}

	@GetMapping("/alignment")
	@Operation(summary = "How far two actors agree, target by target",
			description = "Over the targets both took a position on (SUPPORTS and PROPOSED for, OPPOSES against, ABSTAINED"
					+ " neutral; the claims in force: a later claim stating something else supersedes earlier ones): each"
					+ " target's outcome (AGREE, DISAGREE, ONE_ABSTAINS, or MIXED when an actor's claims in force are on"
					+ " both sides) and each side's relations, claims and quotes; the counts and Signorino and Ritter's S"
					+ " score (1 always the same position, -1 always opposite). With asOf: the claims in force on that date."
					+ " With certainty: only claims at least that certain count, or supersede.")
	Alignment alignment(
			@Parameter(description = "two actor ids, comma-separated", style = ParameterStyle.FORM, explode = Explode.FALSE,
					array = @ArraySchema(schema = @Schema(type = "string", pattern = Ids.PATTERN, maxLength = Ids.MAX_LENGTH),
							minItems = 2, maxItems = 2),
					example = "[\"israel\", \"united-states\"]")
			@RequestParam List<@GraphId String> actors,
			@AsOfDate(example = "2025-11-18") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return alignments.alignment(actors, asOf, certainty);
	}
}
