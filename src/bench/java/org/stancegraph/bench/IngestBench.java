package org.stancegraph.bench;

import java.nio.file.Path;
import java.util.List;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stancegraph.bench.naive.ClaimRecord;
import org.stancegraph.bench.naive.ClaimRecords;
import org.stancegraph.bench.naive.NaiveConfiguration;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.LoadProgress;
import org.stancegraph.claims.LoadReport;

/** Ingest: the real loader on the generated files, again on the same files, and the naive ways on a subset. */
final class IngestBench {

	/** Validating (read, parse, schema, references, quotes) and loading (writing the graph), timed apart. */
	record Load(long validateMillis, LoadReport report) {

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
		return new ClaimSetAndLoad(set, new Load(validated, report));
	}

	record ClaimSetAndLoad(ClaimSet set, Load load) {
	}

	/**
	 * The same subset of claims written three ways into a separate, prefixed subgraph of the loaded store, each
	 * deleted again afterwards: the loader in one transaction, the loader with one transaction per claim, SDN saveAll.
	 */
	List<Write> baselines(ClaimSet set, int loaderClaims, int perClaimClaims, int sdnClaims) {
		ClaimLoader loader = app.bean(ClaimLoader.class);

		ClaimSet batched = Subsets.prefixed(set, loaderClaims, "xb-");
		LoadReport report = loader.load(batched);
		Write loaderWrite = new Write("loader, batched, one transaction", batched.claims().size(), report.millis(),
				report.relationshipsCreated(), report.nodesCreated());
		delete("xb-");

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
		return List.of(loaderWrite, perClaim, sdn);
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
