package org.stancegraph.analysis;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.analysis.AnalysisViews.Matrix;
import org.stancegraph.analysis.AnalysisViews.PathStep;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api")
class AnalysisController {

	private final AnalysisService analysis;

	AnalysisController(AnalysisService analysis) {
		this.analysis = analysis;
	}

	/** The shortest paths between two entities over derived edges, each a list of steps; [] when none within maxHops. */
	@GetMapping("/paths")
	List<List<PathStep>> paths(
			@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String from,
			@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String to,
			@RequestParam(defaultValue = "" + AnalysisService.DEFAULT_MAX_HOPS) int maxHops) {
		return analysis.paths(from, to, maxHops);
	}

	/** Actors by targets (comma-separated ids), optionally as of a date: JSON. */
	@GetMapping(path = "/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
	Matrix matrix(
			@RequestParam(required = false) List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String> actors,
			@RequestParam List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String> targets,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return analysis.matrix(actors, targets, asOf);
	}

	/** The same matrix as CSV, for {@code Accept: text/csv}. */
	@GetMapping(path = "/matrix", produces = MatrixCsv.MEDIA_TYPE)
	String matrixCsv(
			@RequestParam(required = false) List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String> actors,
			@RequestParam List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String> targets,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return MatrixCsv.render(analysis.matrix(actors, targets, asOf));
	}
}
