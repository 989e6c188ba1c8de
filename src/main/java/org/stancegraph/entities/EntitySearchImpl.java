package org.stancegraph.entities;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.web.Paging;

/**
 * Entity search and the parts of an entity's details that are not the entity itself. The search is question 12 of
 * cypher/queries, which states its ranking; the rest are files of cypher/api.
 */
class EntitySearchImpl implements EntitySearch {

	private static final String SEARCH = QueryFile.question("12_search_entities_by_alias.cypher").query();

	private static final String SEARCH_COUNT = QueryFile.part("entity_search_count.cypher").query();

	private static final String BY_NAME = QueryFile.part("entities_by_name.cypher").query();

	private static final String COUNT = QueryFile.part("entity_count.cypher").query();

	private static final String SUMMARIES = QueryFile.part("entity_summaries.cypher").query();

	private static final String SPEAKERS = QueryFile.part("entity_speakers.cypher").query();

	private static final String SPOKEN_FOR = QueryFile.part("entity_spoken_for.cypher").query();

	private static final String CONCERNS = QueryFile.part("entity_concerns.cypher").query();

	private final Neo4jClient neo4j;

	EntitySearchImpl(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public List<EntitySummary> search(String terms, String q, String kind, Paging page) {
		return GraphRows.all(neo4j.query(SEARCH)
			.bindAll(Map.of("terms", terms, "q", q, "offset", page.offset(), "limit", page.limit()))
			.bind(kind).to("kind"), EntitySummary.class);
	}

	@Override
	public long countSearch(String terms, String kind) {
		return GraphRows.total(neo4j.query(SEARCH_COUNT).bind(terms).to("terms").bind(kind).to("kind"));
	}

	@Override
	public List<EntitySummary> list(String kind, Paging page) {
		return GraphRows.all(neo4j.query(BY_NAME)
			.bindAll(Map.of("offset", page.offset(), "limit", page.limit()))
			.bind(kind).to("kind"), EntitySummary.class);
	}

	@Override
	public long count(String kind) {
		return GraphRows.total(neo4j.query(COUNT).bind(kind).to("kind"));
	}


	@Override
	public List<EntitySummary> summaries(List<String> ids) {
		return GraphRows.all(neo4j.query(SUMMARIES).bind(ids).to("ids"), EntitySummary.class);
	}

	@Override
	public List<EntityDetails.Speaker> speakersFor(String id) {
		return GraphRows.all(neo4j.query(SPEAKERS).bind(id).to("id"), EntityDetails.Speaker.class);
	}

	@Override
	public List<EntitySummary> spokenForBy(String id) {
		return GraphRows.all(neo4j.query(SPOKEN_FOR).bind(id).to("id"), EntitySummary.class);
	}

	@Override
	public EntityDetails.Concerns concerns(String id) {
		return GraphRows.one(neo4j.query(CONCERNS).bind(id).to("id"), EntityDetails.Concerns.class)
			.orElse(new EntityDetails.Concerns(List.of(), List.of()));
	}
}
