package org.stancegraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A validated dataset, ready to load: every id resolves and every quote occurs in its document. */
public record ClaimSet(List<SourceDocument> documents, List<EntityDefinition> entities, List<ClaimDefinition> claims,
		List<VoteRecord> votes) {

	public ClaimSet(List<SourceDocument> documents, List<EntityDefinition> entities, List<ClaimDefinition> claims) {
		this(documents, entities, claims, List.of());
	}

	/** The claims that give no certainty, by file: they are loaded with {@link org.stancegraph.graph.Certainty#DEFAULT}. */
	public Map<String, List<String>> defaultCertainty() {
		Map<String, List<String>> byFile = new TreeMap<>();
		claims.stream().filter(c -> !c.attribution().certaintyGiven())
			.forEach(c -> byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c.id()));
		return byFile;
	}

	public int size() {
		return documents.size() + entities.size() + claims.size() + votes.size();
	}
}
