package org.stancegraph.entities;

import java.util.List;

import org.stancegraph.web.Paging;

/** The analytic half of the entity repository: full-text search and speakers, through Neo4jClient. */
interface EntitySearch {

	/** A page of the entities the full-text {@code terms} find, ranked against the user's words {@code q}. */
	List<EntitySummary> search(String terms, String q, String kind, Paging page);

	long countSearch(String terms, String kind);

	/** A page of all entities (of a kind), by name. */
	List<EntitySummary> list(String kind, Paging page);

	long count(String kind);

	/** Summaries of the entities with these ids that exist, in one query. */
	List<EntitySummary> summaries(List<String> ids);

	List<EntityDetails.Speaker> speakersFor(String id);

	List<EntitySummary> spokenForBy(String id);

	EntityDetails.Concerns concerns(String id);
}
