package org.stancegraph.alignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.alignment.AlignmentViews.Agreement;
import org.stancegraph.alignment.AlignmentViews.Alignment;
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
				.map(p -> new PositionOnTarget(byId.get(p.actor()), p.side(), p.relations(), p.certainty(), p.claims(), p.claims().stream()
					.flatMap(id -> evidence.getOrDefault(id, List.of()).stream())
					.toList()))
				.toList()))
			.toList();
		return new Alignment(summaries, asOf, certainty.word(), new Agreement(row.score(), AlignmentViews.MEASURE,
				row.compared(), row.agree(), row.disagree(), row.oneAbstains(), row.mixed()), targets);
	}
}
