package org.stancegraph.ingest;

import java.util.List;

import org.stancegraph.claims.LoadReport;

/**
 * What {@code POST /api/claims} wrote. Posting the same file again writes nothing: {@code wroteNothing} is true
 * and every count is 0.
 *
 * @param source             the source document the file's claims quote
 * @param claims             claims in the file
 * @param voteTallies        vote tallies in the file (counted apart from claims, as everywhere else)
 * @param changedClaims      claims that were new or changed, and so were written
 * @param changedVoteTallies vote tallies that were new or changed, and so were written
 * @param derivedEdges       holder-relation-target edges recomputed
 * @param withoutCertainty   the file's claims that give no certainty, loaded as {@code reported} (the default)
 */
public record IngestReport(String source, int claims, int voteTallies, int changedClaims, int changedVoteTallies,
		int derivedEdges, int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted,
		int propertiesSet, int labelsAdded, boolean wroteNothing, long millis, List<String> withoutCertainty) {

	static IngestReport of(String source, LoadReport report, List<String> withoutCertainty) {
		return new IngestReport(source, report.claims(), report.voteTallies(), report.changedClaims(),
				report.changedVoteTallies(), report.derivedEdges(), report.nodesCreated(), report.nodesDeleted(),
				report.relationshipsCreated(), report.relationshipsDeleted(), report.propertiesSet(), report.labelsAdded(),
				report.wroteNothing(), report.millis(), withoutCertainty);
	}
}
