package org.stancegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.database.AccessModeRecorder;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/vocabulary is Relation, EntityKind and Certainty as they are declared, cacheable, and answered without the
 * database.
 */
@StancegraphIntegrationTest
class VocabularyApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccessModeRecorder sessions;

	@Test
	void theRelationsInDeclarationOrderWithTheirWordsAndTheKinds() throws Exception {
		sessions.clear();
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/vocabulary")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(sessions.modes()).as("database sessions opened").isEmpty();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=3600");

		JsonNode vocabulary = JsonMapper.builder().build().readTree(response.body());
		List<JsonNode> relations = ApiClient.stream(vocabulary.get("relations")).toList();
		assertThat(relations).extracting(r -> r.get("name").asString()).isEqualTo(Relation.names());
		for (int i = 0; i < relations.size(); i++) {
			Relation relation = Relation.values()[i];
			JsonNode term = relations.get(i);
			assertThat(term.get("heading").asString()).as(relation + " heading").isEqualTo(relation.heading()).isNotBlank();
			assertThat(term.get("axis").asString()).as(relation + " axis").isEqualTo(relation.axis());
			assertThat(term.get("side").asString()).as(relation + " side").isEqualTo(relation.side().name());
			assertThat(term.get("stance").asBoolean()).as(relation + " stance").isEqualTo(relation.isStance());
			assertThat(term.has("affiliation")).as(relation + " affiliation").isEqualTo(relation.affiliation().isPresent());
			relation.affiliation().ifPresent(a -> {
				assertThat(term.at("/affiliation/holders").asString()).isEqualTo(a.holders());
				assertThat(term.at("/affiliation/targets").asString()).isEqualTo(a.targets());
			});
		}
		assertThat(ApiClient.ids(vocabulary.get("kinds"), "/name")).isEqualTo(EntityKind.names());
		// the levels of certainty strongest first, the words the certainty parameter takes, each with what it means
		assertThat(ApiClient.ids(vocabulary.get("certainties"), "/name")).isEqualTo(Certainty.words())
			.containsExactly("stated", "reported", "probable", "possible");
		ApiClient.stream(vocabulary.get("certainties")).forEach(term -> assertThat(term.get("description").asString())
			.as(term.get("name").asString()).isEqualTo(Certainty.of(term.get("name").asString()).description()).isNotBlank());
	}
}
