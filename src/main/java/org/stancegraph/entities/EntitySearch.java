package org.stancegraph.entities;

import java.util.List;

/** The analytic half of the entity repository: full-text search and speakers, through Neo4jClient. */
interface EntitySearch {

	List<EntitySummary> search(String terms, String kind, int limit);

	List<EntitySummary> list(String kind, int limit);

	/** Summaries of the entities with these ids that exist, in one query. */
	List<EntitySummary> summaries(List<String> ids);

	List<EntityDetails.Speaker> speakersFor(String id);

	List<EntitySummary> spokenForBy(String id);

	EntityDetails.Concerns concerns(String id);
}
