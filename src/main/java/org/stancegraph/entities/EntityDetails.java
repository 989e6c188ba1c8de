package org.stancegraph.entities;

import java.util.List;

/**
 * One entity with the people who speak for it (a person: the actors it speaks for), what it concerns (a proposition:
 * the entities it is about) and what concerns it (an entity: the propositions and instruments about it).
 */
public record EntityDetails(String id, String name, String kind, List<String> aliases, String description, String role,
		List<Speaker> speakers, List<EntitySummary> speaksFor, List<EntitySummary> concerns, List<EntitySummary> concernedBy) {

	/** What a proposition or instrument is about, and the propositions and instruments about an entity. */
	public record Concerns(List<EntitySummary> concerns, List<EntitySummary> concernedBy) {
	}

	/** A person who speaks for the entity, with the claims that say so. */
	public record Speaker(String id, String name, String role, List<String> claims) {
	}
}
