package org.stancegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stancegraph.ApiClient;
import org.stancegraph.StancegraphIntegrationTest;

/**
 * One analyst question as a Neo4j Browser guide ({@code GET /guide/queries/{file}/{values}}), the explorer's
 * "Open in Neo4j Browser" target: the file's :param lines set to the values given, the query as the file has it;
 * a value that is not a plain id, date or number, or a parameter the file does not have, is refused.
 */
@StancegraphIntegrationTest
class GuideQuestionTest {

	@LocalServerPort
	int port;

	ApiClient.Answer get(String path) {
		return new ApiClient(port).get(path, "text/html");
	}

	@Test
	void theQuestionWithTheGivenValuesAsItsParameters() {
		var page = get("/guide/queries/32_positions_as_of/target=isf,asOf=2025-11-10");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("<pre class=\"code runnable\">:param target =&gt; &#39;isf&#39;;\n:param asOf =&gt; date(&#39;2025-11-10&#39;);\n"
				+ ":param certainty =&gt; &#39;possible&#39;;</pre>",
				"MATCH (:Entity {id: $target})&lt;-[:ABOUT]-(c:Claim)-[:BY]-&gt;(other:Entity)", "Question 1 of 1");
		// the minimum certainty, as the explorer's view had it
		assertThat(get("/guide/queries/32_positions_as_of/target=isf,certainty=stated").text())
			.contains(":param certainty =&gt; &#39;stated&#39;;");
		// without values, the file's own
		assertThat(get("/guide/queries/32_positions_as_of").text()).contains(":param target =&gt; &#39;resolution-2803&#39;;");
		// a value left out keeps the file's
		assertThat(get("/guide/queries/16_neighbourhood_graph/center=hamas").text()).contains(":param center =&gt; &#39;hamas&#39;;\n:param certainty =&gt; &#39;possible&#39;;\n:param limit =&gt; 40;");
		assertThat(get("/guide/queries/16_neighbourhood_graph/center=hamas,limit=7").text()).contains(":param limit =&gt; 7;");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/guide/queries/99_no_such_question/target=isf | 404 | 99_no_such_question.cypher",
			"/guide/queries/32_positions_as_of/actor=isf | 400 | has no parameter actor; its parameters: target, asOf, certainty",
			"/guide/queries/32_positions_as_of/target=isf,asOf=10.11.2025 | 400 | asOf must be a date (YYYY-MM-DD)",
			"/guide/queries/32_positions_as_of/target=a%27b | 400 | target must be 1 to 120 letters, digits",
			"/guide/queries/32_positions_as_of/target=a%20b | 400 | target must be 1 to 120 letters, digits",
			"/guide/queries/32_positions_as_of/target | 400 | name=value pairs",
			"/guide/queries/32_positions_as_of/target=isf,target=gaza | 400 | each name once",
			"/guide/queries/16_neighbourhood_graph/limit=-1 | 400 | limit must be a whole number",
			"/guide/queries/33_actor_timeline_on_target/relations=SUPPORTS | 400 | relations cannot be set here" })
	void badValuesAreRefusedWithWhatIsWrong(String path, int status, String detail) {
		var answer = new ApiClient(port).get(path, "application/problem+json, text/html");
		assertThat(answer.status()).as(path).isEqualTo(status);
		assertThat(answer.text()).as(path).contains(detail);
	}
}
