package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.List;

import org.stancegraph.graph.Relation;

/**
 * One statement found in a source: {@code holder RELATION target}, said or reported on {@code date}, with its
 * evidence (the first from the claim file's own document, more from {@code alsoIn}).
 *
 * @param attribution how sure the source is and whose word it rests on
 * @param vote   {@code for}, {@code against} or {@code abstain} when the claim records a vote the holder cast
 * @param urging with URGES: the relation the holder urges the target to take toward {@code regarding}
 * @param qualifiers date precision, date reported, quantity, period, kind of condition, addressee
 */
public record ClaimDefinition(String id, String source, String holder, Relation relation, String target,
		LocalDate date, String speaker, Attribution attribution, String condition, String detail, String regarding,
		LocalDate validFrom, LocalDate validUntil, String vote, Relation urging, List<Evidence> evidence, String file,
		Qualifiers qualifiers) {

	public String quote() {
		return evidence.getFirst().quote();
	}
}
