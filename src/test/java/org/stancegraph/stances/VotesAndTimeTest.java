package org.stancegraph.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.ids;
import static org.stancegraph.ApiClient.stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Votes, "as of" answers, timelines and contradictions against the seed graph, with the answers the five documents
 * give: FDD states the 13-0-2 tally and names Russia and China; the document of 18 November names Algeria's vote
 * for and Hamas urging it to reject; Matzav reports the United States ready to abandon the ISF deployment it proposed.
 */
@StancegraphIntegrationTest
class VotesAndTimeTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void theVoteOnResolution2803HasItsTallyItsNamedMembersAndTheUnnamedRest() {
		JsonNode vote = api.get("/api/votes/resolution-2803").body();
		assertThat(vote.at("/body/id").asString()).isEqualTo("un-security-council");
		assertThat(vote.at("/date").asString()).isEqualTo("2025-11-17");
		assertThat(vote.at("/tally/for").asInt()).isEqualTo(13);
		assertThat(vote.at("/tally/against").asInt()).isZero();
		assertThat(vote.at("/tally/abstain").asInt()).isEqualTo(2);
		assertThat(ids(vote.at("/tally/evidence"), "/source/id")).containsExactly("fdd-2025-11-19-hamas-rejects-resolution-2803");
		assertThat(stream(vote.at("/named")).map(n -> n.at("/actor/id").asString() + ":" + n.at("/vote").asString()))
			.containsExactlyInAnyOrder("algeria:for", "russia:abstain", "china:abstain");
		JsonNode russia = stream(vote.at("/named")).filter(n -> n.at("/actor/id").asString().equals("russia")).findFirst().orElseThrow();
		assertThat(ids(russia.at("/evidence"), "/source/id")).as("two documents name Russia's abstention").hasSize(2);
		assertThat(vote.at("/unnamed").asInt()).isEqualTo(12);
		assertThat(vote.at("/otherTallies")).isEmpty();
	}

	@Test
	void algeriaVotedForWhatHamasAndTheOtherFactionsUrgedItToReject() {
		JsonNode divergences = api.get("/api/votes/resolution-2803/divergences").body().at("/divergences");
		// one sentence names both who urged: "statements by Hamas and other resistance factions calling on ..."
		assertThat(stream(divergences).map(d -> d.at("/actor/id").asString() + " urged by " + d.at("/urgedBy/id").asString()))
			.containsExactly("algeria urged by hamas", "algeria urged by other-resistance-factions");
		JsonNode algeria = divergences.get(0);
		assertThat(algeria.at("/actor/id").asString()).isEqualTo("algeria");
		assertThat(algeria.at("/vote").asString()).isEqualTo("for");
		assertThat(algeria.at("/kind").asString()).isEqualTo("urged");
		assertThat(algeria.at("/urgedBy/id").asString()).isEqualTo("hamas");
		assertThat(algeria.at("/relation").asString()).isEqualTo("OPPOSES");
		assertThat(algeria.at("/evidence/0/quote").asString()).contains("calling on the North African country to reject it");
		assertThat(algeria.at("/voteEvidence/0/quote").asString()).isEqualTo("Algeria voted in favor");
	}

	@Test
	void anInstrumentWithoutAVoteHasAnEmptyRecordAndAnUnknownOneIs404() {
		JsonNode none = api.get("/api/votes/russian-draft-resolution").body();
		assertThat(none.at("/named")).isEmpty();
		assertThat(none.at("/tally").isNull() || none.at("/tally").isMissingNode()).isTrue();
		assertThat(api.get("/api/votes/resolution-9999").status()).isEqualTo(404);
	}

	/** Supersession as of a date is tested on claims of known dates in CertaintyFilterTest; here what the seeds say. */
	@Test
	void asOfADateOnlyWhatWasSaidByThenCounts() {
		// before the vote the United States had proposed the draft, and nobody had a position on the resolution yet
		JsonNode before = api.get("/api/targets/resolution-2803/positions?asOf=2025-11-10").body();
		assertThat(before.at("/asOf").asString()).isEqualTo("2025-11-10");
		assertThat(before.at("/by").propertyNames()).isEmpty();
		JsonNode draft = api.get("/api/targets/us-draft-resolution/positions?asOf=2025-11-10").body();
		assertThat(draft.at("/by").propertyNames()).containsExactly("PROPOSED");
		assertThat(ids(draft.at("/by/PROPOSED"), "/actor/id")).containsExactly("united-states");
		assertThat(draft.at("/by/PROPOSED/0/sources")).hasSize(2);
		// after it: the vote, Waltz's statement of 18 November, the factions' rejection
		JsonNode after = api.get("/api/targets/resolution-2803/positions?asOf=2025-11-20").body();
		assertThat(ids(after.at("/by/SUPPORTS"), "/actor/id")).contains("united-states", "algeria", "un-security-council");
		assertThat(ids(after.at("/by/ABSTAINED"), "/actor/id")).containsExactly("china", "russia");
		assertThat(ids(after.at("/by/OPPOSES"), "/actor/id")).contains("hamas");
		assertThat(ids(after.at("/by/ADOPTED_AS"), "/actor/id")).containsExactly("us-draft-resolution");
		// without asOf, every edge the sources state: the Matzav report of 15 November is the third source
		JsonNode all = api.get("/api/targets/us-draft-resolution/positions").body();
		assertThat(ids(all.at("/by/PROPOSED"), "/actor/id")).containsExactly("united-states");
		assertThat(all.at("/by/PROPOSED/0/sources")).hasSize(3);
		assertThat(all.at("/by/PROPOSED/0/publishers")).hasSize(3);
	}

	@Test
	void backersOpposingAsOfADateBeforeIsraelsStatementIsEmpty() {
		assertThat(api.get("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf&asOf=2025-11-01")
			.body().at("/actors")).isEmpty();
		JsonNode after = api.get("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf&asOf=2025-11-20").body();
		assertThat(ids(after.at("/actors"), "/actor/id")).containsExactly("israel");
		assertThat(after.at("/actors/0/opposes/sources")).hasSize(2);
	}

	@Test
	void actorStancesAsOfADate() {
		JsonNode stances = api.get("/api/actors/united-states/stances?asOf=2025-11-05").body().at("/stances");
		assertThat(stances).isNotEmpty();
		assertThat(stream(stances).map(s -> s.at("/date").asString())).allMatch(date -> date.compareTo("2025-11-05") <= 0);
	}

	@Test
	void theUnitedStatesTimelineOnTheIsfRunsFromProposalToTheReportOfAbandoningIt() {
		JsonNode timeline = api.get("/api/actors/united-states/timeline?target=isf").body();
		assertThat(timeline.at("/target/id").asString()).isEqualTo("isf");
		var claims = stream(timeline.at("/claims")).toList();
		assertThat(claims).extracting(c -> c.at("/date").asString()).isSorted();
		// a US official's words that Axios quoted "previously", dated only to the year, come first: 2025 is 2025-01-01
		assertThat(claims.getFirst().at("/claimId").asString()).isEqualTo("presstv-united-states-supports-isf-enforcement-mandate");
		assertThat(claims.getFirst().at("/evidence/0/datePrecision").asString()).isEqualTo("year");
		assertThat(claims.get(1).at("/relation").asString()).isEqualTo("PROPOSED");
		assertThat(claims.get(1).at("/target/id").asString()).isEqualTo("isf");
		assertThat(claims).anySatisfy(c -> {
			assertThat(c.at("/relation").asString()).isEqualTo("OPPOSES");
			assertThat(c.at("/target/id").asString()).isEqualTo("isf-deployment");
			assertThat(c.at("/date").asString()).isEqualTo("2025-11-15");
		});
		assertThat(claims).anySatisfy(c -> {
			assertThat(c.at("/relation").asString()).isEqualTo("SUPPORTS");
			assertThat(c.at("/target/id").asString()).isEqualTo("resolution-2803");
			assertThat(c.at("/speaker/id").asString()).isEqualTo("mike-waltz");
		});
		assertThat(claims).allSatisfy(c -> assertThat(c.at("/evidence")).isNotEmpty());
	}

	@Test
	void theMandatePeriodIsKeptApartFromTheDateSaid() {
		// the drafts' "through the end of 2027": the US draft's provision, said in November 2025
		JsonNode stances = api.get("/api/actors/us-draft-resolution/stances").body().at("/stances");
		assertThat(stances).anySatisfy(s -> {
			assertThat(s.at("/validUntil").asString()).isEqualTo("2027-12-31");
			assertThat(s.at("/date").asString()).startsWith("2025-11");
		});
	}

	@Test
	void contradictionsListTheUnitedStatesProposingAndAbandoningTheDeployment() {
		Answer answer = api.get("/api/contradictions");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().at("/items")).hasSize(1);
		assertThat(answer.body().at("/page/total").asLong()).isEqualTo(1);
		JsonNode us = answer.body().at("/items/0");
		assertThat(us.at("/actor/id").asString()).isEqualTo("united-states");
		assertThat(us.at("/target/id").asString()).isEqualTo("isf-deployment");
		assertThat(us.at("/axis").asString()).isEqualTo("position");
		assertThat(us.at("/supporting/relations/0").asString()).isEqualTo("PROPOSED");
		assertThat(us.at("/opposing/relations/0").asString()).isEqualTo("OPPOSES");
		// both come from one report of 15 November: no order between them, so a conflict rather than a reversal
		assertThat(us.at("/kind").asString()).isEqualTo("conflict");
		assertThat(us.at("/opposing/evidence/0/quote").asString()).contains("appears ready to abandon");
	}

	@Test
	void aBadDateIs400() {
		Answer answer = api.get("/api/targets/isf/positions?asOf=2025-13-45");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}
}
