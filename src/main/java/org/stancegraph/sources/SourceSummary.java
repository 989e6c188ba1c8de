package org.stancegraph.sources;

import java.time.LocalDate;

/**
 * A source document without its text: how many claims quote it and the dates of the first and last of them (the
 * span of time it speaks about, which may begin before it was published).
 */
public record SourceSummary(String id, String title, String publisher, LocalDate published, long claimCount,
		LocalDate firstClaimDate, LocalDate lastClaimDate) {
}
