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
import org.stancegraph.alignment.AlignmentViews.AgreementMatrix;
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

	@GetMapping("/alignment/matrix")
	@Operation(summary = "Every pair's agreement among a set of actors, and the blocs they form",
			description = "Each pair that shares a target, with its counts and S score, as /api/alignment gives it for two, in"
					+ " one query; the actors in bloc order. Without actors: every actor with at least minPositions positions"
					+ " and, with targets, a position on one of them; at most 50. Blocs: the Leiden algorithm on the signed"
					+ " agreement graph (edge weight S) with the Constant Potts Model: a group holds together when its members'"
					+ " mean agreement is above resolution; the same graph and seed give the same blocs. Each bloc with the"
					+ " targets that hold it together (two or more members, all on one side) and those that split it.")
	AgreementMatrix matrix(
			@Parameter(description = "actor ids, comma-separated; without it, the actors minPositions and targets choose",
					style = ParameterStyle.FORM, explode = Explode.FALSE,
					array = @ArraySchema(schema = @Schema(type = "string", pattern = Ids.PATTERN, maxLength = Ids.MAX_LENGTH),
							maxItems = AlignmentService.MAX_ACTORS),
					example = "[\"hamas\", \"israel\", \"turkey\", \"qatar\", \"united-states\"]")
			@RequestParam(required = false) List<@GraphId String> actors,
			@Parameter(description = "target ids, comma-separated: without actors, only actors with a position on one of"
					+ " them (the agreement is over every target two actors share)", style = ParameterStyle.FORM,
					explode = Explode.FALSE,
					array = @ArraySchema(schema = @Schema(type = "string", pattern = Ids.PATTERN, maxLength = Ids.MAX_LENGTH),
							maxItems = AlignmentService.MAX_TARGETS),
					example = "[\"resolution-2803\", \"isf\"]")
			@RequestParam(required = false) List<@GraphId String> targets,
			@Parameter(description = "without actors, only actors with at least this many positions (1 or more)", example = "1")
			@RequestParam(defaultValue = "" + AlignmentService.DEFAULT_MIN_POSITIONS) int minPositions,
			@AsOfDate(example = "2025-11-18") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@Parameter(description = "0 to 1: the mean agreement above which a group holds together", example = "0")
			@RequestParam(defaultValue = "" + AlignmentService.DEFAULT_RESOLUTION) double resolution,
			@Parameter(description = "the random seed of the bloc search, 0 or more", example = "1")
			@RequestParam(defaultValue = "" + AlignmentService.DEFAULT_SEED) long seed) throws UnknownEntityException {
		return alignments.matrix(actors, targets, minPositions, asOf, certainty, resolution, seed);
	}
}
