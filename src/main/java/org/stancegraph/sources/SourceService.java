package org.stancegraph.sources;

import java.util.List;

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
					source.get("publisher").asString(null), source.get("published").isNull() ? null : source.get("published").asLocalDate(),
					source.get("publishedBasis").asString(null), source.get("authors").isNull() ? List.of() : source.get("authors").asList(v -> v.asString()),
					source.get("corpusFile").asString(null), source.get("text").asString(null), record.get("claims").asLong());
		}).one().orElseThrow(() -> new UnknownEntityException("source document", id));
	}
}
