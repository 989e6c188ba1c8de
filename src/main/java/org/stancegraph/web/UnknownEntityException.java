package org.stancegraph.web;

/** An id that names nothing in the graph: answered with 404. */
public class UnknownEntityException extends RuntimeException {

	public UnknownEntityException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
	}
}
