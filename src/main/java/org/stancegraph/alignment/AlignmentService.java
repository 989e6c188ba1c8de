package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.alignment.AlignmentViews.Agreement;
import org.stancegraph.alignment.AlignmentViews.AgreementMatrix;
import org.stancegraph.alignment.AlignmentViews.Alignment;
import org.stancegraph.alignment.AlignmentViews.Bloc;
import org.stancegraph.alignment.AlignmentViews.BlocMethod;
import org.stancegraph.alignment.AlignmentViews.MatrixActor;
import org.stancegraph.alignment.AlignmentViews.PositionOnTarget;
import org.stancegraph.alignment.AlignmentViews.SharedTarget;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.StanceService;
import org.stancegraph.stances.StanceViews.EvidenceItem;

/** Who lines up with whom: agreement between actors over the targets they took positions on. Reads only. */
@Service
@Transactional(readOnly = true)
public class AlignmentService {

	public static final int MAX_ACTORS = 50;
	public static final int MAX_TARGETS = 50;
	public static final int DEFAULT_MIN_POSITIONS = 1;
	public static final double DEFAULT_RESOLUTION = 0.0;
	public static final long DEFAULT_SEED = 1;

	private final AlignmentRepository alignments;
	private final EntityService entities;
	private final StanceService stances;

	AlignmentService(AlignmentRepository alignments, EntityService entities, StanceService stances) {
		this.alignments = alignments;
		this.entities = entities;
		this.stances = stances;
	}

	/**
	 * Two actors compared target by target, each side with the quotes of its claims in force.
	 *
	 * @param asOf null for every claim; else the claims in force on that date
	 * @param certainty the minimum: weaker claims neither count nor supersede
	 */
	public Alignment alignment(List<String> actorIds, LocalDate asOf, Certainty certainty) {
		if (actorIds == null || actorIds.size() != 2 || actorIds.get(0).equals(actorIds.get(1))) {
			throw new IllegalArgumentException("actors: give two different actor ids, such as actors=israel,united-states");
		}
		List<EntitySummary> summaries = entities.requireAll(actorIds.toArray(String[]::new));
		Map<String, EntitySummary> byId = summaries.stream().collect(Collectors.toMap(EntitySummary::id, summary -> summary));
		AlignmentRepository.AlignmentRow row = alignments.alignment(actorIds.get(0), actorIds.get(1), asOf, certainty);
		Map<String, List<EvidenceItem>> evidence = stances.evidenceOfClaims(row.targets().stream()
			.flatMap(target -> target.positions().stream())
			.flatMap(position -> position.claims().stream())
			.toList());
		List<SharedTarget> targets = row.targets().stream()
			.map(target -> new SharedTarget(target.target(), target.outcome(), target.distance(), target.positions().stream()
				.map(p -> new PositionOnTarget(byId.get(p.actor()), p.side(), p.relations(), p.certainty(), p.claims(),
						p.claims().stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList()))
				.toList()))
			.toList();
		return new Alignment(summaries, asOf, certainty.word(), new Agreement(row.score(), AlignmentViews.MEASURE,
				row.compared(), row.agree(), row.disagree(), row.oneAbstains(), row.mixed()), targets);
	}

	/**
	 * Every pair's agreement among the actors, or among those with at least {@code minPositions} positions (and one on
	 * a target of {@code targets} if given), and the blocs they form (see {@link Blocs}), each with the targets that hold
	 * it together and those that split it.
	 */
	public AgreementMatrix matrix(List<String> actorIds, List<String> targetIds, int minPositions, LocalDate asOf,
			Certainty certainty, double resolution, long seed) {
		List<String> actors = actorIds == null || actorIds.isEmpty() ? null : actorIds.stream().distinct().toList();
		List<String> targets = targetIds == null || targetIds.isEmpty() ? null : targetIds.stream().distinct().toList();
		if (actors != null && actors.size() > MAX_ACTORS) {
			throw new IllegalArgumentException("actors: at most " + MAX_ACTORS + ", not " + actors.size());
		}
		if (targets != null && targets.size() > MAX_TARGETS) {
			throw new IllegalArgumentException("targets: at most " + MAX_TARGETS + ", not " + targets.size());
		}
		if (minPositions < 1) {
			throw new IllegalArgumentException("minPositions must be 1 or more, not " + minPositions);
		}
		if (!(resolution >= 0 && resolution <= 1)) {
			throw new IllegalArgumentException("resolution must be between 0 and 1, not " + resolution);
		}
		if (seed < 0) {
			throw new IllegalArgumentException("seed must be 0 or more, not " + seed);
		}
		List<String> named = new ArrayList<>(actors == null ? List.of() : actors);
		if (targets != null) {
			named.addAll(targets);
		}
		if (!named.isEmpty()) {
			entities.requireAll(named.stream().distinct().toArray(String[]::new));
		}
		AlignmentRepository.MatrixRow row = alignments.matrix(actors, targets, minPositions, asOf, certainty);
		if (row.actors().size() > MAX_ACTORS) {
			throw new IllegalArgumentException(row.actors().size() + " actors have positions that qualify, more than "
					+ MAX_ACTORS + ": name them with actors, narrow targets or raise minPositions");
		}
		List<String> ids = row.actors().stream().map(AlignmentRepository.MatrixActorRow::id).toList();
		List<List<String>> found = Blocs.find(ids, row.pairs(), resolution, seed);
		// a bloc of one has no target two members took a position on: the query returns no row for it
		List<AlignmentRepository.BlocTargetRow> blocTargets = found.isEmpty() ? List.of()
				: alignments.targetsOfBlocs(found, asOf, certainty);
		Map<Integer, List<AlignmentRepository.BlocTargetRow>> targetsByBloc = blocTargets.stream()
			.collect(Collectors.groupingBy(AlignmentRepository.BlocTargetRow::bloc));

		Map<String, AlignmentRepository.MatrixActorRow> byId = row.actors().stream()
			.collect(Collectors.toMap(AlignmentRepository.MatrixActorRow::id, actor -> actor));
		List<Double> cohesions = Blocs.cohesions(found, row.pairs());
		List<MatrixActor> matrixActors = new ArrayList<>();
		List<Bloc> blocs = new ArrayList<>();
		for (int index = 0; index < found.size(); index++) {
			List<AlignmentRepository.MatrixActorRow> members = found.get(index).stream().map(byId::get)
				.sorted(Comparator.comparing(AlignmentRepository.MatrixActorRow::name)
					.thenComparing(AlignmentRepository.MatrixActorRow::id))
				.toList();
			for (var member : members) {
				matrixActors.add(new MatrixActor(member.summary(), member.positions(), index));
			}
			List<AlignmentRepository.BlocTargetRow> ofBloc = targetsByBloc.getOrDefault(index, List.of());
			blocs.add(new Bloc(index, members.stream().map(AlignmentRepository.MatrixActorRow::summary).toList(),
					cohesions.get(index),
					ofBloc.stream().filter(t -> "HOLDS".equals(t.effect())).map(AlignmentRepository.BlocTargetRow::view).toList(),
					ofBloc.stream().filter(t -> "SPLITS".equals(t.effect())).map(AlignmentRepository.BlocTargetRow::view).toList()));
		}
		return new AgreementMatrix(asOf, certainty.word(), new BlocMethod(Blocs.ALGORITHM, Blocs.OBJECTIVE, resolution, seed),
				matrixActors, row.pairs(), blocs);
	}
}
