package org.stancegraph.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.graph.Certainty;
import org.stancegraph.analysis.AnalysisViews.Matrix;
import org.stancegraph.analysis.AnalysisViews.Neighbourhood;
import org.stancegraph.analysis.AnalysisViews.PathStep;
import org.stancegraph.web.AsOfDate;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.Ids;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api")
@Tag(name = "Analysis", description = "How actors are connected, and who stands where on what, as a grid")
class AnalysisController {

	// The matrix's lists, the same on its JSON and CSV handlers (one operation in the description). A list is sent
	// comma-joined (actors=israel,turkey): form style, not exploded (Spring also takes actors=israel&actors=turkey);
	// explode is written only where the annotation gives the array schema itself.
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "ids, comma-separated; without it, every actor with a relation to the targets",
			style = ParameterStyle.FORM, explode = Explode.FALSE,
			array = @ArraySchema(schema = @Schema(type = "string", pattern = Ids.PATTERN, maxLength = Ids.MAX_LENGTH),
					maxItems = AnalysisService.MAX_ACTORS),
			example = "[\"israel\", \"turkey\", \"united-states\"]")
	@interface MatrixActors {
	}

	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Parameter(description = "ids, comma-separated", style = ParameterStyle.FORM, explode = Explode.FALSE,
			array = @ArraySchema(schema = @Schema(type = "string", pattern = Ids.PATTERN, maxLength = Ids.MAX_LENGTH),
					maxItems = AnalysisService.MAX_TARGETS),
			example = "[\"turkish-participation-in-isf\", \"resolution-2803\", \"isf\"]")
	@interface MatrixTargets {
	}

	private static final String MATRIX_AS_OF_EXAMPLE = "2025-11-18";

	private final AnalysisService analysis;

	AnalysisController(AnalysisService analysis) {
		this.analysis = analysis;
	}

	/** The shortest paths between two entities over derived edges, each a list of steps; [] when none within maxHops. */
	@GetMapping("/paths")
	@Operation(summary = "Shortest paths between two entities",
			description = "Over stance and structural edges in either direction, at most maxHops (1-6) steps and 25 paths;"
					+ " each step names its relation in the edge's own direction, with claims, sources, strongest certainty"
					+ " and claims per certainty. [] when there is none. With certainty: only edges whose strongest claim"
					+ " is at least that certain.")
	List<List<PathStep>> paths(
			@Parameter(example = "hamas") @RequestParam @GraphId String from,
			@Parameter(example = "israel") @RequestParam @GraphId String to,
			@Parameter(description = "1 to 6", example = "2")
			@RequestParam(defaultValue = "" + AnalysisService.DEFAULT_MAX_HOPS) int maxHops,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return analysis.paths(from, to, maxHops, certainty);
	}

	/** An entity's neighbourhood as nodes and edges, for drawing it. */
	@GetMapping("/entities/{id}/neighbourhood")
	@Operation(summary = "An entity, its closest neighbours and every edge among them",
			description = "Neighbours are the entities joined to it by the most claims, at most limit (1-200, default 40;"
					+ " truncated says when there were more). Edges: derived edges (stances and structure) and CONCERNS"
					+ " (what a proposition is about) among all these nodes, each with its claims, number of sources,"
					+ " condition, side (FOR, AGAINST, NEUTRAL), whether it is a stance, its strongest certainty and claims"
					+ " per certainty. With asOf: the claims in force on that date. With certainty: only edges whose"
					+ " strongest claim is at least that certain (as of a date: only such claims); CONCERNS always.")
	Neighbourhood neighbourhood(
			@Parameter(example = "isf") @PathVariable @GraphId String id,
			@AsOfDate(example = "2025-11-18") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@Parameter(description = "at most this many neighbours, 1 to 200", example = "40")
			@RequestParam(defaultValue = "" + AnalysisService.DEFAULT_NEIGHBOURS) int limit) throws UnknownEntityException {
		return analysis.neighbourhood(id, asOf, certainty, limit);
	}

	/** Actors by targets (comma-separated ids), optionally as of a date: JSON. */
	@GetMapping(path = "/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Actors by targets: one cell per pair",
			description = "Relations, claims, sources, publishers, condition per cell, in one query for the whole grid."
					+ " Without actors: every actor with a relation to the targets. At most 50 of each. Accept: text/csv"
					+ " gives CSV. With asOf: the claims in force on that date. With certainty: only edges whose strongest"
					+ " claim is at least that certain (as of a date: only such claims); each relation with its strongest"
					+ " certainty and claims per certainty.")
	Matrix matrix(
			@MatrixActors @RequestParam(required = false) List<@GraphId String> actors,
			@MatrixTargets @RequestParam List<@GraphId String> targets,
			@AsOfDate(example = MATRIX_AS_OF_EXAMPLE) @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return analysis.matrix(actors, targets, asOf, certainty);
	}

	/** The same matrix as CSV, for {@code Accept: text/csv}. */
	@GetMapping(path = "/matrix", produces = MatrixCsv.MEDIA_TYPE)
	@Operation(summary = "The same grid as CSV",
			description = "Header actor,target,relation,claims,sources,publishers,condition,certainty; one row per cell and"
					+ " relation; claims joined with ';'; certainty is the relation's strongest.")
	String matrixCsv(
			@MatrixActors @RequestParam(required = false) List<@GraphId String> actors,
			@MatrixTargets @RequestParam List<@GraphId String> targets,
			@AsOfDate(example = MATRIX_AS_OF_EXAMPLE) @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return MatrixCsv.render(analysis.matrix(actors, targets, asOf, certainty));
	}
}
