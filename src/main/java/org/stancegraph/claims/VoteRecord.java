package org.stancegraph.claims;

import java.time.LocalDate;

/**
 * A tally as a source states it: how a body voted on an instrument ("13 in favor, none against, and two
 * abstentions"). The members a source names are claims with a {@code vote}; the tally may name fewer.
 */
public record VoteRecord(String id, String source, String instrument, String body, LocalDate date, int votesFor,
		int against, int abstain, String quote, String file) {
}
