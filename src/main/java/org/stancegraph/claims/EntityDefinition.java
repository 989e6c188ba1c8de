package org.stancegraph.claims;

import java.util.List;

/**
 * A named thing claims are about, as an entity file defines it.
 *
 * @param concerns  for a Proposition, the entities it is about (turkish-participation-in-isf: turkey, isf)
 * @param belongsTo for an unnamed source or a group, the actor it belongs to where the text says so; else null
 */
public record EntityDefinition(String id, String kind, String name, List<String> aliases, String description,
		String role, List<String> speaksFor, List<String> concerns, String belongsTo) {

	public EntityDefinition(String id, String kind, String name, List<String> aliases, String description, String role,
			List<String> speaksFor, List<String> concerns) {
		this(id, kind, name, aliases, description, role, speaksFor, concerns, null);
	}

	public EntityDefinition(String id, String kind, String name, List<String> aliases, String description, String role,
			List<String> speaksFor) {
		this(id, kind, name, aliases, description, role, speaksFor, List.of());
	}
}
