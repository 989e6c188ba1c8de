package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.GraphRows;
import org.stancegraph.graph.QueryFile;
import org.stancegraph.stances.StanceViews.SourceRef;

/** The vote questions: their text is the files of cypher/queries named here. */
@Repository
class VoteRepository {

	private static final String TALLIES = QueryFile.question("30_vote_record_with_tally.cypher").query();

	private static final String NAMED = QueryFile.question("39_votes_named_by_sources.cypher").query();

	private static final String DIVERGENCES = QueryFile.question("31_vote_divergences.cypher").query();

	private final Neo4jClient neo4j;

	VoteRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record TallyRow(String voteId, LocalDate date, EntitySummary body, int votesFor, int against, int abstain, String quote,
			SourceRef source) {
	}

	List<TallyRow> tallies(String instrument) {
		return GraphRows.all(neo4j.query(TALLIES).bind(instrument).to("instrument"), TallyRow.class);
	}

	/** Members whose vote a source names: claims that record a vote cast, and the strongest certainty among them. */
	record NamedRow(EntitySummary actor, String vote, LocalDate date, List<String> claims, String certainty) {
	}

	List<NamedRow> named(String instrument, Certainty certainty) {
		return GraphRows.all(neo4j.query(NAMED).bind(instrument).to("instrument").bind(certainty.word()).to("certainty"),
				NamedRow.class);
	}

	/**
	 * A voter whose own statements on the instrument take the other side, or who was urged by another actor to take
	 * a side it did not take.
	 */
	record DivergenceRow(EntitySummary actor, String vote, List<String> voteClaims, String kind, EntitySummary urgedBy,
			String relation, List<String> claims) {
	}

	List<DivergenceRow> divergences(String instrument, Certainty certainty) {
		return GraphRows.all(neo4j.query(DIVERGENCES).bind(instrument).to("instrument").bind(certainty.word())
			.to("certainty"), DivergenceRow.class);
	}
}
