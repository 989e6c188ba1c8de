package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document: where claims are found. Its text is what every quote is checked against.
 *
 * @param outlet the publisher as an entity, when there is one: the claimant of what the document says in its own voice
 */
public record SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
		List<String> authors, String corpusFile, String text, String outlet) {

	public SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
			List<String> authors, String corpusFile, String text) {
		this(id, title, publisher, published, publishedBasis, authors, corpusFile, text, null);
	}
}
