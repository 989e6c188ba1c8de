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
		Pattern typeList = Pattern.compile("\\[\\w*:((?:[A-Z_]+\\|)+[A-Z_]+)\\]");
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
}
