package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;

import org.stancegraph.web.Paging;

/**
 * A page of the source documents, by publication date, and the span of dates of all claims in the graph (the first
 * and last claim date, whatever the page): what the explorer's "as of" slider runs over.
 */
public record SourceList(List<SourceSummary> items, LocalDate firstClaimDate, LocalDate lastClaimDate, Paging.Info page) {
}
