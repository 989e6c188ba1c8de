package org.stancegraph.claims;

import java.time.LocalDate;

/**
 * What a claim states beyond holder, relation and target: how precisely its date is known, when the source reported
 * it, an amount, a period, the kind of its condition, and to whom a demand, accusation or threat is addressed.
 *
 * @param datePrecision {@code day}, {@code month} or {@code year}: the claim's date is the first day of that period
 * @param reported      when the source reported it (the document's publication date unless the file says otherwise)
 * @param conditionKind {@code if}, {@code only-if} or {@code unless}, with a condition; null without one
 * @param conditionOn   the entity (usually a proposition) the condition is about, if the file names it
 */
public record Qualifiers(String datePrecision, LocalDate reported, Quantity quantity, Period period, String conditionKind,
		String conditionOn, String addressee) {

	public static final String DAY = "day";

	/** Nothing beyond the claim: a day-precise date, reported when said. */
	public static Qualifiers none(LocalDate reported) {
		return new Qualifiers(DAY, reported, null, null, null, null, null);
	}

	/**
	 * An amount the source states: "a brigade of 2,000 soldiers", "53 percent", "nearly 25 times".
	 *
	 * @param value an integer ({@code Long}) when the text gives one, else a {@code Double}
	 * @param bound {@code exactly}, {@code at-least} or {@code at-most}
	 */
	public record Quantity(Number value, String unit, boolean approximate, String bound) {
	}

	/**
	 * A span of time the source states: "a two-year mandate, with the option to extend" is {@code P2Y}, extendable.
	 *
	 * @param duration an ISO-8601 period ({@code P2Y}, {@code P6M})
	 * @param minimum  "at least" that long
	 */
	public record Period(String duration, boolean extendable, boolean minimum) {
	}
}
