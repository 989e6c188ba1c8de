package org.stancegraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What the files of cypher/ must say in step with the graph's vocabulary ({@code org.stancegraph.graph}), checked
 * without a database, so that a relation left out names the file to change before the app would refuse to start.
 */
class QueryFileRulesTest {

	/**
	 * Files that walk every derived edge name their types (a hub's claim links are never read); each such list names
	 * every relation, so that a relation added to the model is not silently left out of a question.
	 */
	@Test
	void everyListOfDerivedEdgeTypesNamesEveryRelation() throws IOException {
		// a list may end in an inline predicate (20: [r:SUPPORTS|... WHERE $certainty IN r.meetsCertainty])
		Pattern typeList = Pattern.compile("\\[\\w*:((?:[A-Z_]+\\|)+[A-Z_]+)(?:\\s+WHERE\\s[^\\]]*)?\\]");
		Set<String> relations = new java.util.TreeSet<>(org.stancegraph.graph.Relation.names());
		int lists = 0;
		// every file that misses a relation is named at once
		var softly = new org.assertj.core.api.SoftAssertions();
		for (Path path : CypherQueriesTest.queryFiles()) {
			Matcher m = typeList.matcher(Files.readString(path));
			while (m.find()) {
				Set<String> types = new java.util.TreeSet<>(List.of(m.group(1).split("\\|")));
				// a list of a few types asks about those (11: SUPPORTS|OPPOSES); a long one means every derived edge
				if (types.size() > 4) {
					types.remove("CONCERNS");
					softly.assertThat(types).as("%s: %s", path.getFileName(), m.group()).isEqualTo(relations);
					lists++;
				}
			}
		}
		// the counts beside a page of positions: one degree per relation
		Matcher counted = Pattern.compile("COUNT \\{ \\(t\\)<-\\[:([A-Z_]+)\\]-\\(\\) \\}")
			.matcher(Files.readString(CypherQueriesTest.PARTS.resolve("position_counts.cypher")));
		Set<String> counts = new java.util.TreeSet<>();
		while (counted.find()) {
			counts.add(counted.group(1));
		}
		softly.assertThat(counts).as("position_counts.cypher: a count per relation").isEqualTo(relations);
		// and, when not everything counts, a count of the edges that meet the minimum per relation
		Matcher filtered = Pattern.compile("COUNT \\{ \\(t\\)<-\\[r:([A-Z_]+)\\]-\\(\\) WHERE \\$certainty IN r\\.meetsCertainty \\}")
			.matcher(Files.readString(CypherQueriesTest.PARTS.resolve("position_counts.cypher")));
		Set<String> filteredCounts = new java.util.TreeSet<>();
		while (filtered.find()) {
			filteredCounts.add(filtered.group(1));
		}
		softly.assertThat(filteredCounts).as("position_counts.cypher: a count per relation at a certainty").isEqualTo(relations);
		softly.assertAll();
		assertThat(lists).as("type lists found (03, 16, 20, 21)").isGreaterThanOrEqualTo(5);
	}

	/**
	 * Where $relations means every relation (the timeline's and evidence's), the Browser's value is every relation the
	 * claims state, asked of the graph: no list to keep in step with {@link org.stancegraph.graph.Relation} (the API
	 * passes its names). A shorter list (05) asks about those.
	 */
	@Test
	void everyRelationAsAParameterIsAskedOfTheGraph() throws IOException {
		int files = 0;
		for (Path path : CypherQueriesTest.queryFiles()) {
			String relations = CypherQueriesTest.parse(path).paramExpressions().get("relations");
			if (relations != null && relations.startsWith("[")) {
				assertThat(relations.split(",").length).as("%s: a list of more than half the relations; ask the graph",
						path.getFileName()).isLessThanOrEqualTo(org.stancegraph.graph.Relation.names().size() / 2);
			}
			else if (relations != null) {
				assertThat(relations).as("%s: :param relations", path.getFileName())
					.isEqualTo("COLLECT { MATCH (c:Claim) RETURN DISTINCT c.relation }");
				files++;
			}
		}
		assertThat(files).as("files where $relations is every relation (33, 38, their counts)").isGreaterThanOrEqualTo(4);
	}

	/** Every file that weighs claims as of a date states the one rule of {@link org.stancegraph.graph.AsOf}, word for word. */
	@Test
	void everyAsOfFileStatesTheOneRuleOfClaimsInForce() throws IOException {
		String rule = org.stancegraph.graph.AsOf.IN_FORCE.strip().replaceAll("\\s+", " ");
		int files = 0;
		for (Path path : CypherQueriesTest.queryFiles()) {
			String query = CypherQueriesTest.parse(path).query().replaceAll("\\s+", " ");
			if (query.contains("lastOther")) {
				assertThat(query).as("%s: the as-of rule, as graph.AsOf states it", path.getFileName()).contains(rule);
				files++;
			}
		}
		assertThat(files).as("files that weigh claims as of a date (22, 32, 35, 36, 37)").isGreaterThanOrEqualTo(5);
	}

	/**
	 * Every file that weighs claims or derived edges by certainty takes the minimum as {@code $certainty}, and the
	 * Browser's value is {@code 'possible'}: everything, as the API's default.
	 */
	@Test
	void everyFileThatWeighsCertaintyTakesTheMinimumWithEverythingAsTheBrowsersValue() throws IOException {
		int files = 0;
		var softly = new org.assertj.core.api.SoftAssertions();
		for (Path path : CypherQueriesTest.queryFiles()) {
			CypherQueriesTest.QueryFile file = CypherQueriesTest.parse(path);
			if (file.query().contains("meetsCertainty") || file.paramExpressions().containsKey("certainty")) {
				softly.assertThat(file.paramExpressions().get("certainty")).as("%s: :param certainty", path.getFileName())
					.isEqualTo("'" + org.stancegraph.web.MinimumCertainty.DEFAULT + "'");
				// a minimum is met by what is at least that certain: the one test of it
				softly.assertThat(file.query().replaceAll("\\$certainty IN \\w+\\.meetsCertainty", ""))
					.as("%s: meetsCertainty only as '$certainty IN x.meetsCertainty'", path.getFileName())
					.doesNotContain("meetsCertainty");
				files++;
			}
		}
		softly.assertAll();
		assertThat(files).as("files that take a minimum certainty").isGreaterThanOrEqualTo(30);
	}

	/**
	 * Where a file writes the certainty words out (the strongest of a group, claims per certainty), it names each of
	 * {@link org.stancegraph.graph.Certainty#words()}, strongest first.
	 */
	@Test
	void everyListOfCertaintiesNamesEveryCertaintyStrongestFirst() throws IOException {
		List<String> words = org.stancegraph.graph.Certainty.words();
		Pattern list = Pattern.compile("\\[\\s*'stated'[^\\]]*\\]");
		Pattern map = Pattern.compile("\\{\\s*stated:[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}");
		int lists = 0;
		var softly = new org.assertj.core.api.SoftAssertions();
		for (Path path : CypherQueriesTest.queryFiles()) {
			String query = CypherQueriesTest.parse(path).query();
			Matcher m = list.matcher(query);
			while (m.find()) {
				softly.assertThat(Pattern.compile("'(\\w+)'").matcher(m.group()).results().map(r -> r.group(1)).toList())
					.as("%s: %s", path.getFileName(), m.group()).isEqualTo(words);
				lists++;
			}
			Matcher counts = map.matcher(query);
			while (counts.find()) {
				softly.assertThat(Pattern.compile("(?:^\\{|,)\\s*(\\w+):").matcher(counts.group()).results().map(r -> r.group(1)).toList())
					.as("%s: %s", path.getFileName(), counts.group()).isEqualTo(words);
				lists++;
			}
		}
		softly.assertAll();
		assertThat(lists).as("certainty lists and claims-per-certainty maps").isGreaterThanOrEqualTo(10);
	}

	/**
	 * The chain a reader says (holder ← claimant ← via, innermost first ← the document's outlet, or its publisher's
	 * name), from the same look-ups, in every file that states it: word for word, as the as-of rule is.
	 */
	static final String ATTRIBUTION = """
			head(COLLECT { MATCH (c)-[:BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS holder,
			head(COLLECT { MATCH (c)-[:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name, .kind} }) AS claimant,
			[v IN c.via | head(COLLECT { MATCH (x:Entity {id: v}) RETURN x {.id, .name, .kind} })] AS via,
			head(COLLECT { MATCH (x:Entity {id: s.outlet}) RETURN x {.id, .name, .kind} }) AS outlet
			""";

	/**
	 * The same look-ups where a file reads its claims in index order (38): there head(COLLECT {...}) makes Neo4j
	 * 2026.08's planner fail a check of its own (insertCachedProperties), so each is an OPTIONAL MATCH.
	 */
	static final String ATTRIBUTION_AFTER_INDEX_ORDER = """
			OPTIONAL MATCH (c)-[:BY]->(h:Entity)
			OPTIONAL MATCH (c)-[:CLAIMED_BY]->(cl:Entity)
			OPTIONAL MATCH (o:Entity {id: s.outlet})
			""";

	static final String ATTRIBUTION_AFTER_INDEX_ORDER_NAMED = """
			h {.id, .name, .kind} AS holder, cl {.id, .name, .kind} AS claimant,
			COLLECT {
			  UNWIND range(0, size(coalesce(c.via, [])) - 1) AS i
			  OPTIONAL MATCH (x:Entity {id: c.via[i]})
			  RETURN x {.id, .name, .kind} AS x ORDER BY i
			} AS via,
			o {.id, .name, .kind} AS outlet
			""";

	static final String CHAIN = """
			reduce(text = holder.name, name IN tail(reduce(names = [holder.name],
			  n IN [claimant.name] + reverse([v IN via | v.name]) + [coalesce(outlet.name, s.publisher)] |
			  CASE WHEN n IS NULL OR n = last(names) THEN names ELSE names + n END)) | text + ' ← ' + name)
			""";

	@Test
	void everyFileThatStatesTheChainStatesItOneWay() throws IOException {
		String attribution = ATTRIBUTION.strip().replaceAll("\\s+", " ");
		String afterIndexOrder = ATTRIBUTION_AFTER_INDEX_ORDER.strip().replaceAll("\\s+", " ");
		String afterIndexOrderNamed = ATTRIBUTION_AFTER_INDEX_ORDER_NAMED.strip().replaceAll("\\s+", " ");
		String chain = CHAIN.strip().replaceAll("\\s+", " ");
		int files = 0;
		for (Path path : CypherQueriesTest.queryFiles()) {
			String query = CypherQueriesTest.parse(path).query().replaceAll("\\s+", " ");
			if (query.contains(" AS chain") || query.contains("chain:")) {
				assertThat(query.contains(attribution) || query.contains(afterIndexOrder) && query.contains(afterIndexOrderNamed))
					.as("%s: the claim's claimant, via and outlet, one of the two ways", path.getFileName()).isTrue();
				assertThat(query).as("%s: the chain", path.getFileName()).contains(chain);
				files++;
			}
		}
		assertThat(files).as("files that state the chain (01, 04, 05, 06, 13, 15, 33, 35, 38, 40, 41 and the evidence parts)")
			.isGreaterThanOrEqualTo(14);
	}

	/**
	 * Every file that gives the API evidence items (a claim's quote with its source document) gives every field of one, and no
	 * longer the outlet alone ({@code reportedBy}: a claim may come through several, in {@code via}).
	 */
	@Test
	void everyEvidenceItemHasEveryFieldAndNoReportedBy() throws IOException {
		List<String> fields = java.util.Arrays.stream(org.stancegraph.stances.StanceViews.EvidenceItem.class.getRecordComponents())
			.map(java.lang.reflect.RecordComponent::getName).toList();
		int files = 0;
		var softly = new org.assertj.core.api.SoftAssertions();
		for (Path path : CypherQueriesTest.queryFiles()) {
			String query = CypherQueriesTest.parse(path).query();
			softly.assertThat(query).as("%s", path.getFileName()).doesNotContain("reportedBy");
			// a claim's quote with its source (30's are a vote tally's)
			if (query.contains(".corpusFile}") && query.contains("e.quote") && query.contains(":Claim")) {
				for (String field : fields) {
					softly.assertThat(Pattern.compile("(\\b" + field + ":|\\bAS " + field + "\\b|^\\s*" + field + ",|, " + field + ",)",
							Pattern.MULTILINE).matcher(query).find()).as("%s: evidence field %s", path.getFileName(), field).isTrue();
				}
				files++;
			}
		}
		softly.assertAll();
		assertThat(files).as("files with evidence items (01, 04, 33, 35, 38 and the three evidence parts)").isGreaterThanOrEqualTo(8);
	}
}
