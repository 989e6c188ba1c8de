package org.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * A text's sentences, by ICU's sentence rules (UAX #29) with its English abbreviations suppressed ("Mr.") and a few
 * more joined again ("U.S.", which ICU's list lacks), so that "Mr. Waltz" and "the U.S. Army" end no sentence; a line break ends one (headlines and captions stand on lines of their own).
 */
final class Sentences {

	/** A sentence: its offsets in the text, without the white space around it. */
	record Span(int start, int end) {

		boolean contains(int offset) {
			return offset >= start && offset < end;
		}
	}

	/**
	 * Abbreviations of news about states and armies that ICU's English list lacks: "the U.S. Army" is one sentence.
	 * (A sentence that ends in "U.S." runs on into the next: the rarer mistake.)
	 */
	private static final java.util.List<String> ABBREVIATIONS = java.util.List.of("U.S.", "U.N.", "U.K.", "E.U.", "Gen.", "Lt.",
			"Col.", "Sgt.", "Sen.", "Rep.", "Gov.", "Amb.", "Pres.");

	private static boolean endsWithAbbreviation(String text, Span span) {
		String sentence = text.substring(span.start(), span.end());
		return ABBREVIATIONS.stream().anyMatch(a -> sentence.endsWith(a)
				&& (sentence.length() == a.length() || !Character.isLetter(sentence.charAt(sentence.length() - a.length() - 1))));
	}

	private Sentences() {
	}

	static List<Span> of(String text) {
		// a BreakIterator is not thread-safe, and cheap to make beside the analysis of a text
		BreakIterator sentences = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
			.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
		sentences.setText(text);
		List<Span> spans = new ArrayList<>();
		int start = sentences.first();
		for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
			int s = start;
			int e = end;
			while (s < e && Character.isWhitespace(text.charAt(s))) {
				s++;
			}
			while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
				e--;
			}
			if (e > s) {
				Span last = spans.isEmpty() ? null : spans.getLast();
				if (last != null && endsWithAbbreviation(text, last) && text.substring(last.end(), s).indexOf('\n') < 0) {
					spans.set(spans.size() - 1, new Span(last.start(), e)); // "The U.S. Army": one sentence
				}
				else {
					spans.add(new Span(s, e));
				}
			}
		}
		return spans;
	}
}
