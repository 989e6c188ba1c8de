package org.stancegraph.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.ApiClient.encode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ApiClient;
import org.stancegraph.ApiClient.Answer;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * GET /api/entities: a page like every list, with the whole answer's total; a search ranks the entity a user means
 * first: an exact name, alias or id, then those that start with the words, then the rest.
 */
@StancegraphIntegrationTest
class EntitySearchTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@ParameterizedTest(name = "q={0} -> {1}")
	@CsvSource({ "US, united-states", "Türkiye, turkey", "turkey, turkey", "TURKIYE, turkey", "PIJ, palestinian-islamic-jihad",
			"isf, isf", "Hamas, hamas" })
	void anExactNameOrAliasComesFirst(String q, String first) {
		Answer answer = api.get("/api/entities?q=" + encode(q));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(ApiClient.ids(answer.body().get("items"), "/id")).as(q).first().isEqualTo(first);
	}

	/**
	 * The whole answer, in order, against the rank of each entity worked out here from its names: 0 for an exact
	 * name, alias or id, 1 for one that starts with the words, 2 for the rest. Ranks never go down the list.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "US", "un", "Resolution", "turk", "israel", "hamas", "board", "peace plan" })
	void exactThenPrefixThenTheRest(String q) {
		List<String> ids = ApiClient.ids(api.get("/api/entities?limit=1000&q=" + encode(q)).body().get("items"), "/id");
		assertThat(ids).as("the seed graph has an answer for " + q).isNotEmpty();
		List<Integer> ranks = new ArrayList<>();
		for (String id : ids) {
			ranks.add(rank(q, names(id)));
		}
		assertThat(ranks).as(q + ": " + ids).isSorted();
	}

	/** Without q, every entity, by name, in pages; the total is the graph's. */
	@Test
	void withoutQEveryEntityInPagesWithTheTotal() {
		long entities = neo4j.query("MATCH (e:Entity) RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
		Answer first = api.get("/api/entities");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().at("/page/total").asLong()).isEqualTo(entities);
		assertThat(first.body().get("items")).hasSize((int) Math.min(entities, 25));
		assertThat(first.body().at("/page/next").asInt()).isEqualTo(25);

		Answer all = api.get("/api/entities?limit=1000");
		List<String> ids = ApiClient.ids(all.body().get("items"), "/id");
		List<String> expected = neo4j.query("MATCH (e:Entity) RETURN e.id AS id ORDER BY e.name, e.id").fetchAs(String.class).all()
			.stream().toList();
		assertThat(ids).containsExactlyElementsOf(expected);

		long persons = neo4j.query("MATCH (e:Entity) WHERE e.kind = 'Person' RETURN count(e)").fetchAs(Long.class).one().orElseThrow();
		assertThat(api.get("/api/entities?kind=Person").body().at("/page/total").asLong()).isEqualTo(persons);
	}

	/** A search's total is every entity it finds, beyond the page. */
	@Test
	void aSearchCountsItsWholeAnswer() {
		Answer page = api.get("/api/entities?q=us&limit=2");
		Answer all = api.get("/api/entities?q=us&limit=1000");
		assertThat(page.body().get("items")).hasSize(2);
		assertThat(page.body().at("/page/total").asLong()).isEqualTo(all.body().get("items").size()).isGreaterThan(2);
		assertThat(ApiClient.ids(page.body().get("items"), "/id"))
			.containsExactlyElementsOf(ApiClient.ids(all.body().get("items"), "/id").subList(0, 2));
	}

	private List<String> names(String id) {
		Map<String, Object> row = neo4j.query("MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name, e.aliases AS aliases")
			.bind(id).to("id").fetch().one().orElseThrow();
		List<String> names = new ArrayList<>(List.of((String) row.get("id"), (String) row.get("name")));
		@SuppressWarnings("unchecked")
		List<String> aliases = (List<String>) row.get("aliases");
		if (aliases != null) {
			names.addAll(aliases);
		}
		return names;
	}

	private static int rank(String q, List<String> names) {
		String words = fold(q);
		if (names.stream().map(EntitySearchTest::fold).anyMatch(words::equals)) {
			return 0;
		}
		return names.stream().map(EntitySearchTest::fold).anyMatch(name -> name.startsWith(words)) ? 1 : 2;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}
}
