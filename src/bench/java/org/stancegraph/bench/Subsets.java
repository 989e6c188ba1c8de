package org.stancegraph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stancegraph.bench.naive.ClaimRecord;
import org.stancegraph.bench.naive.EntityRecord;
import org.stancegraph.bench.naive.EvidenceRecord;
import org.stancegraph.bench.naive.SourceRecord;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.claims.SourceDocument;

/**
 * The first claims of a set, with the entities and documents they cite, every id prefixed: a separate subgraph in
 * the same store, so that the ingest baselines write exactly what the loader writes without touching the loaded
 * graph, and can be deleted afterwards.
 */
final class Subsets {

	private Subsets() {
	}

	static ClaimSet prefixed(ClaimSet set, int claims, String prefix) {
		Map<String, EntityDefinition> entities = new LinkedHashMap<>();
		set.entities().forEach(e -> entities.put(e.id(), e));
		Map<String, SourceDocument> documents = new LinkedHashMap<>();
		set.documents().forEach(d -> documents.put(d.id(), d));

		Map<String, EntityDefinition> usedEntities = new LinkedHashMap<>();
		Map<String, SourceDocument> usedDocuments = new LinkedHashMap<>();
		List<ClaimDefinition> subset = set.claims().stream().limit(claims).map(c -> {
			for (String id : new String[] { c.holder(), c.target() }) {
				EntityDefinition e = entities.get(id);
				// concerns are left out: they would reach entities outside the subset
				usedEntities.computeIfAbsent(id, k -> new EntityDefinition(prefix + e.id(), e.kind(), e.name(), e.aliases(),
						e.description(), e.role(), List.of(), List.of()));
			}
			c.evidence().forEach(ev -> {
				SourceDocument d = documents.get(ev.source());
				usedDocuments.computeIfAbsent(ev.source(), k -> new SourceDocument(prefix + d.id(), d.title(), d.publisher(),
						d.published(), d.publishedBasis(), d.authors(), d.corpusFile(), d.text()));
			});
			return new ClaimDefinition(prefix + c.id(), prefix + c.source(), prefix + c.holder(), c.relation(),
					prefix + c.target(), c.date(), prefixed(prefix, c.speaker()), withoutReferences(c.attribution()),
					c.condition(), c.detail(), prefixed(prefix, c.regarding()), c.validFrom(), c.validUntil(), c.vote(),
					c.urging(), c.evidence().stream().map(ev -> new Evidence(prefix + ev.source(), ev.quote())).toList(),
					c.file(), withoutReferences(c.qualifiers()));
		}).toList();
		return new ClaimSet(List.copyOf(usedDocuments.values()), List.copyOf(usedEntities.values()), subset);
	}

	/** One claim with just the entities and documents it cites: what one transaction per claim writes. */
	static ClaimSet single(ClaimSet prefixedSubset, int index) {
		ClaimDefinition c = prefixedSubset.claims().get(index);
		List<String> sources = c.evidence().stream().map(Evidence::source).toList();
		return new ClaimSet(prefixedSubset.documents().stream().filter(d -> sources.contains(d.id())).toList(),
				prefixedSubset.entities().stream().filter(e -> e.id().equals(c.holder()) || e.id().equals(c.target())).toList(),
				List.of(c));
	}

	/** The same claims as SDN entities; one object per entity and document, shared, as an SDN app would build them. */
	static List<ClaimRecord> records(ClaimSet prefixedSubset) {
		Map<String, EntityRecord> entities = new LinkedHashMap<>();
		prefixedSubset.entities().forEach(e -> entities.put(e.id(), new EntityRecord(e.id(), e.name(), e.kind())));
		Map<String, SourceRecord> sources = new LinkedHashMap<>();
		prefixedSubset.documents().forEach(d -> sources.put(d.id(),
				new SourceRecord(d.id(), d.title(), d.publisher(), d.published(), d.text())));
		return prefixedSubset.claims().stream()
			.map(c -> new ClaimRecord(c.id(), c.source(), c.relation().name(), c.date(), c.quote(), c.condition(),
					entities.get(c.holder()), entities.get(c.target()),
					c.evidence().stream().map(ev -> new EvidenceRecord(null, ev.quote(), sources.get(ev.source()))).toList()))
			.toList();
	}

	/** Its certainty, not its claimant and chain: they would reach entities outside the subset. */
	private static Attribution withoutReferences(Attribution a) {
		return new Attribution(a.certainty(), a.certaintyGiven(), a.certaintyBasis(), null, List.of(), a.hedges());
	}

	private static Qualifiers withoutReferences(Qualifiers q) {
		return new Qualifiers(q.datePrecision(), q.reported(), q.quantity(), q.period(), q.conditionKind(), null, null);
	}

	private static String prefixed(String prefix, String id) {
		return id == null ? null : prefix + id;
	}
}
