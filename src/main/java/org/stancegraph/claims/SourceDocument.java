package org.stancegraph.claims;

import java.time.LocalDate;
import java.util.List;

/** A source document: where claims are found. Its text is what every quote is checked against. */
public record SourceDocument(String id, String title, String publisher, LocalDate published, String publishedBasis,
		List<String> authors, String corpusFile, String text) {
}
