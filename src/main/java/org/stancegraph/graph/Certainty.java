package org.stancegraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How sure a source is that the holder holds what a claim says, strongest first (seeds/README.md gives the rule and
 * an example from the corpus for each). After FactBank's certain / probable / possible, with "certain" split by whose
 * word it rests on: the holder's own statement or act ({@link #STATED}), or someone else's ({@link #REPORTED}). A
 * query's {@code certainty} is a minimum: {@code stated} keeps only what actors themselves said or did,
 * {@code possible} (the default) keeps everything.
 */
public enum Certainty {

	/** The holder's own words or formal act (a statement, a vote, its instrument's text), reported as fact. */
	STATED("The holder's own words or formal act (a statement, a vote, the text of its instrument), reported as fact"),
	/** Asserted as fact on someone else's word: an unnamed source, another actor, an agency, the outlet's summary. */
	REPORTED("Asserted as fact on someone else's word: an unnamed source, another actor, an agency, the outlet's own summary"),
	/** Hedged as likely: "appears ready to", "expected to", "will probably". */
	PROBABLE("Hedged as likely: \"appears ready to\", \"expected to\", \"will probably\""),
	/** Hedged as possible: "considering", "exploring", "could", "may". */
	POSSIBLE("Hedged as possible: \"considering\", \"exploring\", \"could\", \"may\"");

	/** What a claim file without {@code certainty} means: asserted as fact, whose word not said. */
	public static final Certainty DEFAULT = REPORTED;

	private static final List<String> WORDS = Arrays.stream(values()).map(Certainty::word).toList();

	private final String description;

	Certainty(String description) {
		this.description = description;
	}

	/** What the level means, in a sentence for readers (the explorer's certainty control shows it). */
	public String description() {
		return description;
	}

	/** The word claim files, parameters and answers use: {@code stated}, {@code reported}... */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The minimums this certainty meets: itself and every weaker level. Stored on claims and edges, so that a query
	 * keeps what meets {@code $certainty} with {@code $certainty IN c.meetsCertainty}, with no ordering in Cypher.
	 */
	public List<String> meets() {
		return WORDS.subList(ordinal(), WORDS.size());
	}

	/** Every level's word, strongest first. */
	public static List<String> words() {
		return WORDS;
	}

	/** The level a word names; IllegalArgumentException naming the words when it names none. */
	public static Certainty of(String word) {
		for (Certainty c : values()) {
			if (c.word().equals(word)) {
				return c;
			}
		}
		throw new IllegalArgumentException("certainty must be one of " + WORDS + ", not '" + word + "'");
	}
}
