package org.stancegraph.ingest;

/** A request body over its limit: 413. */
class BodyTooLargeException extends RuntimeException {

	/** Over {@code stancegraph.security.max-ingest-size}. */
	BodyTooLargeException(long limit) {
		this("The body is larger than " + limit + " bytes (stancegraph.security.max-ingest-size); split the file.");
	}

	BodyTooLargeException(String message) {
		super(message);
	}
}
