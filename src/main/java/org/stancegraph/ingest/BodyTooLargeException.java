package org.stancegraph.ingest;

/** A request body over {@code stancegraph.security.max-ingest-size}: 413. */
class BodyTooLargeException extends RuntimeException {

	BodyTooLargeException(long limit) {
		super("The body is larger than " + limit + " bytes (stancegraph.security.max-ingest-size); split the file.");
	}
}
