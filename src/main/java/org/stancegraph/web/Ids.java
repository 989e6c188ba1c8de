package org.stancegraph.web;

/** What an id looks like, for request validation: the same rule as the claim-file schemas. */
public final class Ids {

	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
	public static final int MAX_LENGTH = 120;
	public static final String MESSAGE = "must be a kebab-case id such as 'turkish-participation-in-isf'";

	private Ids() {
	}
}
