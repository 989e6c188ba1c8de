package org.stancegraph.claims;

import java.util.List;

/**
 * What a load wrote. Loading the same files again writes nothing: every count is 0. Vote tallies are counted apart
 * from claims, as validate, stats and export count them.
 *
 * @param documents          source documents in the loaded set
 * @param entities           entities in the loaded set
 * @param claims             claims in the loaded set
 * @param voteTallies        vote tallies in the loaded set
 * @param changedClaims      claims that were new or differed from the graph, and so were written
 * @param changedVoteTallies vote tallies that were new or differed from the graph, and so were written
 * @param derivedEdges       holder-relation-target edges recomputed
 */
public record LoadReport(int documents, int entities, int claims, int voteTallies, int changedClaims,
		int changedVoteTallies, int derivedEdges, int nodesCreated, int nodesDeleted, int relationshipsCreated,
		int relationshipsDeleted, int propertiesSet, int labelsAdded, long millis) {

	/** The reports of a set loaded in several transactions, as one. */
	static LoadReport sum(ClaimSet set, List<LoadReport> parts, long millis) {
		return new LoadReport(set.documents().size(), set.entities().size(), set.claims().size(), set.votes().size(),
				parts.stream().mapToInt(LoadReport::changedClaims).sum(), parts.stream().mapToInt(LoadReport::changedVoteTallies).sum(),
				parts.stream().mapToInt(LoadReport::derivedEdges).sum(),
				parts.stream().mapToInt(LoadReport::nodesCreated).sum(), parts.stream().mapToInt(LoadReport::nodesDeleted).sum(),
				parts.stream().mapToInt(LoadReport::relationshipsCreated).sum(),
				parts.stream().mapToInt(LoadReport::relationshipsDeleted).sum(), parts.stream().mapToInt(LoadReport::propertiesSet).sum(),
				parts.stream().mapToInt(LoadReport::labelsAdded).sum(), millis);
	}

	/** The same counts in another time: a load's whole time where the report counted a part of it. */
	public LoadReport took(long wholeMillis) {
		return new LoadReport(documents, entities, claims, voteTallies, changedClaims, changedVoteTallies, derivedEdges,
				nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet, labelsAdded, wholeMillis);
	}

	public boolean wroteNothing() {
		return nodesCreated == 0 && nodesDeleted == 0 && relationshipsCreated == 0 && relationshipsDeleted == 0
				&& propertiesSet == 0 && labelsAdded == 0;
	}

	@Override
	public String toString() {
		return "%d documents, %d entities, %d claims (%d new or changed), %d vote tallies (%d new or changed), %d derived edges recomputed; wrote %d nodes, %d relationships, %d properties, %d labels, deleted %d nodes, %d relationships in %d ms"
			.formatted(documents, entities, claims, changedClaims, voteTallies, changedVoteTallies, derivedEdges, nodesCreated,
					relationshipsCreated, propertiesSet, labelsAdded, nodesDeleted, relationshipsDeleted, millis);
	}
}
