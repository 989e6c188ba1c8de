package org.stancegraph.stances;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.Positions;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api")
class StanceController {

	private final StanceService stances;

	StanceController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/targets/{id}/positions")
	Positions positions(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id) {
		return stances.positions(id);
	}

	@GetMapping("/actors/{id}/stances")
	ActorStances stances(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String id) {
		return stances.stances(id);
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
			@RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String opposing) {
		return stances.backersOpposing(backing, opposing);
	}
}
