package org.stancegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed list of relations a claim can state. Each becomes a relationship type of the same name between
 * holder and target, derived from the claims (see seeds/README.md for the meaning of each).
 * <p>
 * Relations that answer the same question sit on one {@link #axis()}: SUPPORTS, PROPOSED, ABSTAINED and OPPOSES
 * all say where an actor stands on a target (the position axis), OFFERS_TROOPS and DECLINES whether it takes part
 * (the participation axis). On an axis, a later claim supersedes an earlier one ("as of" questions), and claims
 * on opposite {@link #side() sides} contradict each other. Every other relation is an axis of its own.
 */
public enum Relation {

	// stances
	SUPPORTS(true, "position", Side.FOR), OPPOSES(true, "position", Side.AGAINST),
	ABSTAINED(true, "position", Side.NEUTRAL), PROPOSED(true, "position", Side.FOR),
	// structure
	BACKS(false, null, Side.NEUTRAL), MEMBER_OF(false, null, Side.NEUTRAL), SPEAKS_FOR(false, null, Side.NEUTRAL),
	OVERSEES(false, null, Side.NEUTRAL), AUTHORIZES(false, null, Side.NEUTRAL), PARTICIPATES_IN(false, null, Side.NEUTRAL),
	// extensions the documents need: troop offers, refusals, appeals, control of territory
	OFFERS_TROOPS(true, "participation", Side.FOR), DECLINES(true, "participation", Side.AGAINST),
	URGES(true, null, Side.NEUTRAL), CONTROLS(false, null, Side.NEUTRAL);

	private static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	/** Where a relation stands on its axis. */
	public enum Side {
		FOR, AGAINST, NEUTRAL
	}

	private final boolean stance;
	private final String axis;
	private final Side side;

	Relation(boolean stance, String axis, Side side) {
		this.stance = stance;
		this.axis = axis;
		this.side = side;
	}

	/** A position taken (for, against, abstaining, offering, declining...) rather than a structural fact. */
	public boolean isStance() {
		return stance;
	}

	/** The question this relation answers; relations on one axis supersede and contradict each other. */
	public String axis() {
		return axis == null ? name() : axis;
	}

	public Side side() {
		return side;
	}

	/** Every relation's name, in declaration order; built once, as queries pass it on every request. */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * Every relation as one Cypher type expression ({@code SUPPORTS|OPPOSES|...}): the types of the derived edges.
	 * Naming them keeps a hub's thousands of claim links (BY, ABOUT, SPOKEN_BY ...) out of a traversal, where a
	 * filter on the edges' properties would read every one of them.
	 */
	public static String typeExpression() {
		return String.join("|", names());
	}

	/**
	 * A Cypher template with one {@code %s} for a relationship type, written out for each relation, by name: a
	 * query that names its type walks only that type's relationships. Built from this closed list, never from input.
	 */
	public static Map<String, String> perRelation(String template) {
		return names().stream().collect(Collectors.toUnmodifiableMap(Function.identity(), template::formatted));
	}
}
