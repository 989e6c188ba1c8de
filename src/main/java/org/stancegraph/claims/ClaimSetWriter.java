package org.stancegraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.graph.Relation;

/**
 * Writes one claim set in the caller's transaction: takes the load lock, writes the sources, entities, claims and vote
 * tallies that are new or changed, recomputes the summary edges and standings of the changed claims, and has the commit
 * announced to readers when anything was written.
 */
final class ClaimSetWriter {

	private final Neo4jClient neo4j;
	private final EdgeWriter edges;
	private final CommitSignal commits;

	/** @param commits told of the commit of every load that writes something; null for a database no one reads meanwhile */
	ClaimSetWriter(Neo4jClient neo4j, CommitSignal commits) {
		this.neo4j = neo4j;
		this.edges = new EdgeWriter(neo4j);
		this.commits = commits;
	}

	LoadReport write(ClaimSet set, LoadProgress progress) {
		long started = System.nanoTime();
		Batches batches = new Batches(neo4j, progress);
		takeTurn();

		Map<String, Map<String, Object>> claimRows = NodeRows.byId(set.claims(), ClaimDefinition::id, NodeRows::claim);
		Map<String, Map<String, Object>> existingClaims = existing(EXISTING_CLAIMS, claimRows.keySet(), batches);
		rejectClaimsOfOtherSources(claimRows, existingClaims);

		List<Map<String, Object>> changedSources = writeSources(set.documents(), batches);
		writeEntities(set.entities(), batches);

		List<Map<String, Object>> changedClaims = NodeRows.changed(claimRows, existingClaims);
		Set<Triple> affected = edges.affected(changedClaims, existingClaims, changedSources);
		// read before the claims are written: what the graph already holds for the edges to recompute
		EdgeSummaries summaries = edges.summaries(affected, set.documents(), changedClaims.stream().map(NodeRows::definition).toList(),
				batches);
		writeClaims(changedClaims, existingClaims, batches);
		int changedVotes = writeVotes(set.votes(), batches);
		edges.write(summaries, batches);

		LoadReport report = batches.report(set, changedClaims.size(), changedVotes, affected.size(),
				(System.nanoTime() - started) / 1_000_000);
		if (commits != null && !report.wroteNothing()) {
			commits.announceCommit();
		}
		return report;
	}

	/**
	 * The holders and targets of holders with position edges and no standing: in a store written before standings were
	 * kept. A holder gets all its standings in one transaction, so one with any has all: found by the degrees of each
	 * entity, without walking its edges.
	 */
	private static final String PAIRS_WITHOUT_STANDING = """
			MATCH (h:Entity)
			WHERE EXISTS { (h)-[:%1$s]->() } AND NOT EXISTS { (h)-[:STANDS_ON]->() }
			WITH h LIMIT $limit
			MATCH (h)-[:%1$s]->(x:Entity)
			RETURN DISTINCT h.id AS holder, x.id AS target
			""".formatted(Relation.positions().stream().map(Relation::name).collect(Collectors.joining("|")));

	/**
	 * Writes, in the caller's transaction, the standings of at most {@code limit} holders with position edges and no
	 * standing, from their claims; returns how many standings it wrote (none: none are left).
	 */
	int writeMissingStandings(int limit) {
		takeTurn();
		Batches batches = new Batches(neo4j, LoadProgress.NONE);
		Set<Triple> positions = new LinkedHashSet<>();
		neo4j.query(PAIRS_WITHOUT_STANDING).bind(limit).to("limit").fetch().all()
			.forEach(row -> positions.addAll(Triple.positionsOf((String) row.get("holder"), (String) row.get("target"))));
		if (positions.isEmpty()) {
			return 0;
		}
		int written = edges.writeStandings(edges.summaries(positions, List.of(), List.of(), batches), batches);
		if (commits != null) {
			commits.announceCommit();
		}
		return written;
	}

	/** Waits, in the caller's transaction, for the loads before it to commit: see {@link #LOCK_LOADS}. */
	void takeTurn() {
		neo4j.query(LOCK_LOADS).run();
	}

	/**
	 * Loads take turns: each transaction first locks one node, so a second load (another thread, process or app on the
	 * same database) waits for the first to commit and then reads what it wrote. Without it, two loads that both find
	 * a claim or an edge missing would both create it, or both rewrite an edge from what each alone saw. Setting the
	 * label the node already has takes the node's write lock and changes nothing, so a load of known files still writes
	 * nothing. Reads never wait for it.
	 */
	private static final String LOCK_LOADS = """
			MERGE (lock:LoadLock {id: 'claims'})
			SET lock:LoadLock
			""";

	private static final String EXISTING_SOURCES = """
			UNWIND $ids AS id
			MATCH (n:Source {id: id})
			RETURN n.id AS id, n.hash AS hash
			""";

	private static final String EXISTING_ENTITIES = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN n.id AS id, n.hash AS hash
			""";

	private static final String EXISTING_VOTES = """
			UNWIND $ids AS id
			MATCH (n:Vote {id: id})
			RETURN n.id AS id, n.hash AS hash
			""";

	private static final String EXISTING_CLAIMS = """
			UNWIND $ids AS id
			MATCH (n:Claim {id: id})
			RETURN n.id AS id, n.hash AS hash, n.source AS source, n.holder AS holder, n.relation AS relation, n.target AS target
			""";

	/** What the graph holds of the nodes with these ids (at least their hash), by id. */
	private static Map<String, Map<String, Object>> existing(String query, Set<String> ids, Batches batches) {
		Map<String, Map<String, Object>> existing = new HashMap<>();
		batches.read(query, "ids", List.copyOf(ids)).forEach(row -> existing.put((String) row.get("id"), row));
		return existing;
	}

	/** A claim id names one claim of one source: the same id from another document is a conflict, not an update. */
	private static void rejectClaimsOfOtherSources(Map<String, Map<String, Object>> rows, Map<String, Map<String, Object>> existing) {
		List<Problem> problems = new ArrayList<>();
		rows.forEach((id, row) -> {
			Map<String, Object> before = existing.get(id);
			if (before != null && !Objects.equals(before.get("source"), row.get("source"))) {
				problems.add(new Problem((String) row.get("file"), 0, "claims.id", "claim id '" + id
						+ "' already exists in the graph from source '" + before.get("source") + "'; claim ids are unique across files"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidClaimFilesException(problems);
		}
	}

	private static final String WRITE_SOURCES = """
			UNWIND $rows AS row
			MERGE (s:Source {id: row.id})
			SET s += row.properties
			""";

	/** Writes the new and changed sources and returns their rows. */
	private static List<Map<String, Object>> writeSources(List<SourceDocument> documents, Batches batches) {
		Map<String, Map<String, Object>> rows = NodeRows.byId(documents, SourceDocument::id, NodeRows::source);
		List<Map<String, Object>> changed = NodeRows.changed(rows, existing(EXISTING_SOURCES, rows.keySet(), batches));
		batches.write("sources", WRITE_SOURCES, changed);
		return changed;
	}

	private static final String WRITE_ENTITIES = """
			UNWIND $rows AS row
			MERGE (e:Entity {id: row.id})
			SET e += row.properties
			REMOVE e:$(row.otherKinds)
			SET e:$(row.kind)
			""";

	/**
	 * An entity's links to other entities, replaced as a whole: what a proposition CONCERNS (lets "the United States
	 * on the ISF" include its claims on isf-deployment) and whose an unnamed source or group is (BELONGS_TO:
	 * "an Azerbaijani government source" belongs to Azerbaijan).
	 */
	private static final String LINK_ENTITIES = """
			UNWIND $rows AS row
			MATCH (e:Entity {id: row.id})
			OPTIONAL MATCH (e)-[old:CONCERNS|BELONGS_TO]->()
			DELETE old
			WITH DISTINCT e, row
			UNWIND row.links AS link
			MATCH (x:Entity {id: link.entity})
			CREATE (e)-[:$(link.type)]->(x)
			""";

	private static void writeEntities(List<EntityDefinition> entities, Batches batches) {
		Map<String, Map<String, Object>> rows = NodeRows.byId(entities, EntityDefinition::id, NodeRows::entity);
		List<Map<String, Object>> changed = NodeRows.changed(rows, existing(EXISTING_ENTITIES, rows.keySet(), batches));
		batches.write("entities", WRITE_ENTITIES, changed);
		batches.write("entity links", LINK_ENTITIES, changed);
	}

	private static final String CREATE_CLAIMS = """
			UNWIND $rows AS row
			CREATE (c:Claim {id: row.id})
			SET c += row.properties
			WITH c, row
			CALL (c, row) {
			  UNWIND row.links AS link
			  MATCH (e:Entity {id: link.entity})
			  CREATE (c)-[:$(link.type)]->(e)
			}
			CALL (c, row) {
			  UNWIND row.evidence AS evidence
			  MATCH (s:Source {id: evidence.source})
			  CREATE (c)-[:EVIDENCED_BY {quote: evidence.quote}]->(s)
			}
			""";

	private static final String WRITE_CLAIMS = """
			UNWIND $rows AS row
			MERGE (c:Claim {id: row.id})
			SET c += row.properties
			WITH c
			OPTIONAL MATCH (c)-[old:BY|ABOUT|SPOKEN_BY|CLAIMED_BY|REPORTED_BY|REGARDING|CONDITIONAL_ON|ADDRESSED_TO|EVIDENCED_BY]->()
			DELETE old
			""";

	private static final String LINK_CLAIMS = """
			UNWIND $rows AS row
			MATCH (c:Claim {id: row.claim})
			MATCH (e:Entity {id: row.entity})
			CREATE (c)-[:$(row.type)]->(e)
			""";

	private static final String LINK_EVIDENCE = """
			UNWIND $rows AS row
			MATCH (c:Claim {id: row.claim})
			MATCH (s:Source {id: row.source})
			CREATE (c)-[:EVIDENCED_BY {quote: row.quote}]->(s)
			""";

	/**
	 * New claims are created with their relationships in one statement: MERGE would lock and look each one up in a
	 * growing transaction first, and separate link statements would look each claim up again. Changed claims are
	 * rewritten, their relationships replaced.
	 */
	private static void writeClaims(List<Map<String, Object>> changed, Map<String, Map<String, Object>> existing, Batches batches) {
		List<Map<String, Object>> created = changed.stream().filter(row -> !existing.containsKey((String) row.get("id")))
			.map(NodeRows::newClaim).toList();
		List<Map<String, Object>> updated = changed.stream().filter(row -> existing.containsKey((String) row.get("id"))).toList();
		batches.write("claims", CREATE_CLAIMS, created, 0, changed.size());
		batches.write("claims", WRITE_CLAIMS, updated.stream().map(NodeRows::claimNode).toList(), created.size(), changed.size());
		batches.write("links", LINK_CLAIMS, NodeRows.links(updated));
		batches.write("evidence", LINK_EVIDENCE, NodeRows.evidence(updated));
	}

	private static final String WRITE_VOTES = """
			UNWIND $rows AS row
			MERGE (v:Vote {id: row.id})
			SET v += row.properties
			WITH v, row
			OPTIONAL MATCH (v)-[old:ON|IN|EVIDENCED_BY]->()
			DELETE old
			WITH DISTINCT v, row
			MATCH (instrument:Entity {id: row.instrument})
			MATCH (body:Entity {id: row.body})
			MATCH (s:Source {id: row.source})
			CREATE (v)-[:ON]->(instrument), (v)-[:IN]->(body), (v)-[:EVIDENCED_BY {quote: row.quote}]->(s)
			""";

	/** Writes the new and changed vote tallies and returns how many there were. */
	private static int writeVotes(List<VoteRecord> votes, Batches batches) {
		Map<String, Map<String, Object>> rows = NodeRows.byId(votes, VoteRecord::id, NodeRows::vote);
		List<Map<String, Object>> changed = NodeRows.changed(rows, existing(EXISTING_VOTES, rows.keySet(), batches));
		batches.write("votes", WRITE_VOTES, changed);
		return changed.size();
	}
}
