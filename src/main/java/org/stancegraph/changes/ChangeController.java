package org.stancegraph.changes;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stancegraph.changes.ChangeViews.Changes;
import org.stancegraph.changes.ChangeViews.Kind;
import org.stancegraph.graph.Certainty;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api")
@Tag(name = "Changes", description = "What changed between two dates, and a feed of it")
class ChangeController {

	private final ChangeService changes;

	ChangeController(ChangeService changes) {
		this.changes = changes;
	}

	@GetMapping("/changes")
	@Operation(summary = "What changed between two dates",
			description = "Each actor's stance on each target (per axis) with a claim dated after since and by until:"
					+ " NEW_POSITION, REVERSAL (the side changed), NEW_CONDITION, CERTAINTY_CHANGED or CONFIRMED, with the"
					+ " claims in force before and after and their quotes; newest first, a page of them (counts: of every"
					+ " kind). With the actors and targets first named in that time. Dates are the sources' dates of what"
					+ " they report. With actor or target: only theirs. With certainty: only claims at least that certain"
					+ " count, or supersede.")
	Changes changes(
			// not @AsOfDate, whose words ("only what the sources had said by this date") say something else
			@Parameter(description = "the window's start, not in it (YYYY-MM-DD): what was in force then is 'before'",
					example = "2025-11-10") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam LocalDate since,
			@Parameter(description = "the window's end, in it (YYYY-MM-DD): what is in force then is 'after'",
					example = "2025-11-18") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam LocalDate until,
			@Parameter(example = "israel") @RequestParam(required = false) @GraphId String actor,
			@Parameter(example = "resolution-2803") @RequestParam(required = false) @GraphId String target,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@Parameter(description = "only changes of this kind", example = "NEW_POSITION") @RequestParam(required = false) Kind kind,
			@ParameterObject Paging page) throws UnknownEntityException {
		return changes.changes(since, until, actor, target, certainty, kind, page);
	}

	@GetMapping(path = "/changes/feed", produces = ChangeFeed.MEDIA_TYPE)
	@Operation(summary = "The latest changes as an Atom feed",
			description = "The changes of the last days (default 30, 1 to 3660) before the latest claim in the graph, the"
					+ " newest 100, as Atom entries: a title saying what changed, the quotes after it with their certainty,"
					+ " chain and source, a link to the evidence. With actor or target: only theirs.")
	String feed(
			@Parameter(description = "how many days before the latest claim", example = "30")
			@RequestParam(defaultValue = "" + ChangeService.DEFAULT_FEED_DAYS) int days,
			@Parameter(example = "israel") @RequestParam(required = false) @GraphId String actor,
			@Parameter(example = "resolution-2803") @RequestParam(required = false) @GraphId String target,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			HttpServletRequest request) throws UnknownEntityException {
		String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return ChangeFeed.render(changes.latest(days, actor, target, certainty), self, base);
	}
}
