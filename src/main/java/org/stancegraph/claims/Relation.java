package org.stancegraph.claims;

import java.util.Arrays;
import java.util.List;

/**
 * The closed list of relations a claim can state. Each becomes a relationship type of the same name between
 * holder and target, derived from the claims (see seeds/README.md for the meaning of each).
 */
public enum Relation {

	// stances
	SUPPORTS(true), OPPOSES(true), ABSTAINED(true), PROPOSED(true),
	// structure
	BACKS(false), MEMBER_OF(false), SPEAKS_FOR(false), OVERSEES(false), AUTHORIZES(false), PARTICIPATES_IN(false),
	// extensions the documents need: troop offers, refusals, appeals, control of territory
	OFFERS_TROOPS(true), DECLINES(true), URGES(true), CONTROLS(false);

	private final boolean stance;

	Relation(boolean stance) {
		this.stance = stance;
	}

	/** A position taken (for, against, abstaining, offering, declining...) rather than a structural fact. */
	public boolean isStance() {
		return stance;
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}
}
