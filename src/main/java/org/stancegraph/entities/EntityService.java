package org.stancegraph.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.database.GraphVersion;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

@Service
@Transactional(readOnly = true)
public class EntityService {

	private final EntityRepository entities;
	private final GraphVersion versions;

	/**
	 * Summaries already read, under the graph version they were read at: nearly every answer names its entities, and
	 * this spares it the look-up's round trip. An entry of an older version is never read again and ages out.
	 */
	private final Cache<Known, EntitySummary> known = Caffeine.newBuilder().maximumSize(100_000).build();

	private record Known(String version, String id) {
	}

	EntityService(EntityRepository entities, GraphVersion versions) {
		this.entities = entities;
		this.versions = versions;
	}

	/**
	 * A page of the entities whose id, name or an alias matches every word of {@code q} (as a word prefix), case-
	 * and accent-insensitive ("Türkiye", "turkiye" and "Ankara" all find Turkey), best match first (the ranking is
	 * the search query's, {@link EntitySearchImpl}); without {@code q}, of all entities (of a kind) by name.
	 */
	public EntityList search(String q, String kind, Paging page) {
		if (kind != null && !EntityKind.names().contains(kind)) {
			throw new IllegalArgumentException("kind '" + kind + "' is not one of " + EntityKind.names());
		}
		if (q == null || q.isBlank()) {
			return new EntityList(entities.list(kind, page), page.of(entities.count(kind)));
		}
		String terms = fullTextTerms(q);
		if (terms.isEmpty()) {
			return new EntityList(List.of(), page.of(0));
		}
		return new EntityList(entities.search(terms, q, kind, page), page.of(entities.countSearch(terms, kind)));
	}

	/**
	 * The user's words as a Lucene query for the folding analyzer of the index. Only letters and digits survive, so
	 * nothing the user types is Lucene syntax; accents are stripped here because wildcard terms are not analysed.
	 */
	static String fullTextTerms(String q) {
		String folded = Normalizer.normalize(q, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
				.filter(word -> !word.isEmpty())
				.map(word -> word + "*")
				.collect(Collectors.joining(" AND "));
	}

	public EntityDetails get(String id) {
		EntityNode node = entities.findById(id).orElseThrow(() -> new UnknownEntityException("entity", id));
		EntityDetails.Concerns concerns = entities.concerns(id);
		return new EntityDetails(node.id(), node.name(), node.kind(), node.aliases() == null ? List.of() : node.aliases(),
				node.description(), node.role(), entities.speakersFor(id), entities.spokenForBy(id), concerns.concerns(),
				concerns.concernedBy());
	}

	/** The entity's summary, or 404 for an id the graph does not have. */
	public EntitySummary require(String id) {
		return requireAll(id).getFirst();
	}

	/**
	 * The summaries of all these entities, in the order given, those not known at this version in one query (a request
	 * names two or three); 404 for the first id the graph does not have.
	 */
	public List<EntitySummary> requireAll(String... ids) {
		String version = versions.current();
		Map<String, EntitySummary> found = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String id : ids) {
			EntitySummary summary = known.getIfPresent(new Known(version, id));
			if (summary != null) {
				found.put(id, summary);
			}
			else {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			entities.summaries(unknown).forEach(summary -> {
				found.put(summary.id(), summary);
				known.put(new Known(version, summary.id()), summary);
			});
		}
		List<EntitySummary> summaries = new ArrayList<>(ids.length);
		for (String id : ids) {
			EntitySummary summary = found.get(id);
			if (summary == null) {
				throw new UnknownEntityException("entity", id);
			}
			summaries.add(summary);
		}
		return summaries;
	}
}
