package org.stancegraph.graph;

import java.util.Arrays;
import java.util.List;

/**
 * The closed list of entity kinds: every entity has the label Entity and one of these as its second label and its
 * {@code kind} (see seeds/README.md for what each covers).
 */
public enum EntityKind {

	State, Person, Faction, Organization, Group, UnnamedSource, Institution, Instrument, Event, Proposition, Place;

	private static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	/** Every kind's name, in declaration order. */
	public static List<String> names() {
		return NAMES;
	}
}
