package org.stancegraph.claims;

import java.util.List;

/** A validated dataset, ready to load: every id resolves and every quote occurs in its document. */
public record ClaimSet(List<SourceDocument> documents, List<EntityDefinition> entities, List<ClaimDefinition> claims,
		List<VoteRecord> votes) {

	public ClaimSet(List<SourceDocument> documents, List<EntityDefinition> entities, List<ClaimDefinition> claims) {
		this(documents, entities, claims, List.of());
	}

	public int size() {
		return documents.size() + entities.size() + claims.size() + votes.size();
	}
}
