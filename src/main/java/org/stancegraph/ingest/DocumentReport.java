package org.stancegraph.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What {@code POST /api/documents} saved, or with {@code dryRun=true} would save.
 *
 * @param document         the document's id (given, or made from outlet or publisher, date and title)
 * @param contentHash      the SHA-256 of its text as stored, in hex
 * @param saved            false for a dry run, which writes nothing
 * @param entitiesCreated  the ids of the request's new entities
 * @param claims           the ids of the claims loaded
 * @param voteTallies      vote tallies loaded
 * @param derivedEdges     holder-relation-target edges recomputed
 * @param withoutCertainty the claims that give no certainty, loaded as {@code reported} (the default)
 */
public record DocumentReport(
		@Schema(example = "example-outlet-2025-11-20-turkey-ready-to-send-troops-to-the-isf") String document,
		@Schema(example = "5c1d0b3c0e6f2d8a9f5b7e4c3a2d1f0e9b8c7a6d5e4f3a2b1c0d9e8f7a6b5c4d") String contentHash,
		boolean saved, List<String> entitiesCreated, List<String> claims, int voteTallies, int derivedEdges,
		int nodesCreated, int relationshipsCreated, long millis, List<String> withoutCertainty) {
}
