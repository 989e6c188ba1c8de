package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

/** The source documents the claims quote, with their texts: what a reader checks a quote against. */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private static final String DOCUMENT = QueryFile.part("source_document.cypher").query();

	private static final String BY_PUBLICATION = QueryFile.part("sources_by_publication.cypher").query();

	private static final String COUNT_AND_CLAIM_DATES = QueryFile.part("source_count_and_claim_dates.cypher").query();

	private final Neo4jClient neo4j;

	public SourceService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public SourceDocumentView get(String id) {
		return GraphRows.one(neo4j.query(DOCUMENT).bind(id).to("id"), SourceDocumentView.class)
			.orElseThrow(() -> new UnknownEntityException("source document", id));
	}

	/** How many sources there are, and the dates of the first and last claim in the graph. */
	private record CountAndClaimDates(long total, LocalDate firstClaimDate, LocalDate lastClaimDate) {
	}

	/** A page of the source documents, by publication date, with the span of dates of every claim in the graph. */
	public SourceList list(Paging page) {
		List<SourceSummary> items = GraphRows.all(neo4j.query(BY_PUBLICATION)
			.bindAll(Map.of("offset", page.offset(), "limit", page.limit())), SourceSummary.class);
		CountAndClaimDates all = GraphRows.one(neo4j.query(COUNT_AND_CLAIM_DATES), CountAndClaimDates.class).orElseThrow();
		return new SourceList(items, all.firstClaimDate(), all.lastClaimDate(), page.of(all.total()));
	}
}
