package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.StancegraphIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/extraction on the real embedded Neo4j with the seed graph: mentions and candidates against the graph's
 * entities, quotes that are spans of the text, open to any reader, problem+json for what it cannot read, and nothing
 * written.
 */
@StancegraphIntegrationTest
class ExtractionApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** From seeds/documents/fdd-2025-11-19-hamas-rejects-resolution-2803.txt. */
	static final String FDD = "Separately, an Azerbaijani government source told Reuters that Azerbaijan will only send troops "
			+ "for the ISF “if military action is completely stopped,” citing concerns about the safety of its personnel.\n\n"
			+ "In contrast, Turkey is readying a brigade of 2,000 soldiers to join the ISF. However, Israel firmly opposes "
			+ "Ankara’s participation in any future ISF.";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	Answer post(Object body) {
		return api.post("/api/extraction", "application/json", JSON.writeValueAsBytes(body));
	}

	@Test
	void mentionsAndCandidatesWithTheirQuotesAsSpansOfTheText() {
		List<String> before = GraphFingerprint.content(neo4j);
		Answer answer = post(Map.of("text", FDD, "published", "2025-11-19", "sourceId", "zz-test-fdd"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode mentions = answer.body().get("mentions");
		assertThat(ApiClient.ids(mentions, "/entity")).contains("azerbaijan", "reuters", "isf", "turkey", "israel");
		for (JsonNode m : mentions) {
			assertThat(FDD.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asString());
			assertThat(m.get("ambiguous").asBoolean()).isFalse();
		}
		JsonNode candidates = answer.body().get("candidates");
		assertThat(ApiClient.stream(candidates).map(c -> c.get("holder").asString() + " " + c.get("relation").asString() + " "
				+ c.get("target").asString())).contains("azerbaijan OFFERS_TROOPS isf", "turkey OFFERS_TROOPS isf");
		for (JsonNode c : candidates) {
			assertThat(FDD.substring(c.get("quoteStart").asInt(), c.get("quoteEnd").asInt())).isEqualTo(c.get("quote").asString());
			assertThat(c.get("id").asString()).startsWith("zz-test-fdd-cand-");
			assertThat(c.at("/why/rule").asString()).isNotBlank();
		}
		JsonNode azerbaijan = ApiClient.stream(candidates).filter(c -> c.get("holder").asString().equals("azerbaijan")).findFirst()
			.orElseThrow();
		assertThat(azerbaijan.get("condition").asString()).isEqualTo("if military action is completely stopped");
		assertThat(azerbaijan.get("conditionKind").asString()).isEqualTo("only-if");
		assertThat(azerbaijan.get("certainty").asString()).isEqualTo("reported");
		assertThat(ApiClient.stream(azerbaijan.get("via")).map(JsonNode::asString)).containsExactly("reuters");
		assertThat(GraphFingerprint.content(neo4j)).as("the graph after extraction").isEqualTo(before);
	}

	@Test
	void badInputIsAProblemThatSaysWhatIsWrong() {
		Answer blank = post(Map.of("text", "  \n ", "published", "2025-11-19"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(blank.body().get("detail").asString()).contains("text: missing or blank");
		assertThat(blank.body().get("instance").asString()).isEqualTo("/api/extraction");

		Answer badDate = post(Map.of("text", FDD, "published", "2025-02-30"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body().get("detail").asString()).contains("published: '2025-02-30' is not a date");

		Answer future = post(Map.of("text", FDD, "published", "2999-01-01"));
		assertThat(future.body().get("detail").asString()).contains("published: 2999-01-01 is in the future");

		Answer badId = post(Map.of("text", FDD, "published", "2025-11-19", "sourceId", "Not An Id"));
		assertThat(badId.body().get("detail").asString()).contains("sourceId: 'Not An Id' is not an id");

		Answer notJson = api.post("/api/extraction", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body().get("detail").asString()).startsWith("body: not a JSON object");

		Answer tooLong = post(Map.of("text", "Hamas rejected it. ".repeat(ExtractionService.MAX_TEXT_CHARS / 19 + 1),
				"published", "2025-11-19"));
		assertThat(tooLong.status()).isEqualTo(413);
		assertThat(tooLong.contentType()).startsWith("application/problem+json");
		assertThat(tooLong.body().get("detail").asString()).contains("over the limit of " + ExtractionService.MAX_TEXT_CHARS);

		Answer tooBig = api.post("/api/extraction", "application/json",
				new byte[(int) ExtractionService.MAX_BODY_BYTES + 1]);
		assertThat(tooBig.status()).isEqualTo(413);

		Answer yaml = api.post("/api/extraction", "application/yaml", "text: x".getBytes(StandardCharsets.UTF_8));
		assertThat(yaml.status()).isEqualTo(415);
	}

	/** Not a timed test: it prints what a 1,000-word article takes through the API, for the README's figure. */
	@Test
	void aThousandWordArticle() throws Exception {
		String all = Files.readString(Path.of("seeds/documents/algemeiner-2025-11-04-us-proposes-international-gaza-force.txt"))
				+ "\n\n" + Files.readString(Path.of("seeds/documents/fdd-2025-11-19-hamas-rejects-resolution-2803.txt"));
		String[] words = all.split("(?<=\\s)(?=\\S)");
		String text = String.join("", java.util.Arrays.copyOf(words, 1_000));
		Map<String, String> body = Map.of("text", text, "published", "2025-11-19");
		for (int i = 0; i < 5; i++) {
			assertThat(post(body).status()).isEqualTo(200);
		}
		long[] times = new long[11];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			assertThat(post(body).status()).isEqualTo(200);
			times[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(times);
		System.out.printf("POST /api/extraction of a 1,000-word article: %.1f ms (median of %d)%n", times[times.length / 2] / 1e6,
				times.length);
	}
}
