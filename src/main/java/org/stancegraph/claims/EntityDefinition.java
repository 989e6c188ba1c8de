package org.stancegraph.claims;

import java.util.List;

/** A named thing claims are about, as an entity file defines it. */
public record EntityDefinition(String id, String kind, String name, List<String> aliases, String description,
		String role, List<String> speaksFor) {

	public static final List<String> KINDS = List.of("State", "Person", "Faction", "Organization", "Institution",
			"Instrument", "Proposition", "Place");
}
