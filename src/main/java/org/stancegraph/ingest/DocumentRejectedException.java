package org.stancegraph.ingest;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.stancegraph.claims.Problem;

/**
 * A document request with problems, nothing written: 413 when its text is too large, else 409 when it clashes with the
 * graph (its id or its text is there already, an entity it creates exists), else 422.
 *
 * @see IngestErrors
 */
class DocumentRejectedException extends RuntimeException {

	private final HttpStatus status;
	private final transient List<Problem> problems;
	private final String duplicateOf;

	DocumentRejectedException(HttpStatus status, List<Problem> problems, String duplicateOf) {
		super(problems.size() + " problem(s) in the document, nothing written");
		this.status = status;
		this.problems = List.copyOf(problems);
		this.duplicateOf = duplicateOf;
	}

	HttpStatus status() {
		return status;
	}

	List<Problem> problems() {
		return problems;
	}

	/** The document that has the same text, if that is a problem. */
	String duplicateOf() {
		return duplicateOf;
	}
}
