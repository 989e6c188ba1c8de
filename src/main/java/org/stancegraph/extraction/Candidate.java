package org.stancegraph.extraction;

import java.util.List;

import org.stancegraph.graph.Relation;

/**
 * A claim the machine proposes for a reviewer to keep, edit or reject: the fields of a claim file's claim, the quote
 * an exact span of the text, and why it was proposed.
 *
 * @param id            unique within the text: {@code <source-id>-cand-NNN}
 * @param certainty     a word of graph.Certainty, as the cues and hedges in the quote allow (claims.HedgeCues): a
 *                      hedged report stays hedged
 * @param claimant      who says the holder holds it, when the text names someone other than the holder; else null
 * @param via           the chain between the document and the claimant, outermost first
 * @param speaker       the person who spoke for the holder, when the text names one
 * @param condition     the condition in the text's words, with {@code conditionKind} (if, only-if, unless); else null
 * @param date          when it was said or done (YYYY-MM-DD, YYYY-MM or YYYY): as the text says it, else the document's date
 * @param vote          for, against or abstain when the cue is a vote; else null
 * @param quote         {@code text.substring(quoteStart, quoteEnd)}
 * @param why           the cue and the mentions it was proposed from
 */
public record Candidate(String id, String holder, Relation relation, String target, String certainty, String claimant,
		List<String> via, String speaker, String condition, String conditionKind, String date, String vote, String quote,
		int quoteStart, int quoteEnd, Why why) {

	public Candidate {
		via = List.copyOf(via);
	}

	/**
	 * Why a candidate was proposed.
	 *
	 * @param cue       the cue's words as written, and where ({@code cueStart}, {@code cueEnd})
	 * @param rule      the cue's kind in words: "the holder's act", "a characterisation", "a title of office" ...
	 * @param mentions  the mentions of holder, target, speaker and claimant it used
	 */
	public record Why(String cue, int cueStart, int cueEnd, String rule, List<Mention> mentions) {

		public Why {
			mentions = List.copyOf(mentions);
		}
	}
}
