package org.stancegraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stancegraph.graph.Certainty;

/**
 * Words that put distance between a source and what it says: attribution ("reportedly", "according to") and
 * uncertainty ("appears", "considering", "could"). A quote holding one on a claim marked more certain than the word
 * allows is reported by {@code validate}, unless the claim's {@code certaintyBasis} names the word and says why it is
 * no hedge there ("'would' states the draft's provision").
 */
public final class HedgeCues {

	/** Cues that a statement is not the holder's own, or not certain: none belongs in a {@code stated} claim. */
	private static final List<String> ATTRIBUTION = List.of("reportedly", "according to", "sources", "source", "quoting", "cited",
			"reported", "would", "appear", "considered");

	/** Uncertainty hedged as likely ({@link Certainty#PROBABLE}). */
	private static final List<String> LIKELY = List.of("appears", "seemingly", "probably", "likely", "expected", "expect");

	/** Uncertainty hedged as possible ({@link Certainty#POSSIBLE}). */
	private static final List<String> POSSIBLY = List.of("considering", "exploring", "could", "may", "might");

	/** Cues of uncertainty: none belongs in a claim asserted as fact ({@code stated} or {@code reported}). */
	private static final List<String> UNCERTAINTY = concat(LIKELY, POSSIBLY);

	private static final Pattern ANY = pattern(concat(ATTRIBUTION, UNCERTAINTY));
	private static final Pattern UNCERTAIN = pattern(UNCERTAINTY);
	private static final Pattern POSSIBLE = pattern(POSSIBLY);
	private static final Pattern PROBABLE = pattern(LIKELY);
	private static final Pattern ATTRIBUTED = pattern(ATTRIBUTION);

	private HedgeCues() {
	}

	/** Every cue in a text, lower case, in the order they occur (each once). */
	public static List<String> in(String text) {
		return find(ANY, text);
	}

	/** The cues in a quote that a claim of this certainty should not carry without saying why. */
	public static List<String> unexpected(Certainty certainty, String quote) {
		return switch (certainty) {
			case STATED -> find(ANY, quote);
			case REPORTED -> find(UNCERTAIN, quote);
			case PROBABLE, POSSIBLE -> List.of();
		};
	}

	/**
	 * The certainty a text's uncertainty cues allow at most: {@code possible} with "could", "may"...,
	 * {@code probable} with "appears", "likely"..., else {@code stated} (no uncertainty cue).
	 */
	public static Certainty hedgedAs(String text) {
		if (POSSIBLE.matcher(text).find()) {
			return Certainty.POSSIBLE;
		}
		return PROBABLE.matcher(text).find() ? Certainty.PROBABLE : Certainty.STATED;
	}

	/** The attribution cues in a text ("reportedly", "according to", "sources"...): each once, in order. */
	public static List<String> attributionIn(String text) {
		return find(ATTRIBUTED, text);
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			String cue = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (!found.contains(cue)) {
				found.add(cue);
			}
		}
		return found;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static Pattern pattern(List<String> cues) {
		// longest first, so that "appears" is found as itself and not as "appear"
		List<String> sorted = cues.stream().sorted((x, y) -> y.length() - x.length())
			.map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q")).toList();
		return Pattern.compile("\\b(?:" + String.join("|", sorted) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}
