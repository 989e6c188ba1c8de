package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.Contradiction;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.Positions;
import org.stancegraph.stances.StanceViews.Timeline;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api")
class StanceController {

	private final StanceService stances;

	StanceController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/targets/{id}/positions")
	Positions positions(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return stances.positions(id, asOf);
	}

	@GetMapping("/actors/{id}/stances")
	ActorStances stances(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return stances.stances(id, asOf);
	}

	@GetMapping("/actors/{id}/timeline")
	Timeline timeline(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id,
			@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String target) {
		return stances.timeline(id, target);
	}

	@GetMapping("/evidence")
	List<EvidenceItem> evidence(
			@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String actor,
			@RequestParam(required = false) @Size(max = 40) String relation,
			@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String target) {
		return stances.evidence(actor, relation, target);
	}

	/** Which backers of one thing oppose another: "which backers of Resolution 2803 oppose Turkish participation in the ISF". */
	@GetMapping("/queries/backers-opposing")
	BackersOpposing backersOpposing(
			@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String backing,
			@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String opposing,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return stances.backersOpposing(backing, opposing, asOf);
	}

	/** Actor-target pairs with conflicting relations (for and against, or a stance and a later reversal). */
	@GetMapping("/contradictions")
	List<Contradiction> contradictions() {
		return stances.contradictions();
	}
}
