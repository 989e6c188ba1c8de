package org.stancegraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stancegraph.bench.naive.ClaimRecord;
import org.stancegraph.bench.naive.ClaimRecords;
import org.stancegraph.bench.naive.NaiveConfiguration;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimSetImport;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.LoadProgress;
import org.stancegraph.claims.LoadReport;
import org.stancegraph.database.StoreImport;

/**
 * Ingest: the first load of the generated files (Neo4j's offline importer, as {@code load} into an empty store, or the
 * loader's transactions), the loader again on the same files, and the naive ways on a subset.
 */
final class IngestBench {

	/**
	 * Validating (read, parse, schema, references, quotes) and loading (writing the graph, {@code way}), timed apart.
	 */
	record Load(String way, long validateMillis, LoadReport report) {

		long totalMillis() {
			return validateMillis + report.millis();
		}
	}

	/** One way of writing the same claims: how long it took, what it wrote, and the rates. */
	record Write(String way, int claims, long millis, long relationships, long nodes) {

		double claimsPerSecond() {
			return claims * 1000.0 / Math.max(1, millis);
		}

		double relationshipsPerSecond() {
			return relationships * 1000.0 / Math.max(1, millis);
		}
	}

	private final BenchApp app;
	private final int claimsPerTransaction;

	IngestBench(BenchApp app, int claimsPerTransaction) {
		this.app = app;
		this.claimsPerTransaction = claimsPerTransaction;
	}

	/** Reads and validates the dataset folder, then loads it with the product's loader, committing every so many claims. */
	ClaimSetAndLoad load(Path dataset) {
		long started = System.nanoTime();
		ClaimSet set = new ClaimValidator().validate(DatasetFiles.fromPath(dataset));
		long validated = (System.nanoTime() - started) / 1_000_000;
		LoadReport report = app.bean(ClaimLoader.class).load(set, claimsPerTransaction, LoadProgress.NONE);
		return new ClaimSetAndLoad(set, new Load(String.format(Locale.ROOT, "the loader, in transactions of %,d claims",
				claimsPerTransaction), validated, report));
	}

	/**
	 * Reads and validates the dataset folder, then has Neo4j's offline importer write it into a new embedded store
	 * before the app starts on it, as {@code load} does into an empty store; the load's time runs from the import to
	 * its completion, the app's start between (in which Neo4j builds the schema's indexes) included
	 * ({@link ClaimLoader#completeImport}).
	 */
	static Imported importFirst(Path dataset, Function<StoreImport, BenchApp> start) {
		long started = System.nanoTime();
		ClaimSet set = new ClaimValidator().validate(DatasetFiles.fromPath(dataset));
		long validated = (System.nanoTime() - started) / 1_000_000;
		ClaimSetImport firstLoad = new ClaimSetImport(set);
		BenchApp app = start.apply(firstLoad);
		LoadReport report = app.bean(ClaimLoader.class).completeImport(firstLoad);
		return new Imported(app, new ClaimSetAndLoad(set, new Load("Neo4j's offline importer into the empty store, with the app's "
				+ "start and index build", validated, report)));
	}

	record Imported(BenchApp app, ClaimSetAndLoad first) {
	}

	record ClaimSetAndLoad(ClaimSet set, Load load) {
	}

	/**
	 * The same subset of claims written three ways into a separate, prefixed subgraph of the loaded store, each
	 * deleted again afterwards: the loader in one transaction, the loader with one transaction per claim, SDN saveAll;
	 * and what the loader wrote, written again by plain CREATE ({@link #plainCreate}).
	 */
	List<Write> baselines(ClaimSet set, int loaderClaims, int perClaimClaims, int sdnClaims) {
		ClaimLoader loader = app.bean(ClaimLoader.class);

		ClaimSet batched = Subsets.prefixed(set, loaderClaims, "xb-");
		LoadReport report = loader.load(batched);
		Write loaderWrite = new Write("loader, batched, one transaction", batched.claims().size(), report.millis(),
				report.relationshipsCreated(), report.nodesCreated());
		Shape loaded = shape("xb-");
		delete("xb-");
		Write bound = plainCreate(loaded, batched.claims().size());

		ClaimSet single = Subsets.prefixed(set, perClaimClaims, "xt-");
		long started = System.nanoTime();
		long relationships = 0, nodes = 0;
		for (int i = 0; i < single.claims().size(); i++) {
			// each call is its own transaction (the loader is @Transactional)
			LoadReport one = loader.load(Subsets.single(single, i));
			relationships += one.relationshipsCreated();
			nodes += one.nodesCreated();
		}
		Write perClaim = new Write("loader, one transaction per claim", single.claims().size(),
				(System.nanoTime() - started) / 1_000_000, relationships, nodes);
		delete("xt-");

		ClaimSet sdnSubset = Subsets.prefixed(set, sdnClaims, "xs-");
		List<ClaimRecord> records = Subsets.records(sdnSubset);
		Write sdn;
		try (AnnotationConfigApplicationContext naive = NaiveConfiguration.startWithin(app.context())) {
			ClaimRecords repository = naive.getBean(ClaimRecords.class);
			TransactionTemplate tx = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
			started = System.nanoTime();
			tx.executeWithoutResult(status -> repository.saveAll(records));
			long millis = (System.nanoTime() - started) / 1_000_000;
			long[] written = count("xs-");
			sdn = new Write("SDN saveAll of the claims as entities (no derived edges)", records.size(), millis, written[1],
					written[0]);
		}
		delete("xs-");
		return List.of(loaderWrite, bound, perClaim, sdn);
	}

	/** The nodes (ids) and relationships (ends and type) of one prefixed subgraph. */
	private record Shape(List<String> nodes, List<Map<String, Object>> relationships) {
	}

	private Shape shape(String prefix) {
		Neo4jClient neo4j = app.bean(Neo4jClient.class);
		List<String> nodes = List.copyOf(neo4j.query(PREFIXED_NODES + "RETURN n.id AS id").bind(prefix).to("prefix")
			.fetchAs(String.class).all());
		List<Map<String, Object>> relationships = List.copyOf(neo4j.query(PREFIXED_NODES
				+ "MATCH (n)-[r]->(m) WHERE m.id STARTS WITH $prefix RETURN n.id AS a, type(r) AS type, m.id AS b")
			.bind(prefix).to("prefix").fetch().all());
		return new Shape(nodes, relationships);
	}

	/**
	 * Neo4j's own bound on this machine for what the loader wrote: the same nodes and relationships, read back from
	 * the loader's subgraph, written again in one transaction by plain {@code UNWIND ... CREATE} in batches of
	 * {@value #PLAIN_BATCH} rows (relationships found by an indexed id), with an id and nothing else: no properties,
	 * no claims' provenance, no MERGE, no derived-edge summaries.
	 */
	private Write plainCreate(Shape shape, int claims) {
		Driver driver = app.bean(Driver.class);
		try (var session = driver.session()) {
			session.run("CREATE INDEX bench_plain_id IF NOT EXISTS FOR (n:BenchPlain) ON (n.id)").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
			long started = System.nanoTime();
			session.executeWriteWithoutResult(tx -> {
				for (List<String> batch : batches(shape.nodes())) {
					tx.run("UNWIND $ids AS id CREATE (:BenchPlain {id: id})", Map.of("ids", batch)).consume();
				}
				for (List<Map<String, Object>> batch : batches(shape.relationships())) {
					tx.run("UNWIND $rows AS row MATCH (a:BenchPlain {id: row.a}) MATCH (b:BenchPlain {id: row.b}) "
							+ "CREATE (a)-[:$(row.type)]->(b)", Map.of("rows", batch)).consume();
				}
			});
			long millis = (System.nanoTime() - started) / 1_000_000;
			session.run("MATCH (n:BenchPlain) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			session.run("DROP INDEX bench_plain_id IF EXISTS").consume();
			return new Write("plain UNWIND ... CREATE of the same nodes and relationships (Neo4j's bound)", claims, millis,
					shape.relationships().size(), shape.nodes().size());
		}
	}

	static final int PLAIN_BATCH = 10_000;

	private static <T> List<List<T>> batches(List<T> rows) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += PLAIN_BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + PLAIN_BATCH)));
		}
		return batches;
	}

	/** The nodes of one prefixed subgraph, by the id indexes of their labels. */
	private static final String PREFIXED_NODES = """
			CALL () {
			  MATCH (n:Claim) WHERE n.id STARTS WITH $prefix RETURN n
			  UNION MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n
			  UNION MATCH (n:Source) WHERE n.id STARTS WITH $prefix RETURN n
			}
			""";

	private static final String COUNT_PREFIXED = PREFIXED_NODES + """
			OPTIONAL MATCH (n)-[r]->()
			RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
			""";

	private long[] count(String prefix) {
		var row = app.bean(Neo4jClient.class).query(COUNT_PREFIXED).bind(prefix).to("prefix").fetch().one().orElseThrow();
		return new long[] { (Long) row.get("nodes"), (Long) row.get("relationships") };
	}

	private static final String DELETE_PREFIXED = PREFIXED_NODES + """
			DETACH DELETE n
			""";

	private void delete(String prefix) {
		new TransactionTemplate(app.bean(PlatformTransactionManager.class)).executeWithoutResult(
				status -> app.bean(Neo4jClient.class).query(DELETE_PREFIXED).bind(prefix).to("prefix").run());
	}
}
