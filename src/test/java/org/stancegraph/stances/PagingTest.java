package org.stancegraph.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every list of the stance and entity API comes in pages: small pages, walked by their {@code next} offsets, must give back
 * exactly the whole answer, in the same order, and every page must report the whole answer's size. The last page has
 * no {@code next} (nulls are left out of the JSON).
 */
@StancegraphIntegrationTest
class PagingTest {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	/** A paged list: where its rows are in the answer, and what identifies a row. */
	record Listing(String path, String rows, Function<JsonNode, String> key) {

		@Override
		public String toString() {
			return path;
		}
	}

	static Stream<Listing> listings() {
		Function<JsonNode, String> quote = e -> e.at("/claimId").asString() + "|" + e.at("/source/id").asString();
		Function<JsonNode, String> claim = s -> s.at("/claimId").asString();
		return Stream.of(new Listing("/api/evidence?target=isf", "/items", quote),
				new Listing("/api/evidence?actor=united-states", "/items", quote),
				new Listing("/api/evidence?actor=united-states&target=isf", "/items", quote),
				new Listing("/api/evidence?actor=united-states&target=isf&asOf=2025-11-17", "/items", quote),
				new Listing("/api/actors/united-states/stances", "/stances", claim),
				new Listing("/api/actors/united-states/stances?asOf=2025-11-20", "/stances", claim),
				new Listing("/api/actors/united-states/timeline?target=isf", "/claims", claim),
				new Listing("/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf",
						"/actors", a -> a.at("/actor/id").asString()),
				new Listing("/api/contradictions", "/items", c -> c.at("/actor/id").asString() + "|" + c.at("/target/id").asString()),
				new Listing("/api/entities", "/items", e -> e.at("/id").asString()),
				new Listing("/api/entities?kind=Person", "/items", e -> e.at("/id").asString()),
				new Listing("/api/entities?q=us", "/items", e -> e.at("/id").asString()));
	}

	@ParameterizedTest
	@MethodSource("listings")
	void smallPagesWalkedByNextGiveTheWholeAnswerInOrder(Listing listing) {
		Answer whole = api.get(listing.path() + separator(listing.path()) + "limit=1000");
		assertThat(whole.status()).isEqualTo(200);
		List<String> expected = stream(whole.body().at(listing.rows())).map(listing.key()).toList();
		assertThat(expected).as("the seed data has an answer here").isNotEmpty();
		assertThat(whole.body().at("/page/total").asLong()).isEqualTo(expected.size());
		assertThat(whole.body().at("/page/next").isMissingNode()).isTrue();

		List<String> walked = new ArrayList<>();
		int offset = 0;
		int pages = 0;
		while (true) {
			Answer page = api.get(listing.path() + separator(listing.path()) + "limit=2&offset=" + offset);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body().at("/page/total").asLong()).isEqualTo(expected.size());
			assertThat(page.body().at("/page/offset").asInt()).isEqualTo(offset);
			assertThat(page.body().at("/page/limit").asInt()).isEqualTo(2);
			List<String> rows = stream(page.body().at(listing.rows())).map(listing.key()).toList();
			assertThat(rows).hasSizeLessThanOrEqualTo(2);
			walked.addAll(rows);
			pages++;
			JsonNode next = page.body().at("/page/next");
			if (next.isMissingNode()) {
				break;
			}
			assertThat(next.asInt()).isEqualTo(offset + 2);
			offset = next.asInt();
		}
		assertThat(walked).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(Math.max(1, (expected.size() + 1) / 2));
	}

	@ParameterizedTest
	@MethodSource("listings")
	void anEmptyOrSpacedPageParameterIsReadAsSpringReadsIt(Listing listing) {
		Answer plain = api.get(listing.path());
		Answer empty = api.get(listing.path() + separator(listing.path()) + "offset=&limit=");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().at("/page")).isEqualTo(plain.body().at("/page"));
		Answer spaced = api.get(listing.path() + separator(listing.path()) + "offset=%200&limit=1%20");
		assertThat(spaced.status()).isEqualTo(200);
		assertThat(spaced.body().at("/page/limit").asInt()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("listings")
	void anOffsetPastTheEndGivesNoRowsButTheTotal(Listing listing) {
		long total = api.get(listing.path()).body().at("/page/total").asLong();
		Answer beyond = api.get(listing.path() + separator(listing.path()) + "offset=" + (total + 5));
		assertThat(beyond.status()).isEqualTo(200);
		assertThat(beyond.body().at(listing.rows())).isEmpty();
		assertThat(beyond.body().at("/page/total").asLong()).isEqualTo(total);
		assertThat(beyond.body().at("/page/next").isMissingNode()).isTrue();
	}

	@Test
	void positionsCountEveryActorPerRelationAndPageAcrossRelations() {
		Answer whole = api.get("/api/targets/resolution-2803/positions?limit=1000");
		JsonNode by = whole.body().at("/by");
		JsonNode counts = whole.body().at("/counts");
		List<String> relations = new ArrayList<>(by.propertyNames());
		assertThat(relations).contains("SUPPORTS", "ABSTAINED").isSorted();
		assertThat(new ArrayList<>(counts.propertyNames())).containsExactlyElementsOf(relations);
		long total = 0;
		List<String> expected = new ArrayList<>();
		for (String relation : relations) {
			assertThat(counts.get(relation).asLong()).as(relation).isEqualTo(by.get(relation).size());
			total += counts.get(relation).asLong();
			stream(by.get(relation)).forEach(p -> expected.add(relation + "|" + p.at("/actor/id").asString()));
		}
		assertThat(whole.body().at("/page/total").asLong()).isEqualTo(total);

		List<String> walked = new ArrayList<>();
		for (int offset = 0; offset < total; offset += 3) {
			Answer page = api.get("/api/targets/resolution-2803/positions?limit=3&offset=" + offset);
			assertThat(page.body().at("/counts")).isEqualTo(counts);
			page.body().at("/by").properties()
				.forEach(e -> stream(e.getValue()).forEach(p -> walked.add(e.getKey() + "|" + p.at("/actor/id").asString())));
		}
		assertThat(walked).containsExactlyElementsOf(expected);
	}

	@Test
	void positionsOfOneRelationHoldOnlyThatRelation() {
		Answer all = api.get("/api/targets/resolution-2803/positions");
		Answer abstained = api.get("/api/targets/resolution-2803/positions?relation=ABSTAINED");
		assertThat(abstained.status()).isEqualTo(200);
		assertThat(abstained.body().at("/relation").asString()).isEqualTo("ABSTAINED");
		assertThat(new ArrayList<>(abstained.body().at("/by").propertyNames())).containsExactly("ABSTAINED");
		assertThat(abstained.body().at("/by/ABSTAINED")).isEqualTo(all.body().at("/by/ABSTAINED"));
		assertThat(abstained.body().at("/page/total").asLong()).isEqualTo(all.body().at("/counts/ABSTAINED").asLong());
		// as of a date too: the same filter over the answer computed from the claims
		Answer asOf = api.get("/api/targets/resolution-2803/positions?relation=ABSTAINED&asOf=2025-11-30");
		assertThat(new ArrayList<>(asOf.body().at("/by").propertyNames())).containsExactly("ABSTAINED");
		assertThat(stream(asOf.body().at("/by/ABSTAINED")).map(p -> p.at("/actor/id").asString())).contains("russia", "china");
		assertThat(api.get("/api/targets/resolution-2803/positions?relation=LIKES").status()).isEqualTo(400);
	}

	static Stream<Arguments> badPages() {
		return Stream.of(Arguments.of("limit=0", "limit"), Arguments.of("limit=1001", "limit"),
				Arguments.of("offset=-1", "offset"), Arguments.of("limit=ten", "limit"), Arguments.of("offset=1.5", "offset"),
				Arguments.of("offset=99999999999", "offset"));
	}

	@ParameterizedTest
	@MethodSource("badPages")
	void aBadPageIs400NamingTheParameter(String query, String parameter) {
		for (String path : List.of("/api/evidence?target=isf&", "/api/targets/isf/positions?", "/api/actors/israel/stances?",
				"/api/actors/israel/timeline?", "/api/contradictions?", "/api/entities?", "/api/entities?q=us&",
				"/api/queries/backers-opposing?backing=twenty-point-plan&opposing=turkish-participation-in-isf&")) {
			Answer answer = api.get(path + query);
			assertThat(answer.status()).as(path + query).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.body().get("detail").asString()).as(path + query).startsWith(parameter + ":");
		}
	}

	private static String separator(String path) {
		return path.contains("?") ? "&" : "?";
	}
}
