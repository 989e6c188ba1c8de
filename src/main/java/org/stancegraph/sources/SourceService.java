package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
			CALL (s) {
			  OPTIONAL MATCH (s)<-[:EVIDENCED_BY]-(c:Claim)
			  RETURN count(DISTINCT c) AS claims, min(c.date) AS firstClaimDate, max(c.date) AS lastClaimDate
			}
			RETURN s {.id, .title, .publisher, .published} AS source, claims, firstClaimDate, lastClaimDate
			ORDER BY s.published, s.id
			""";

	/** Every source document, by publication date: what the graph is made of, and the span of dates it covers. */
	public List<SourceSummary> list() {
		return List.copyOf(neo4j.query(SOURCES).fetchAs(SourceSummary.class).mappedBy((types, record) -> {
			var source = record.get("source");
			return new SourceSummary(source.get("id").asString(), source.get("title").asString(null),
					source.get("publisher").asString(null), date(source.get("published")), record.get("claims").asLong(),
					date(record.get("firstClaimDate")), date(record.get("lastClaimDate")));
		}).all());
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}
}
