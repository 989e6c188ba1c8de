package org.stancegraph.stances;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.Contradictions;
import org.stancegraph.stances.StanceViews.EvidenceList;
import org.stancegraph.stances.StanceViews.Positions;
import org.stancegraph.stances.StanceViews.Timeline;
import org.stancegraph.web.AsOfDate;
import org.stancegraph.web.GraphId;
import org.stancegraph.web.MinimumCertainty;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

@RestController
@RequestMapping("/api")
@Tag(name = "Stances", description = "Who stands where on what, since when, on what evidence")
class StanceController {

	private final StanceService stances;

	StanceController(StanceService stances) {
		this.stances = stances;
	}

	@GetMapping("/targets/{id}/positions")
	@Operation(summary = "Everyone's relation to a target, by relation",
			description = "Each actor with its claims, distinct sources and publishers, condition and dates; counts gives"
					+ " the number of actors per relation for the whole answer, page says which actors (by relation, then"
					+ " name) this answer holds. With relation: that relation only. With asOf: only claims said by then,"
					+ " and per actor and question those in force (a later claim stating something else supersedes"
					+ " earlier ones). With certainty: only edges whose strongest claim is at least that certain (as of a"
					+ " date: only such claims); each actor with its edge's strongest certainty and claims per certainty.")
	Positions positions(
			@Parameter(example = "turkish-participation-in-isf") @PathVariable @GraphId String id,
			@Parameter(description = "one relation only", example = "OPPOSES")
			@RequestParam(required = false) @Size(max = 40) String relation,
			@AsOfDate(example = "2025-11-10") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page) throws UnknownEntityException {
		return stances.positions(id, relation, asOf, certainty, page);
	}

	@GetMapping("/actors/{id}/stances")
	@Operation(summary = "An actor's claims, in date order, with evidence",
			description = "A page of them (see page.total), each with how sure the source is. With asOf: the claims in force"
					+ " on that date. With certainty: only claims at least that certain.")
	ActorStances stances(
			@Parameter(example = "hamas") @PathVariable @GraphId String id,
			@AsOfDate(example = "2025-11-10") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page) throws UnknownEntityException {
		return stances.stances(id, asOf, certainty, page);
	}

	@GetMapping("/actors/{id}/timeline")
	@Operation(summary = "An actor's claims over time, optionally on one target",
			description = "A page of them, in date order (see page.total). With target: claims about it, about what it is"
					+ " regarding, and about propositions and instruments that concern it (the United States on the ISF:"
					+ " proposing it, backing Resolution 2803, the report that it may abandon the deployment). With"
					+ " certainty: only claims at least that certain.")
	Timeline timeline(
			@Parameter(example = "united-states") @PathVariable @GraphId String id,
			@Parameter(example = "isf") @RequestParam(required = false) @GraphId String target,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page) throws UnknownEntityException {
		return stances.timeline(id, target, certainty, page);
	}

	@GetMapping("/evidence")
	@Operation(summary = "The quotes behind claims by an actor and/or about a target",
			description = "Give actor, target or both; relation narrows it; asOf keeps the claims said by then; certainty"
					+ " the claims at least that certain. A page of items in date order (see page.total), each: claim and"
					+ " holder, date (and its precision) and date reported, certainty and hedge words, speaker, claimant,"
					+ " via (outermost first), the document's outlet, the chain as a reader says it (holder ← claimant ← via"
					+ " ← outlet), quantity, period, condition, addressee, quote, source document.")
	EvidenceList evidence(
			@Parameter(example = "azerbaijan") @RequestParam(required = false) @GraphId String actor,
			@Parameter(example = "OFFERS_TROOPS") @RequestParam(required = false) @Size(max = 40) String relation,
			@Parameter(example = "isf") @RequestParam(required = false) @GraphId String target,
			@AsOfDate(example = "2025-11-19") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page) throws UnknownEntityException {
		return stances.evidence(actor, relation, target, asOf, certainty, page);
	}

	/** Which backers of one thing oppose another: "which backers of the 20-point plan oppose Turkish participation in the ISF". */
	@GetMapping("/queries/backers-opposing")
	@Operation(summary = "Actors that SUPPORT one thing and OPPOSE another, with the evidence for both",
			description = "The example question: which backers of the 20-point plan oppose Turkish participation in the ISF"
					+ " (Israel, on two sources). A page of actors by name (see page.total), each edge with the first quotes"
					+ " of its claims (evidenceTotal: how many). With certainty: both edges held at least that certain"
					+ " (their strongest claims), and only the evidence of claims that are.")
	BackersOpposing backersOpposing(
			@Parameter(example = "twenty-point-plan") @RequestParam @GraphId String backing,
			@Parameter(example = "turkish-participation-in-isf") @RequestParam @GraphId String opposing,
			@AsOfDate(example = "2025-11-10") @RequestParam(required = false) LocalDate asOf,
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page,
			@Parameter(description = "quotes of each edge, its first ones, 0 to " + StanceService.MAX_QUOTES
					+ " (evidenceTotal says how many it has; all of them: /api/evidence)", example = "" + StanceService.DEFAULT_QUOTES)
			@RequestParam(defaultValue = "" + StanceService.DEFAULT_QUOTES) int quotes) throws UnknownEntityException {
		return stances.backersOpposing(backing, opposing, asOf, certainty, page, quotes);
	}

	/** Actor-target pairs with conflicting relations (for and against, or a stance and a later reversal). */
	@GetMapping("/contradictions")
	@Operation(summary = "Actors the sources put on both sides of one question about a target",
			description = "For and against, or offering and declining; each side with its relations, dates, sources,"
					+ " publishers and quotes; kind is reversal when one side was all said before the other. A page of them"
					+ " by actor, target and axis (see page.total). With certainty: only claims at least that certain.")
	Contradictions contradictions(
			@MinimumCertainty @RequestParam(defaultValue = MinimumCertainty.DEFAULT) Certainty certainty,
			@ParameterObject Paging page) {
		return stances.contradictions(certainty, page);
	}
}
