package org.stancegraph.claims;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown instead of writing anything when claim files do not validate. */
public class InvalidClaimFilesException extends RuntimeException {

	private final transient List<Problem> problems;

	public InvalidClaimFilesException(List<Problem> problems) {
		super(problems.size() + " problem(s) in the claim files, nothing written:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
