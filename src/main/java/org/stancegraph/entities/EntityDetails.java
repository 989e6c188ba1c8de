package org.stancegraph.entities;

import java.util.List;

/**
 * One entity with the people who speak for it (a person: the actors it speaks for).
 */
public record EntityDetails(String id, String name, String kind, List<String> aliases, String description, String role,
		List<Speaker> speakers, List<EntitySummary> speaksFor) {

	/** A person who speaks for the entity, with the claims that say so. */
	public record Speaker(String id, String name, String role, List<String> claims) {
	}
}
