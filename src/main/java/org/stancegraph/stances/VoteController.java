package org.stancegraph.stances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.VoteViews.Divergences;
import org.stancegraph.stances.VoteViews.VoteRecordView;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api/votes")
@Tag(name = "Votes", description = "Vote records on resolutions and drafts, reconciled with what was said and urged")
class VoteController {

	private final VoteService votes;

	VoteController(VoteService votes) {
		this.votes = votes;
	}

	/** The tally a source states and the members sources name, for a resolution or draft. */
	@GetMapping("/{instrumentId}")
	@Operation(summary = "The vote on an instrument",
			description = "The tally a source states (Resolution 2803: 13 for, none against, 2 abstentions), the members"
					+ " sources name with their votes and evidence, and how many votes no source names. With certainty:"
					+ " only claims at least that certain name a member's vote (the tally is the source's own count).")
	VoteRecordView vote(@Parameter(example = "resolution-2803") @PathVariable @GraphId String instrumentId,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return votes.vote(instrumentId, certainty);
	}

	/** Votes that went against the voter's own statements or against what others urged. */
	@GetMapping("/{instrumentId}/divergences")
	@Operation(summary = "Votes that went against the voter's statements or what others urged",
			description = "Resolution 2803: Algeria voted for after Hamas urged it to reject the resolution. With"
					+ " certainty: only votes, statements and appeals at least that certain.")
	Divergences divergences(@Parameter(example = "resolution-2803") @PathVariable @GraphId String instrumentId,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty) throws UnknownEntityException {
		return votes.divergences(instrumentId, certainty);
	}
}
