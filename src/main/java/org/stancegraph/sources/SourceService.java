package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.web.Paging;
import org.stancegraph.web.UnknownEntityException;

/** The source documents the claims quote, with their texts: what a reader checks a quote against. */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final Neo4jClient neo4j;

	public SourceService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private static final String SOURCE = """
			MATCH (s:Source {id: $id})
			RETURN s {.id, .title, .publisher, .published, .publishedBasis, .authors, .corpusFile, .text} AS source,
			       COUNT { (s)<-[:EVIDENCED_BY]-(:Claim) } AS claims
			""";

	public SourceDocumentView get(String id) {
		return neo4j.query(SOURCE).bind(id).to("id").fetchAs(SourceDocumentView.class).mappedBy((types, record) -> {
			var source = record.get("source");
			return new SourceDocumentView(source.get("id").asString(), source.get("title").asString(null),
					source.get("publisher").asString(null), date(source.get("published")),
					source.get("publishedBasis").asString(null), source.get("authors").isNull() ? List.of() : source.get("authors").asList(v -> v.asString()),
					source.get("corpusFile").asString(null), source.get("text").asString(null), record.get("claims").asLong());
		}).one().orElseThrow(() -> new UnknownEntityException("source document", id));
	}

	private static final String SOURCES = """
			MATCH (s:Source)
			WITH s ORDER BY s.published, s.id SKIP $offset LIMIT $limit
			CALL (s) {
			  OPTIONAL MATCH (s)<-[:EVIDENCED_BY]-(c:Claim)
			  RETURN count(DISTINCT c) AS claims, min(c.date) AS firstClaimDate, max(c.date) AS lastClaimDate
			}
			RETURN s {.id, .title, .publisher, .published} AS source, claims, firstClaimDate, lastClaimDate
			""";

	/** The number of sources (from the count store) and the first and last claim dates (each from the claim_date index). */
	private static final String SPAN = """
			OPTIONAL CALL () {
			  MATCH (c:Claim) WHERE c.date IS NOT NULL
			  RETURN c.date AS first ORDER BY c.date LIMIT 1
			}
			OPTIONAL CALL () {
			  MATCH (c:Claim) WHERE c.date IS NOT NULL
			  RETURN c.date AS last ORDER BY c.date DESC LIMIT 1
			}
			RETURN COUNT { (:Source) } AS total, first, last
			""";

	/** A page of the source documents, by publication date, with the span of dates of every claim in the graph. */
	public SourceList list(Paging page) {
		List<SourceSummary> items = List.copyOf(neo4j.query(SOURCES)
			.bindAll(Map.of("offset", page.offset(), "limit", page.limit()))
			.fetchAs(SourceSummary.class).mappedBy((types, record) -> {
				var source = record.get("source");
				return new SourceSummary(source.get("id").asString(), source.get("title").asString(null),
						source.get("publisher").asString(null), date(source.get("published")), record.get("claims").asLong(),
						date(record.get("firstClaimDate")), date(record.get("lastClaimDate")));
			}).all());
		return neo4j.query(SPAN).fetchAs(SourceList.class)
			.mappedBy((types, record) -> new SourceList(items, date(record.get("first")), date(record.get("last")),
					page.of(record.get("total").asLong())))
			.one().orElseThrow();
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}
}
