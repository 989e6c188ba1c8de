package org.stancegraph.explorer;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * The graph's vocabulary as the API gives it (GET /api/vocabulary): every relation in declaration order with the
 * words a page needs to show it, every entity kind, and the levels of certainty strongest first (what a stance read's
 * {@code certainty} parameter takes). Made from {@link Relation}, {@link EntityKind} and {@link Certainty}, so a
 * client that builds its columns, colours and filters from it needs no list of its own.
 */
public record Vocabulary(List<RelationTerm> relations, List<KindTerm> kinds, List<CertaintyTerm> certainties) {

	/** The vocabulary of this version of the app: it changes only with the code. */
	public static final Vocabulary OF_THE_GRAPH = new Vocabulary(
			Arrays.stream(Relation.values()).map(RelationTerm::of).toList(),
			Arrays.stream(EntityKind.values()).map(kind -> new KindTerm(kind.name())).toList(),
			Arrays.stream(Certainty.values()).map(c -> new CertaintyTerm(c.word(), c.description())).toList());

	/** One relation a claim can state, and how to show it. */
	public record RelationTerm(
			@Schema(description = "the relation, as claims and edges name it", example = "OFFERS_TROOPS") String name,
			@Schema(description = "its holders on one target, as a group: a column heading", example = "Offering troops") String heading,
			@Schema(description = "the question it answers: relations on one axis supersede and contradict each other; a relation alone on its axis has its own name", example = "participation") String axis,
			@Schema(description = "where it stands on its axis", example = "FOR") Relation.Side side,
			@Schema(description = "a position taken (true) rather than a structural fact", example = "true") boolean stance,
			@Schema(description = "present for a tie an entity's page lists both ways (backing, membership)") Affiliation affiliation) {

		static RelationTerm of(Relation relation) {
			return new RelationTerm(relation.name(), relation.heading(), relation.axis(), relation.side(), relation.isStance(),
					relation.affiliation().map(a -> new Affiliation(a.holders(), a.targets())).orElse(null));
		}
	}

	/** The headings of a tie on an entity's page: those who hold it to the entity, those the entity holds it to. */
	public record Affiliation(
			@Schema(description = "heading of the entities that hold the relation to this one", example = "Backed by") String holders,
			@Schema(description = "heading of the entities this one holds the relation to", example = "Backs") String targets) {
	}

	/** One entity kind: every entity has the label Entity and its kind as a second label. */
	public record KindTerm(@Schema(description = "the kind, as a label and as an entity's kind", example = "Proposition") String name) {
	}

	/**
	 * One level of certainty, strongest first: as a minimum ({@code certainty=reported}) it keeps itself and every
	 * stronger level.
	 */
	public record CertaintyTerm(
			@Schema(description = "the level, as claims, edges and the certainty parameter name it", example = "reported") String name,
			@Schema(description = "what it means", example = "Asserted as fact on someone else's word: an unnamed source, another actor, an agency, the outlet's own summary") String description) {
	}
}
