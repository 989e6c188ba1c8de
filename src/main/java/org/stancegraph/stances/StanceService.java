package org.stancegraph.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.Relation;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.ActorStances;
import org.stancegraph.stances.StanceViews.BackerOpposing;
import org.stancegraph.stances.StanceViews.BackersOpposing;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.stances.StanceViews.EvidencedEdge;
import org.stancegraph.stances.StanceViews.Positions;

/** Who stands where on what, and on what evidence. Reads only: cluster routing sends them to readers. */
@Service
@Transactional(readOnly = true)
public class StanceService {

	private final StanceRepository stances;
	private final EntityService entities;

	StanceService(StanceRepository stances, EntityService entities) {
		this.stances = stances;
		this.entities = entities;
	}

	public Positions positions(String targetId) {
		EntitySummary target = entities.require(targetId);
		return new Positions(target, stances.positions(targetId));
	}

	public ActorStances stances(String actorId) {
		EntitySummary actor = entities.require(actorId);
		return new ActorStances(actor, stances.stances(actorId));
	}

	public List<EvidenceItem> evidence(String actorId, String relation, String targetId) {
		if (actorId == null && targetId == null) {
			throw new IllegalArgumentException("give actor, target or both");
		}
		if (relation != null && !Relation.names().contains(relation)) {
			throw new IllegalArgumentException("relation '" + relation + "' is not one of " + Relation.names());
		}
		if (actorId != null) {
			entities.require(actorId);
		}
		if (targetId != null) {
			entities.require(targetId);
		}
		return stances.evidence(actorId, relation, targetId);
	}

	/** The actors with SUPPORTS to {@code backing} and OPPOSES to {@code opposing}, with the evidence for both. */
	public BackersOpposing backersOpposing(String backingId, String opposingId) {
		EntitySummary backing = entities.require(backingId);
		EntitySummary opposing = entities.require(opposingId);
		List<StanceRepository.BackerRow> rows = stances.backersOpposing(backingId, opposingId);
		List<String> claimIds = new ArrayList<>();
		rows.forEach(row -> {
			claimIds.addAll(row.supports().claims());
			claimIds.addAll(row.opposes().claims());
		});
		Map<String, List<EvidenceItem>> evidence = stances.evidenceByClaim(claimIds);
		return new BackersOpposing(backing, opposing, rows.stream()
				.map(row -> new BackerOpposing(row.actor(), evidenced(row.supports(), evidence), evidenced(row.opposes(), evidence)))
				.toList());
	}

	private static EvidencedEdge evidenced(StanceRepository.Edge edge, Map<String, List<EvidenceItem>> evidence) {
		return new EvidencedEdge(edge.claims(), edge.sources(), edge.condition(),
				edge.claims().stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList());
	}
}
