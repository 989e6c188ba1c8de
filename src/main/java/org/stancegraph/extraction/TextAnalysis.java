package org.stancegraph.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words as extraction compares them, with Lucene's analysis chain: Unicode word boundaries (UAX #29), possessives
 * dropped ("Turkey’s" is "turkey"), lower case, accents folded ("Türkiye" is "turkiye"), and inflection stemmed
 * with KStem ("rejected" is "reject", "forces" is "force"). Names, aliases and cues go through the same chain, so
 * they meet the text however it spells them.
 */
final class TextAnalysis {

	/** A word of the text: its normal form and where it stands in the text (end exclusive). */
	record Token(String term, int start, int end) {
	}

	// an Analyzer is safe to share: each thread reuses its own token stream
	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer words = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(words);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			stream = new KStemFilter(stream);
			return new TokenStreamComponents(words, stream);
		}
	};

	private TextAnalysis() {
	}

	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			// a String reader does not fail
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** The normal forms of a phrase's words: a name, an alias or a cue, as the text's tokens will read. */
	static List<String> terms(String phrase) {
		return tokens(phrase).stream().map(Token::term).toList();
	}
}
