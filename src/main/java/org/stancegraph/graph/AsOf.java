package org.stancegraph.graph;

/**
 * What "as of a date" means, as one Cypher fragment that every as-of query shares.
 * <p>
 * Only claims dated by then count; of those, per {@code other} (the entity on the far side of the anchor, or a
 * list of both ends) and axis (see {@link Relation#axis()}), the claims in force: those
 * stating the relation(s) of the latest claim, made since the last claim that stated something else. A reversal
 * drops what came before it; earlier claims of the same relation stay, so corroboration is not lost.
 */
public final class AsOf {

	/** Expects rows of {@code other, c} (claims already dated on or before $asOf); yields rows of {@code other, c}. */
	public static final String IN_FORCE = """
			WITH other, c.axis AS axis, collect(c) AS claims, max(c.date) AS latest
			WITH other, claims, [c IN claims WHERE c.date = latest | c.relation] AS current
			WITH other, claims, current,
			     reduce(last = null, c IN [c IN claims WHERE NOT c.relation IN current] |
			            CASE WHEN last IS NULL OR c.date > last THEN c.date ELSE last END) AS lastOther
			UNWIND [c IN claims WHERE c.relation IN current AND (lastOther IS NULL OR c.date > lastOther)] AS c
			""";

	private AsOf() {
	}
}
