package org.stancegraph.changes;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.changes.ChangeViews.Change;
import org.stancegraph.changes.ChangeViews.Changes;
import org.stancegraph.changes.ChangeViews.Kind;
import org.stancegraph.changes.ChangeViews.NewEntity;
import org.stancegraph.changes.ChangeViews.StanceState;
import org.stancegraph.entities.EntityService;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.stances.StanceService;
import org.stancegraph.stances.StanceViews.EvidenceItem;
import org.stancegraph.web.Paging;

/**
 * What changed between two dates: each actor's stance on each target before and after, the claims that changed it,
 * and who appeared. Dates are the sources' dates of what they report (when it was said or done), not when a document
 * was loaded. Reads only.
 */
@Service
@Transactional(readOnly = true)
public class ChangeService {

	public static final int DEFAULT_FEED_DAYS = 30;
	public static final int MAX_FEED_DAYS = 3660;
	public static final int FEED_ENTRIES = 100;

	private final ChangeRepository changes;
	private final EntityService entities;
	private final StanceService stances;

	ChangeService(ChangeRepository changes, EntityService entities, StanceService stances) {
		this.changes = changes;
		this.entities = entities;
		this.stances = stances;
	}

	/**
	 * The changes after {@code since} and by {@code until}, of one actor or about one target when given, of one kind
	 * when given; the counts are of every kind.
	 */
	public Changes changes(LocalDate since, LocalDate until, String actorId, String targetId, Certainty certainty, Kind kind,
			Paging page) {
		if (since == null || until == null) {
			throw new IllegalArgumentException("since and until: give both dates (YYYY-MM-DD)");
		}
		if (!since.isBefore(until)) {
			throw new IllegalArgumentException("since must be before until, not " + since + " and " + until);
		}
		EntitySummary actor = actorId == null ? null : entities.require(actorId);
		EntitySummary target = targetId == null ? null : entities.require(targetId);
		List<ChangeRepository.ChangeRow> all = changes.changes(since, until, actorId, targetId, certainty);
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		all.forEach(row -> counts.merge(Kind.valueOf(row.kind()), 1L, Long::sum));
		long newClaims = all.stream().mapToLong(row -> row.claims().size()).sum();
		List<ChangeRepository.ChangeRow> chosen = kind == null ? all
				: all.stream().filter(row -> Kind.valueOf(row.kind()) == kind).toList();
		List<ChangeRepository.ChangeRow> rows = page.slice(chosen);

		Map<String, List<EvidenceItem>> evidence = stances.evidenceOfClaims(rows.stream()
			.flatMap(row -> Stream.of(row.before(), row.after()))
			.filter(state -> state != null)
			.flatMap(state -> state.claims().stream())
			.distinct()
			.toList());
		List<Change> items = rows.stream()
			.map(row -> new Change(Kind.valueOf(row.kind()), row.date(), row.actor(), row.target(), row.axis(), row.claims(),
					state(row.before(), evidence), state(row.after(), evidence)))
			.toList();
		List<ChangeRepository.NewEntityRow> appeared = changes.newEntities(since, until, actorId, targetId, certainty);
		return new Changes(since, until, certainty.word(), actor, target, counts, newClaims, newEntities(appeared, "actor"),
				newEntities(appeared, "target"), items, page.of(chosen.size()));
	}

	/**
	 * The changes of the last {@code days} before the latest claim (today in an empty graph), the newest
	 * {@value #FEED_ENTRIES}: what a feed reader is shown.
	 */
	public Changes latest(int days, String actorId, String targetId, Certainty certainty) {
		if (days < 1 || days > MAX_FEED_DAYS) {
			throw new IllegalArgumentException("days must be between 1 and " + MAX_FEED_DAYS + ", not " + days);
		}
		LocalDate until = changes.latestClaimDate().orElse(LocalDate.now());
		return changes(until.minusDays(days), until, actorId, targetId, certainty, null, Paging.first(FEED_ENTRIES));
	}

	private static StanceState state(ChangeRepository.StateRow row, Map<String, List<EvidenceItem>> evidence) {
		if (row == null) {
			return null;
		}
		return new StanceState(row.side(), row.relations(), row.certainty(), row.conditions(), row.claims(),
				row.claims().stream().flatMap(id -> evidence.getOrDefault(id, List.of()).stream()).toList());
	}

	private static List<NewEntity> newEntities(List<ChangeRepository.NewEntityRow> rows, String role) {
		return rows.stream().filter(row -> role.equals(row.role()))
			.map(row -> new NewEntity(row.entity(), row.first(), row.claims()))
			.toList();
	}
}
