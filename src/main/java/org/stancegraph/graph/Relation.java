package org.stancegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed list of relations a claim can state. Each becomes a relationship type of the same name between
 * holder and target, derived from the claims (see seeds/README.md for the meaning of each). Everything else that
 * lists the relations (the claim-file schema's enum, the explorer's columns, GET /api/vocabulary) is built from
 * this list; a new relation is one line here plus its words in README.md and seeds/README.md.
 * <p>
 * Relations that answer the same question sit on one {@link #axis()}: SUPPORTS, PROPOSED, ABSTAINED and OPPOSES
 * all say where an actor stands on a target (the position axis), OFFERS_TROOPS and DECLINES whether it takes part
 * (the participation axis). On an axis, a later claim supersedes an earlier one ("as of" questions), and claims
 * on opposite {@link #side() sides} contradict each other. Every other relation is an axis of its own.
 * <p>
 * The declaration order is the order the explorer shows its columns in: for before against on each axis.
 */
public enum Relation {

	// where an actor stands on a target
	SUPPORTS(true, Relation.POSITION, Side.FOR, "Supporters"),
	PROPOSED(true, Relation.POSITION, Side.FOR, "Proposers"),
	OPPOSES(true, Relation.POSITION, Side.AGAINST, "Opponents"),
	ABSTAINED(true, Relation.POSITION, Side.NEUTRAL, "Abstentions"),
	// whether it takes part
	OFFERS_TROOPS(true, "participation", Side.FOR, "Offering troops"),
	DECLINES(true, "participation", Side.AGAINST, "Declining"),
	// structure
	BACKS(false, null, Side.NEUTRAL, "Backers", new Affiliation("Backed by", "Backs")),
	MEMBER_OF(false, null, Side.NEUTRAL, "Members", new Affiliation("Members", "Member of")),
	SPEAKS_FOR(false, null, Side.NEUTRAL, "Speaking for it"),
	OVERSEES(false, null, Side.NEUTRAL, "Overseeing it"),
	AUTHORIZES(false, null, Side.NEUTRAL, "Authorizing it"),
	PARTICIPATES_IN(false, null, Side.NEUTRAL, "Taking part"),
	SIGNED(false, null, Side.NEUTRAL, "Signatories", new Affiliation("Signatories", "Signed")),
	// versions of an instrument
	ADOPTED_AS(false, null, Side.NEUTRAL, "Adopted from"),
	REVISES(false, null, Side.NEUTRAL, "Revised by"),
	// appeals, demands, accusations, threats, control of territory
	URGES(true, null, Side.NEUTRAL, "Urging it"),
	DEMANDS(true, null, Side.FOR, "Demanding it"),
	ACCUSES(true, null, Side.AGAINST, "Accusing it"),
	THREATENS(true, null, Side.AGAINST, "Threatening it"),
	CONTROLS(false, null, Side.NEUTRAL, "Controlling it");

	/** The axis of where an actor stands on a target, the one agreement between actors compares. */
	public static final String POSITION = "position";

	private static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	/** Where a relation stands on its axis. */
	public enum Side {
		FOR, AGAINST, NEUTRAL
	}

	/**
	 * A tie that says who an entity is with, so that an entity's page lists it both ways: the holders of the
	 * relation to it under {@code holders} ("Backed by"), the entities it holds the relation to under
	 * {@code targets} ("Backs").
	 */
	public record Affiliation(String holders, String targets) {
	}

	private final boolean stance;
	private final String axis;
	private final Side side;
	private final String heading;
	private final Affiliation affiliation;

	Relation(boolean stance, String axis, Side side, String heading) {
		this(stance, axis, side, heading, null);
	}

	Relation(boolean stance, String axis, Side side, String heading, Affiliation affiliation) {
		this.stance = stance;
		this.axis = axis;
		this.side = side;
		this.heading = heading;
		this.affiliation = affiliation;
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

	/** The holders of this relation to one target, as a group: "Supporters", "Offering troops". */
	public String heading() {
		return heading;
	}

	/** Present when the relation is a tie an entity's page lists both ways (backing, membership). */
	public Optional<Affiliation> affiliation() {
		return Optional.ofNullable(affiliation);
	}

	/** The relations on the position axis, in declaration order. */
	public static List<Relation> positions() {
		return Arrays.stream(values()).filter(r -> POSITION.equals(r.axis)).toList();
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
