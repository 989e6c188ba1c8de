package org.stancegraph.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.alignment.AlignmentService;
import org.stancegraph.analysis.AnalysisService;
import org.stancegraph.changes.ChangeService;
import org.stancegraph.entities.EntityService;
import org.stancegraph.graph.Relation;
import org.stancegraph.sources.SourceService;
import org.stancegraph.stances.StanceService;
import org.stancegraph.stances.VoteService;

/**
 * The warm-up on the seed graph (off in the test suite's configuration, so that every context start does not pay for
 * it: built here from the context's services).
 */
@StancegraphIntegrationTest
class PlanWarmUpTest {

	private static final Pattern CLEARED = Pattern.compile("cleared of (\\d+) quer");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	WarmUpRepository graph;

	@Autowired
	EntityService entities;

	@Autowired
	StanceService stances;

	@Autowired
	VoteService votes;

	@Autowired
	AnalysisService analysis;

	@Autowired
	SourceService sources;

	@Autowired
	AlignmentService alignments;

	@Autowired
	ChangeService changes;

	PlanWarmUp warmUp() {
		return new PlanWarmUp(graph, entities, stances, votes, analysis, sources, alignments, changes);
	}

	/** Empties Neo4j's query caches and says how many plans they held. */
	long clearPlans() {
		String message = neo4j.query("CALL db.clearQueryCaches()").fetchAs(String.class).one().orElseThrow();
		Matcher cleared = CLEARED.matcher(message);
		return cleared.find() ? Long.parseLong(cleared.group(1)) : 0;
	}

	@Test
	void everyQuestionIsAnsweredOnTheSeedGraph() {
		PlanWarmUp.Asked asked = warmUp().askEveryQuestion();
		assertThat(asked.failed()).isEmpty();
		assertThat(asked.answered()).contains("timeline on a target", "backers opposing", "evidence as of", "matrix");
	}

	/**
	 * The API's questions with other ids, certainties, pages and dates than the warm-up's (a plan is keyed on the
	 * parameters' types), each page size its own: the app keeps answers, so a question asked twice is not computed twice.
	 */
	static List<String> questions(int limit) {
		return List.of("/api/targets/isf/positions?certainty=stated&offset=1&limit=" + limit,
				"/api/targets/resolution-2803/positions?asOf=2025-11-12&relation=OPPOSES&limit=" + limit,
				"/api/actors/turkey/stances?certainty=reported&limit=" + limit,
				"/api/actors/israel/timeline?target=isf&limit=" + limit,
				"/api/evidence?actor=azerbaijan&target=isf&asOf=2025-11-19&limit=" + limit,
				"/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf&quotes=2&limit="
						+ limit,
				"/api/entities?q=turk&limit=" + limit,
				"/api/alignment?actors=turkey,qatar&asOf=2025-11-1" + limit,
				"/api/alignment/matrix?targets=isf&minPositions=" + limit,
				"/api/changes?since=2025-11-10&until=2025-11-18&actor=israel&limit=" + limit,
				"/api/changes/feed?days=" + (20 + limit));
	}

	/** The positions of one relation are a statement of their own, for each relation. */
	static List<String> positionsOfEachRelation(int limit) {
		return Relation.names().stream()
			.map(relation -> "/api/targets/isf/positions?relation=" + relation + "&limit=" + limit)
			.toList();
	}

	void ask(List<String> questions) {
		ApiClient api = new ApiClient(port);
		// any media type: the feed's is Atom
		questions.forEach(path -> assertThat(api.get(path, "*/*").status()).as(path).isEqualTo(200));
	}

	@Test
	void theApisQuestionsAfterItCompileNothingNew() {
		clearPlans();
		ask(questions(3));
		assertThat(clearPlans()).as("plans the questions compile on their own").isGreaterThanOrEqualTo(questions(3).size());

		PlanWarmUp.Asked asked = warmUp().askEveryQuestion();
		long warmedUp = clearPlans();
		assertThat(warmedUp).isGreaterThanOrEqualTo(asked.answered().size());

		warmUp().askEveryQuestion();
		ask(questions(4));
		ask(positionsOfEachRelation(4));
		// the count is Neo4j's and moves by one between equal runs of the same warm-up (seen)
		assertThat(clearPlans()).as("plans after the warm-up and the questions").isBetween(warmedUp - 1, warmedUp + 1);
	}
}
