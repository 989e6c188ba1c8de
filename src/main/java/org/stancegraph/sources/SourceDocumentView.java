package org.stancegraph.sources;

import java.time.LocalDate;
import java.util.List;

/** A source document with its whole text, as the claims quote it, and how many claims quote it. */
public record SourceDocumentView(String id, String title, String publisher, LocalDate published, String publishedBasis,
		List<String> authors, String corpusFile, String text, long claimCount) {

	/** A document without authors lists none. */
	public SourceDocumentView {
		authors = authors == null ? List.of() : List.copyOf(authors);
	}
}
