package org.stancegraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which rows of a long answer to return, in the answer's own fixed order. A hub (a resolution, a plan) has
 * tens of thousands of claims at a million; one unbounded answer would take seconds to build and megabytes to
 * send, so every list the stance API returns comes in pages.
 *
 * @param offset rows to skip; default 0
 * @param limit rows to return, 1 to {@value #MAX_LIMIT}; default {@value #DEFAULT_LIMIT}
 */
public record Paging(
		@Parameter(description = "rows to skip, in the answer's order", example = "0") @Min(0) Integer offset,
		@Parameter(description = "rows to return, 1 to " + Paging.MAX_LIMIT, example = "" + Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit) {

	public static final int DEFAULT_LIMIT = 25;
	public static final int MAX_LIMIT = 1000;

	public Paging {
		offset = offset == null ? 0 : offset;
		limit = limit == null ? DEFAULT_LIMIT : limit;
	}

	public static Paging first(int limit) {
		return new Paging(0, limit);
	}

	/** The first {@value #DEFAULT_LIMIT} rows. */
	public static Paging first() {
		return first(DEFAULT_LIMIT);
	}

	/** This page of an answer computed whole. */
	public <T> List<T> slice(List<T> all) {
		int from = (int) Math.min(all.size(), (long) offset);
		return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
	}

	/** Where this page sits in an answer of {@code total} rows. */
	public Info of(long total) {
		long end = (long) offset + limit;
		return new Info(offset, limit, total, end < total ? (int) end : null);
	}

	/**
	 * The page returned: its offset and limit, how many rows the whole answer has, and the offset of the next
	 * page (null on the last).
	 */
	public record Info(int offset, int limit, long total, Integer next) {
	}
}
