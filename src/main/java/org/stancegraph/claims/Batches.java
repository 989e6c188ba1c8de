package org.stancegraph.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One load's statements, each run over its rows {@link #SIZE} at a time: a statement's parameters stay bounded however
 * large the set. Adds up what the statements wrote, for the {@link LoadReport}, and tells the progress after each
 * batch.
 */
final class Batches {

	static final int SIZE = 1_000;

	// under the loader's name, where its debug log always was
	private static final Logger log = LoggerFactory.getLogger(ClaimLoader.class);

	private final Neo4jClient neo4j;
	private final LoadProgress progress;
	private int nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet, labelsAdded;

	Batches(Neo4jClient neo4j, LoadProgress progress) {
		this.neo4j = neo4j;
		this.progress = progress;
	}

	/** The rows a read returns for all the values, bound to {@code parameter} a batch at a time. */
	List<Map<String, Object>> read(String query, String parameter, List<?> values) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (List<?> batch : partition(values)) {
			rows.addAll(neo4j.query(query).bind(batch).to(parameter).fetch().all());
		}
		return rows;
	}

	/** Writes the rows as {@code $rows}; the progress counts this step's rows alone. */
	void write(String step, String query, List<Map<String, Object>> rows) {
		write(step, query, rows, 0, rows.size());
	}

	/** Writes the rows as {@code $rows}, the step having {@code done} of {@code total} rows written before them. */
	void write(String step, String query, List<Map<String, Object>> rows, int done, int total) {
		for (List<Map<String, Object>> batch : partition(rows)) {
			long started = System.nanoTime();
			add(neo4j.query(query).bind(batch).to("rows").run());
			if (log.isDebugEnabled()) {
				log.debug("{} rows in {} ms: {}", batch.size(), (System.nanoTime() - started) / 1_000_000,
						query.lines().findFirst().orElse("") + " " + query.lines().skip(1).findFirst().orElse("").strip());
			}
			done += batch.size();
			progress.written(step, done, total);
		}
	}

	/**
	 * Rows grouped by their {@code relation}, each group through that relation's query; progress counts across the
	 * groups. Returns the rows of the step written so far.
	 */
	int writeByRelation(String step, Map<String, String> queries, List<Map<String, Object>> rows, int done, int total) {
		Map<String, List<Map<String, Object>>> byRelation = new LinkedHashMap<>();
		rows.forEach(row -> byRelation.computeIfAbsent((String) row.get("relation"), r -> new ArrayList<>()).add(row));
		for (var group : byRelation.entrySet()) {
			write(step, queries.get(group.getKey()), group.getValue(), done, total);
			done += group.getValue().size();
		}
		return done;
	}

	private void add(ResultSummary summary) {
		var c = summary.counters();
		nodesCreated += c.nodesCreated();
		nodesDeleted += c.nodesDeleted();
		relationshipsCreated += c.relationshipsCreated();
		relationshipsDeleted += c.relationshipsDeleted();
		propertiesSet += c.propertiesSet();
		labelsAdded += c.labelsAdded();
	}

	/** What the load of {@code set} wrote, with what the statements counted. */
	LoadReport report(ClaimSet set, int changedClaims, int changedVotes, int derivedEdges, long millis) {
		return new LoadReport(set.documents().size(), set.entities().size(), set.claims().size(), set.votes().size(),
				changedClaims, changedVotes, derivedEdges, nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted,
				propertiesSet, labelsAdded, millis);
	}

	private static <T> List<List<T>> partition(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += SIZE) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + SIZE)));
		}
		return batches;
	}
}
