package org.stancegraph.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stancegraph.database.CommitSignal;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * Writes a validated claim set into the graph, all or nothing, in batches of {@code UNWIND $rows ... MERGE}.
 * <p>
 * Every source, entity and claim carries a hash of its content; rows whose hash the graph already has are not
 * written at all, so loading the same files again writes nothing. From the claims the loader maintains the direct
 * edges {@code (holder)-[:RELATION]->(target)} that analysts query, recomputing only those whose claims changed.
 */
@Service
public class ClaimLoader {

	static final int BATCH_SIZE = 1_000;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClaimLoader.class);

	private final Neo4jClient neo4j;
	private final TransactionTemplate transactions;
	private final CommitSignal commits;

	/** A loader that does not tell readers of its commits (for a database no one reads meanwhile). */
	public ClaimLoader(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this(neo4j, transactionManager, null);
	}

	@Autowired
	public ClaimLoader(Neo4jClient neo4j, PlatformTransactionManager transactionManager, CommitSignal commits) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.commits = commits;
	}

	/** A holder-relation-target triple whose derived edge must be recomputed. */
	private record Triple(String holder, String relation, String target) {
		Map<String, Object> row() {
			return Map.of("holder", holder, "relation", relation, "target", target);
		}
	}

	private static final class Counters {
		final LoadProgress progress;
		int nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet, labelsAdded;

		Counters(LoadProgress progress) {
			this.progress = progress;
		}

		void add(ResultSummary summary) {
			var c = summary.counters();
			nodesCreated += c.nodesCreated();
			nodesDeleted += c.nodesDeleted();
			relationshipsCreated += c.relationshipsCreated();
			relationshipsDeleted += c.relationshipsDeleted();
			propertiesSet += c.propertiesSet();
			labelsAdded += c.labelsAdded();
		}
	}

	@Transactional
	public LoadReport load(ClaimSet set) {
		return load(set, LoadProgress.NONE);
	}

	@Transactional
	public LoadReport load(ClaimSet set, LoadProgress progress) {
		return write(set, progress);
	}

	/**
	 * Loads a large set in several transactions of at most {@code claimsPerTransaction} claims each, for sets whose
	 * single transaction would not fit the database's transaction memory (about 8 GiB for a million claims). The
	 * first transaction writes the documents, entities, votes and the first claims; every later one only claims. A
	 * failure leaves the transactions before it committed: loading the same files again completes the load, since
	 * what is in the graph already is not written again.
	 */
	public LoadReport load(ClaimSet set, int claimsPerTransaction, LoadProgress progress) {
		if (claimsPerTransaction < 1) {
			throw new IllegalArgumentException("claims per transaction must be at least 1, not " + claimsPerTransaction);
		}
		List<ClaimDefinition> claims = set.claims();
		if (claims.size() <= claimsPerTransaction) {
			return transactions.execute(status -> write(set, progress));
		}
		long started = System.nanoTime();
		List<LoadReport> reports = new ArrayList<>();
		List<List<ClaimDefinition>> chunks = chunksByTriple(claims, claimsPerTransaction);
		for (int i = 0; i < chunks.size(); i++) {
			ClaimSet part = i == 0 ? new ClaimSet(set.documents(), set.entities(), chunks.get(i), set.votes())
					: new ClaimSet(List.of(), List.of(), chunks.get(i), List.of());
			// each transaction counts its own rows: the step says which transaction they belong to
			String transaction = " (transaction " + (i + 1) + "/" + chunks.size() + ")";
			LoadProgress ofPart = (step, done, total) -> progress.written(step + transaction, done, total);
			reports.add(transactions.execute(status -> write(part, ofPart)));
		}
		return LoadReport.sum(set, reports, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The claims in chunks of about {@code size}, all claims of one holder-relation-target triple in the same chunk:
	 * each summary edge is then written once, created outright, instead of once per chunk its claims reach.
	 */
	static List<List<ClaimDefinition>> chunksByTriple(List<ClaimDefinition> claims, int size) {
		Map<Triple, List<ClaimDefinition>> byTriple = new LinkedHashMap<>();
		claims.forEach(c -> byTriple.computeIfAbsent(new Triple(c.holder(), c.relation().name(), c.target()), t -> new ArrayList<>())
			.add(c));
		List<List<ClaimDefinition>> chunks = new ArrayList<>();
		List<ClaimDefinition> chunk = new ArrayList<>();
		for (List<ClaimDefinition> ofTriple : byTriple.values()) {
			if (!chunk.isEmpty() && chunk.size() + ofTriple.size() > size) {
				chunks.add(chunk);
				chunk = new ArrayList<>();
			}
			chunk.addAll(ofTriple);
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		return chunks;
	}

	private LoadReport write(ClaimSet set, LoadProgress progress) {
		long started = System.nanoTime();
		Counters counters = new Counters(progress);
		neo4j.query(LOCK_LOADS).run();

		Map<String, Map<String, Object>> claimRows = rowsById(set.claims(), ClaimDefinition::id, ClaimLoader::claimRow);
		Map<String, Map<String, Object>> existingClaims = existing(EXISTING_CLAIMS, claimRows.keySet());
		rejectClaimsOfOtherSources(claimRows, existingClaims);

		Map<String, Map<String, Object>> sourceRows = rowsById(set.documents(), SourceDocument::id, ClaimLoader::sourceRow);
		List<Map<String, Object>> changedSources = changed(sourceRows, existing(EXISTING_SOURCES, sourceRows.keySet()));
		batches("sources", WRITE_SOURCES, changedSources, counters);

		Map<String, Map<String, Object>> entityRows = rowsById(set.entities(), EntityDefinition::id, ClaimLoader::entityRow);
		List<Map<String, Object>> changedEntities = changed(entityRows, existing(EXISTING_ENTITIES, entityRows.keySet()));
		batches("entities", WRITE_ENTITIES, changedEntities, counters);
		batches("concerns", LINK_CONCERNS, changedEntities, counters);

		List<Map<String, Object>> changedClaims = changed(claimRows, existingClaims);
		Set<Triple> affected = new LinkedHashSet<>();
		for (Map<String, Object> row : changedClaims) {
			affected.add(triple(row));
			Map<String, Object> before = existingClaims.get((String) row.get("id"));
			if (before != null) {
				affected.add(triple(before));
			}
		}
		if (!changedSources.isEmpty()) {
			// a source's publisher counts on the edges of every claim that cites it
			neo4j.query(CLAIMS_CITING).bind(changedSources.stream().map(r -> r.get("id")).toList()).to("ids")
					.fetch().all().forEach(row -> affected.add(triple(row)));
		}
		// read before the claims are written: what the graph already holds for the edges to recompute
		List<Map<String, Object>> graphClaims = new ArrayList<>();
		for (List<Map<String, Object>> batch : partition(affected.stream().map(Triple::row).toList())) {
			graphClaims.addAll(neo4j.query(CLAIMS_OF_TRIPLES).bind(batch).to("rows").fetch().all());
		}
		List<ClaimDefinition> changedDefinitions = changedClaims.stream().map(row -> (ClaimDefinition) row.get("definition")).toList();
		EdgeSummaries edges = new EdgeSummaries(affected, publishers(set.documents(), changedDefinitions, graphClaims));
		graphClaims.forEach(edges::addFromGraph);
		changedDefinitions.forEach(edges::addFromSet);

		// New claims are created with their relationships in one statement: MERGE would lock and look each one up in
		// a growing transaction first, and separate link statements would look each claim up again.
		List<Map<String, Object>> newClaims = changedClaims.stream().filter(row -> !existingClaims.containsKey((String) row.get("id")))
			.map(row -> Map.of("id", row.get("id"), "properties", row.get("properties"), "links", row.get("links"),
					"evidence", row.get("evidenceRows")))
			.toList();
		List<Map<String, Object>> updatedClaims = changedClaims.stream()
			.filter(row -> existingClaims.containsKey((String) row.get("id"))).toList();
		batches("claims", CREATE_CLAIMS, newClaims, counters, 0, changedClaims.size());
		batches("claims", WRITE_CLAIMS, updatedClaims.stream().map(ClaimLoader::nodeRow).toList(), counters, newClaims.size(),
				changedClaims.size());
		batches("links", LINK_CLAIMS, links(updatedClaims), counters);
		batches("evidence", LINK_EVIDENCE, evidence(updatedClaims), counters);

		Map<String, Map<String, Object>> voteRows = rowsById(set.votes(), VoteRecord::id, ClaimLoader::voteRow);
		List<Map<String, Object>> changedVotes = changed(voteRows, existing(EXISTING_VOTES, voteRows.keySet()));
		batches("votes", WRITE_VOTES, changedVotes, counters);

		// an edge exists exactly when the graph held claims of its triple: the others are created without a lookup
		List<Map<String, Object>> known = edges.stated(true);
		List<Map<String, Object>> created = edges.stated(false);
		int total = known.size() + created.size();
		int done = batchesByRelation("edges", WRITE_EDGES, known, counters, 0, total);
		batchesByRelation("edges", CREATE_EDGES, created, counters, done, total);
		List<Map<String, Object>> unstated = edges.unstated();
		batchesByRelation("dropped edges", DROP_EDGES, unstated, counters, 0, unstated.size());

		LoadReport report = new LoadReport(set.documents().size(), set.entities().size(), set.claims().size(), set.votes().size(),
				changedClaims.size(), changedVotes.size(), affected.size(), counters.nodesCreated, counters.nodesDeleted,
				counters.relationshipsCreated, counters.relationshipsDeleted, counters.propertiesSet, counters.labelsAdded,
				(System.nanoTime() - started) / 1_000_000);
		if (commits != null && !report.wroteNothing()) {
			commits.announceCommit();
		}
		return report;
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

	private Map<String, Map<String, Object>> existing(String query, Set<String> ids) {
		Map<String, Map<String, Object>> existing = new HashMap<>();
		for (List<String> batch : partition(List.copyOf(ids))) {
			neo4j.query(query).bind(batch).to("ids").fetch().all()
					.forEach(row -> existing.put((String) row.get("id"), row));
		}
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

	private static Map<String, Object> sourceRow(SourceDocument d) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("title", d.title());
		p.put("publisher", d.publisher());
		p.put("published", d.published());
		p.put("publishedBasis", d.publishedBasis());
		p.put("authors", d.authors());
		p.put("corpusFile", d.corpusFile());
		p.put("text", d.text());
		return row(d.id(), p);
	}

	private static final String WRITE_ENTITIES = """
			UNWIND $rows AS row
			MERGE (e:Entity {id: row.id})
			SET e += row.properties
			REMOVE e:$(row.otherKinds)
			SET e:$(row.kind)
			""";

	private static Map<String, Object> entityRow(EntityDefinition e) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", e.name());
		p.put("kind", e.kind());
		p.put("aliases", e.aliases());
		p.put("description", e.description());
		p.put("role", e.role());
		// one string for the full-text index, which does not index lists
		p.put("searchText", String.join(" | ", names(e)));
		Map<String, Object> row = row(e.id(), p, e.concerns());
		row.put("concerns", e.concerns());
		row.put("kind", e.kind());
		row.put("otherKinds", EntityKind.names().stream().filter(k -> !k.equals(e.kind())).toList());
		return row;
	}

	/** What a proposition is about: lets "the United States on the ISF" include its claims on isf-deployment. */
	private static final String LINK_CONCERNS = """
			UNWIND $rows AS row
			MATCH (e:Entity {id: row.id})
			OPTIONAL MATCH (e)-[old:CONCERNS]->()
			DELETE old
			WITH DISTINCT e, row
			UNWIND row.concerns AS concerned
			MATCH (x:Entity {id: concerned})
			CREATE (e)-[:CONCERNS]->(x)
			""";

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

	private static Map<String, Object> voteRow(VoteRecord v) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("source", v.source());
		p.put("instrument", v.instrument());
		p.put("body", v.body());
		p.put("date", v.date());
		p.put("for", v.votesFor());
		p.put("against", v.against());
		p.put("abstain", v.abstain());
		p.put("quote", v.quote());
		Map<String, Object> row = row(v.id(), p);
		row.putAll(Map.of("instrument", v.instrument(), "body", v.body(), "source", v.source(), "quote", v.quote()));
		return row;
	}

	private static List<String> names(EntityDefinition e) {
		List<String> names = new ArrayList<>();
		names.add(e.name());
		names.addAll(e.aliases());
		names.add(e.id().replace('-', ' '));
		return names;
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

	/** What a claim node is written from: its id and properties, not the links and file name the row also carries. */
	private static Map<String, Object> nodeRow(Map<String, Object> row) {
		return Map.of("id", row.get("id"), "properties", row.get("properties"));
	}

	private static final String WRITE_CLAIMS = """
			UNWIND $rows AS row
			MERGE (c:Claim {id: row.id})
			SET c += row.properties
			WITH c
			OPTIONAL MATCH (c)-[old:BY|ABOUT|SPOKEN_BY|REPORTED_BY|REGARDING|EVIDENCED_BY]->()
			DELETE old
			""";

	private static Map<String, Object> claimRow(ClaimDefinition c) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("source", c.source());
		p.put("holder", c.holder());
		p.put("relation", c.relation().name());
		// stored so that Cypher can pick the latest claim per question ("as of") and find contradictions
		p.put("axis", c.relation().axis());
		p.put("side", c.relation().side().name());
		p.put("target", c.target());
		p.put("date", c.date());
		p.put("quote", c.quote());
		p.put("speaker", c.speaker());
		p.put("reportedBy", c.reportedBy());
		p.put("condition", c.condition());
		p.put("detail", c.detail());
		p.put("regarding", c.regarding());
		p.put("validFrom", c.validFrom());
		p.put("validUntil", c.validUntil());
		p.put("vote", c.vote());
		p.put("urging", c.urging() == null ? null : c.urging().name());
		// the evidence is relationships, not properties, but a change to it must change the hash
		Map<String, Object> row = row(c.id(), p, c.evidence());
		// not stored on the node, used to write its relationships and to name the file in errors
		row.put("links", claimLinks(c));
		row.put("evidenceRows", c.evidence().stream()
				.map(e -> Map.<String, Object>of("claim", c.id(), "source", e.source(), "quote", e.quote())).toList());
		row.put("file", c.file());
		// never sent to Neo4j (the statements take their own maps from the row): the edge summaries read it
		row.put("definition", c);
		row.putAll(Map.of("holder", c.holder(), "relation", c.relation().name(), "target", c.target(), "source", c.source()));
		return row;
	}

	private static List<Map<String, Object>> claimLinks(ClaimDefinition c) {
		List<Map<String, Object>> links = new ArrayList<>();
		links.add(Map.of("claim", c.id(), "type", "BY", "entity", c.holder()));
		links.add(Map.of("claim", c.id(), "type", "ABOUT", "entity", c.target()));
		if (c.speaker() != null) {
			links.add(Map.of("claim", c.id(), "type", "SPOKEN_BY", "entity", c.speaker()));
		}
		if (c.reportedBy() != null) {
			links.add(Map.of("claim", c.id(), "type", "REPORTED_BY", "entity", c.reportedBy()));
		}
		if (c.regarding() != null) {
			links.add(Map.of("claim", c.id(), "type", "REGARDING", "entity", c.regarding()));
		}
		return links;
	}

	private static final String LINK_CLAIMS = """
			UNWIND $rows AS row
			MATCH (c:Claim {id: row.claim})
			MATCH (e:Entity {id: row.entity})
			CREATE (c)-[:$(row.type)]->(e)
			""";

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> links(List<Map<String, Object>> claims) {
		return claims.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("links")).stream()).toList();
	}

	private static final String LINK_EVIDENCE = """
			UNWIND $rows AS row
			MATCH (c:Claim {id: row.claim})
			MATCH (s:Source {id: row.source})
			CREATE (c)-[:EVIDENCED_BY {quote: row.quote}]->(s)
			""";

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> evidence(List<Map<String, Object>> claims) {
		return claims.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("evidenceRows")).stream()).toList();
	}

	private static final String CLAIMS_CITING = """
			UNWIND $ids AS id
			MATCH (:Source {id: id})<-[:EVIDENCED_BY]-(c:Claim)
			RETURN DISTINCT c.holder AS holder, c.relation AS relation, c.target AS target
			""";

	/** The claims the graph holds for holder-relation-target triples, with their sources, by the triple index. */
	private static final String CLAIMS_OF_TRIPLES = """
			UNWIND $rows AS t
			MATCH (c:Claim {holder: t.holder, relation: t.relation, target: t.target})
			OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(s:Source)
			RETURN c.id AS id, c.holder AS holder, c.relation AS relation, c.target AS target, c.date AS date,
			       c.condition AS condition, collect(s.id) AS sources
			""";

	private static final String PUBLISHERS = """
			UNWIND $ids AS id
			MATCH (s:Source {id: id})
			RETURN s.id AS id, s.publisher AS publisher
			""";

	/**
	 * Publishers of the sources the summarised claims cite (those in the graph and those written now): from the
	 * set's documents, else (sources loaded before) from the graph.
	 */
	private Map<String, String> publishers(List<SourceDocument> documents, List<ClaimDefinition> written,
			List<Map<String, Object>> graphClaims) {
		Map<String, String> publishers = new HashMap<>();
		documents.forEach(d -> publishers.put(d.id(), d.publisher()));
		Set<String> missing = new LinkedHashSet<>();
		graphClaims.forEach(row -> ((List<?>) row.get("sources")).forEach(id -> missing.add((String) id)));
		written.forEach(c -> c.evidence().forEach(e -> missing.add(e.source())));
		missing.removeAll(publishers.keySet());
		for (List<String> batch : partition(List.copyOf(missing))) {
			neo4j.query(PUBLISHERS).bind(batch).to("ids").fetch().all()
				.forEach(row -> publishers.put((String) row.get("id"), (String) row.get("publisher")));
		}
		return publishers;
	}

	/**
	 * The direct edges analysts query, each summarising the claims of its triple: ids, first and last date, distinct
	 * sources and publishers, conditions. Computed here from the claims the graph held before the load and the claims
	 * of the set, rather than by Cypher over the claims just written: reading back a large uncommitted transaction
	 * through an index costs far more than the arithmetic.
	 */
	private static final class EdgeSummaries {

		private record ClaimFacts(String id, LocalDate date, String condition, List<String> sources) {
		}

		private final Map<Triple, Map<String, ClaimFacts>> claims = new LinkedHashMap<>();
		private final Map<String, Triple> tripleOfClaim = new HashMap<>();
		private final Set<Triple> triplesInGraph = new HashSet<>();
		private final Map<String, String> publishers;

		EdgeSummaries(Set<Triple> affected, Map<String, String> publishers) {
			affected.forEach(t -> claims.put(t, new HashMap<>()));
			this.publishers = publishers;
		}

		void addFromGraph(Map<String, Object> row) {
			tripleOfClaim.put((String) row.get("id"), triple(row));
			triplesInGraph.add(triple(row));
			claims.get(triple(row)).put((String) row.get("id"), new ClaimFacts((String) row.get("id"), (LocalDate) row.get("date"),
					(String) row.get("condition"), ((List<?>) row.get("sources")).stream().map(String.class::cast).toList()));
		}

		/** A written claim replaces what the graph held for it, under its old triple if it moved. */
		void addFromSet(ClaimDefinition c) {
			Triple before = tripleOfClaim.get(c.id());
			if (before != null) {
				claims.get(before).remove(c.id());
			}
			claims.get(new Triple(c.holder(), c.relation().name(), c.target())).put(c.id(), new ClaimFacts(c.id(), c.date(), c.condition(),
					c.evidence().stream().map(Evidence::source).toList()));
		}

		/** The edges some claim states, of triples the graph had claims of before the load or not. */
		List<Map<String, Object>> stated(boolean inGraphBefore) {
			List<Map<String, Object>> rows = new ArrayList<>();
			claims.forEach((triple, byId) -> {
				if (byId.isEmpty() || triplesInGraph.contains(triple) != inGraphBefore) {
					return;
				}
				List<ClaimFacts> ordered = byId.values().stream()
					.sorted(Comparator.comparing(ClaimFacts::date, Comparator.nullsLast(Comparator.naturalOrder()))
						.thenComparing(ClaimFacts::id))
					.toList();
				// sorted: the graph keeps no order of a claim's evidence, and an edge recomputed from claims read back
				// must equal the one written from the files
				Set<String> sourceIds = new TreeSet<>();
				Set<String> conditions = new LinkedHashSet<>();
				ordered.forEach(c -> {
					sourceIds.addAll(c.sources());
					if (c.condition() != null) {
						conditions.add(c.condition());
					}
				});
				Set<String> publisherNames = new TreeSet<>();
				sourceIds.forEach(id -> {
					String publisher = publishers.get(id);
					if (publisher != null) {
						publisherNames.add(publisher);
					}
				});
				Map<String, Object> properties = new HashMap<>();
				properties.put("claimIds", ordered.stream().map(ClaimFacts::id).toList());
				properties.put("firstDate", ordered.stream().map(ClaimFacts::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null));
				properties.put("lastDate", ordered.stream().map(ClaimFacts::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
				properties.put("sourceIds", List.copyOf(sourceIds));
				properties.put("sources", sourceIds.size());
				properties.put("publisherNames", List.copyOf(publisherNames));
				properties.put("publishers", publisherNames.size());
				properties.put("conditions", List.copyOf(conditions));
				properties.put("condition", conditions.isEmpty() ? null : String.join("; ", conditions));
				Map<String, Object> row = new HashMap<>(triple.row());
				row.put("properties", properties);
				rows.add(row);
			});
			return rows;
		}

		/** Triples no claim states any more: their edges go. */
		List<Map<String, Object>> unstated() {
			return claims.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(e -> e.getKey().row()).toList();
		}
	}

	/**
	 * One query text per relation, the type written out ({@link Relation#perRelation}): MERGE then expands only that
	 * type between the two entities. With a dynamic type it would walk every relationship of the smaller end, and a
	 * hub entity is the end of a BY or ABOUT from each of its claims.
	 */
	private static final Map<String, String> WRITE_EDGES = Relation.perRelation("""
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			MERGE (h)-[r:%s]->(x)
			SET r += row.properties
			""");

	private static final Map<String, String> CREATE_EDGES = Relation.perRelation("""
			UNWIND $rows AS row
			MATCH (h:Entity {id: row.holder})
			MATCH (x:Entity {id: row.target})
			CREATE (h)-[r:%s]->(x)
			SET r = row.properties
			""");

	private static final Map<String, String> DROP_EDGES = Relation.perRelation("""
			UNWIND $rows AS t
			MATCH (h:Entity {id: t.holder})-[r:%s]->(x:Entity {id: t.target})
			DELETE r
			""");

	private static Map<String, List<Map<String, Object>>> byRelation(List<Map<String, Object>> rows) {
		Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent((String) row.get("relation"), r -> new ArrayList<>()).add(row));
		return grouped;
	}

	/** Rows grouped by relation, each group through that relation's query; progress counts across the groups. */
	private int batchesByRelation(String step, Map<String, String> queries, List<Map<String, Object>> rows, Counters counters,
			int done, int total) {
		for (var group : byRelation(rows).entrySet()) {
			batches(step, queries.get(group.getKey()), group.getValue(), counters, done, total);
			done += group.getValue().size();
		}
		return done;
	}

	private void batches(String step, String query, List<Map<String, Object>> rows, Counters counters) {
		batches(step, query, rows, counters, 0, rows.size());
	}

	private void batches(String step, String query, List<Map<String, Object>> rows, Counters counters, int done, int total) {
		for (List<Map<String, Object>> batch : partition(rows)) {
			long started = System.nanoTime();
			counters.add(neo4j.query(query).bind(batch).to("rows").run());
			if (log.isDebugEnabled()) {
				log.debug("{} rows in {} ms: {}", batch.size(), (System.nanoTime() - started) / 1_000_000,
						query.lines().findFirst().orElse("") + " " + query.lines().skip(1).findFirst().orElse("").strip());
			}
			done += batch.size();
			counters.progress.written(step, done, total);
		}
	}

	private static <T> List<List<T>> partition(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
		}
		return batches;
	}

	private static Triple triple(Map<String, Object> row) {
		return new Triple((String) row.get("holder"), (String) row.get("relation"), (String) row.get("target"));
	}

	private static <T> Map<String, Map<String, Object>> rowsById(List<T> items, Function<T, String> id,
			Function<T, Map<String, Object>> row) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		items.forEach(item -> rows.put(id.apply(item), row.apply(item)));
		return rows;
	}

	private static List<Map<String, Object>> changed(Map<String, Map<String, Object>> rows, Map<String, Map<String, Object>> existing) {
		return rows.values().stream().filter(row -> {
			Map<String, Object> before = existing.get((String) row.get("id"));
			return before == null || !Objects.equals(before.get("hash"), row.get("hash"));
		}).toList();
	}

	/** A row: the id, the node's properties with a hash of them, so that an unchanged row is never written again. */
	private static Map<String, Object> row(String id, Map<String, Object> properties) {
		return row(id, properties, List.of());
	}

	private static Map<String, Object> row(String id, Map<String, Object> properties, List<?> alsoHashed) {
		properties.put("hash", hash(properties, alsoHashed));
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("properties", properties);
		row.put("hash", properties.get("hash"));
		return row;
	}

	private static String hash(Map<String, Object> properties, List<?> alsoHashed) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			properties.forEach((key, value) -> digest.update((key + "\u001E" + value + "\u001D").getBytes(StandardCharsets.UTF_8)));
			alsoHashed.forEach(value -> digest.update((value + "\u001D").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
