package org.stancegraph.claims;

import java.time.LocalDate;

import org.stancegraph.graph.Certainty;

/**
 * What a claim file's silence stands for: the certainty, claimant and date reported of a claim whose file gives none,
 * the bound and flags of its quantity and period.
 * The validator reads files by these rules; whatever writes a claim file back (the dataset zip of a document) leaves
 * out a value they give, as a curator's file does.
 */
public final class ClaimDefaults {

	/** The bound of a quantity whose file gives none: the value is exact. */
	public static final String BOUND = "exactly";

	/** A quantity's {@code approximate}, a period's {@code extendable} and {@code minimum}, where the file says nothing. */
	public static final boolean FLAG = false;

	private ClaimDefaults() {
	}

	/** The certainty of a claim whose file gives {@code word}, or none (null). */
	public static Certainty certainty(String word) {
		return word == null ? Certainty.DEFAULT : Certainty.of(word);
	}

	/**
	 * The claimant of a claim whose file names none: its speaker, else its holder when it is the holder's own
	 * statement ({@code stated}), else the document's outlet; null when the document names no outlet.
	 */
	public static String claimant(String speaker, Certainty certainty, String holder, String outlet) {
		if (speaker != null) {
			return speaker;
		}
		return certainty == Certainty.STATED ? holder : outlet;
	}

	/** When a claim whose file says nothing of it was reported: when its document was published. */
	public static LocalDate reported(LocalDate published) {
		return published;
	}
}
