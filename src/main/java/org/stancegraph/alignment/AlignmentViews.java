package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.EvidenceItem;

/** The answers about who aligns with whom. */
public final class AlignmentViews {

	private AlignmentViews() {
	}

	/** Two actors compared over the targets both took a position on, with the evidence of each side. */
	public record Alignment(List<EntitySummary> actors, LocalDate asOf, String certainty, Agreement agreement,
			List<SharedTarget> targets) {
	}

	/** How often the two agree, and the score that sums it up. */
	public record Agreement(
			@Schema(description = "S of Signorino and Ritter (1999): 1 - 2 x the mean distance of their positions (for 1,"
					+ " neutral 0.5, against 0) over the targets compared; 1 always the same, -1 always opposite; null"
					+ " with nothing to compare (then absent)") Double score,
			@Schema(example = MEASURE) String measure,
			@Schema(description = "shared targets on which neither position is MIXED") int compared,
			int agree, int disagree, int oneAbstains,
			@Schema(description = "shared targets left out of the score: an actor's claims in force are on both sides") int mixed) {
	}

	public static final String MEASURE = "S (Signorino and Ritter 1999)";

	/** A target both took a position on: each one's position and what the two make. */
	public record SharedTarget(EntitySummary target,
			@Schema(allowableValues = { "AGREE", "DISAGREE", "ONE_ABSTAINS", "MIXED" }) String outcome,
			@Schema(description = "0, 0.5 or 1; absent when a position is MIXED") Double distance,
			@Schema(description = "the two actors' positions, in the order the actors were given") List<PositionOnTarget> positions) {
	}

	/** One actor's position on a shared target: the claims in force, their relations and quotes. */
	public record PositionOnTarget(EntitySummary actor,
			@Schema(allowableValues = { "FOR", "AGAINST", "NEUTRAL", "MIXED" }) String side, List<String> relations,
			String certainty, List<String> claims, List<EvidenceItem> evidence) {
	}

	/** Every pair's agreement among a set of actors, and the blocs they form. */
	public record AgreementMatrix(LocalDate asOf, String certainty, BlocMethod method,
			@Schema(description = "in bloc order, each bloc's members by name") List<MatrixActor> actors,
			@Schema(description = "each pair that shares a target, by the actors' ids; a pair without one has no entry")
			List<AgreementPair> pairs, List<Bloc> blocs) {
	}

	/** An actor of the matrix: how many positions it has and its bloc (an index into blocs). */
	public record MatrixActor(EntitySummary actor, int positions, int bloc) {
	}

	/** Two actors' agreement, as {@link Agreement} says it for a pair, without the targets. */
	public record AgreementPair(@Schema(description = "the two ids, in id order") List<String> actors,
			@Schema(description = "targets both took a position on") int shared, int compared, int agree, int disagree,
			int oneAbstains, int mixed, @Schema(description = "S; absent with nothing to compare") Double score) {
	}

	/** How the blocs were found, so that they can be found again. */
	public record BlocMethod(String algorithm, String objective,
			@Schema(description = "the mean agreement above which a group holds together (CPM's resolution)") double resolution,
			@Schema(description = "the random seed: the same graph and seed give the same blocs") long seed) {
	}

	/** A bloc: its members, how far they agree on average, and the targets that hold it together or split it. */
	public record Bloc(int index, List<EntitySummary> members,
			@Schema(description = "the mean S of its members' pairs that have one; absent for a bloc of one") Double cohesion,
			List<BlocTarget> holding, List<BlocTarget> splitting) {
	}

	/** A target on which at least two members of a bloc took a position, and who stands where. */
	public record BlocTarget(EntitySummary target, int members, List<BlocSide> sides) {
	}

	public record BlocSide(@Schema(allowableValues = { "FOR", "AGAINST", "NEUTRAL", "MIXED" }) String side,
			List<String> actors) {
	}
}
