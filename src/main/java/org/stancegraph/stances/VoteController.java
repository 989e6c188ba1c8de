package org.stancegraph.stances;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.stances.VoteViews.Divergences;
import org.stancegraph.stances.VoteViews.VoteRecordView;
import org.stancegraph.web.Ids;

@RestController
@RequestMapping("/api/votes")
class VoteController {

	private final VoteService votes;

	VoteController(VoteService votes) {
		this.votes = votes;
	}

	/** The tally a source states and the members sources name, for a resolution or draft. */
	@GetMapping("/{instrumentId}")
	VoteRecordView vote(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String instrumentId) {
		return votes.vote(instrumentId);
	}

	/** Votes that went against the voter's own statements or against what others urged. */
	@GetMapping("/{instrumentId}/divergences")
	Divergences divergences(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Size(max = Ids.MAX_LENGTH) String instrumentId) {
		return votes.divergences(instrumentId);
	}
}
