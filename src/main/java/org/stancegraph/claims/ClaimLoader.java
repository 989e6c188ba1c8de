package org.stancegraph.claims;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stancegraph.database.CommitSignal;

/**
 * Writes a validated claim set into the graph, all or nothing, in batches of {@code UNWIND $rows ... MERGE}.
 * <p>
 * Every source, entity and claim carries a hash of its content ({@link NodeRows}); rows whose hash the graph already
 * has are not written at all, so loading the same files again writes nothing. From the claims the loader maintains the
 * direct edges {@code (holder)-[:RELATION]->(target)} that analysts query ({@link EdgeSummaries}), recomputing only
 * those whose claims changed. One transaction's writing is {@link ClaimSetWriter}'s; this class decides the
 * transactions.
 */
@Service
public class ClaimLoader {

	// under the loader's name, as the batches' debug log
	private static final Logger log = LoggerFactory.getLogger(ClaimLoader.class);

	private final Neo4jClient neo4j;
	private final TransactionTemplate transactions;
	private final ClaimSetWriter writer;

	/** A loader that does not tell readers of its commits (for a database no one reads meanwhile). */
	public ClaimLoader(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this(neo4j, transactionManager, null);
	}

	@Autowired
	public ClaimLoader(Neo4jClient neo4j, PlatformTransactionManager transactionManager, CommitSignal commits) {
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.writer = new ClaimSetWriter(neo4j, commits);
	}

	/**
	 * Waits for the loads before it to commit, and has later ones wait for the caller's transaction: for a caller that
	 * checks the graph (an id is new, a text is not there yet) before it loads in the same transaction.
	 */
	@Transactional
	public void takeTurn() {
		writer.takeTurn();
	}

	@Transactional
	public LoadReport load(ClaimSet set) {
		return writer.write(set, LoadProgress.NONE);
	}

	/**
	 * Loads a large set in several transactions of at most {@code claimsPerTransaction} claims each, for sets whose
	 * single transaction would not fit the database's transaction memory (about 8 GiB for a million claims). The
	 * first transaction writes the documents, entities, votes and the first claims; every later one only claims. A
	 * failure leaves the transactions before it committed: loading the same files again completes the load, since
	 * what is in the graph already is not written again. Then has Neo4j resample its indexes, and waits for it.
	 */
	public LoadReport load(ClaimSet set, int claimsPerTransaction, LoadProgress progress) {
		if (claimsPerTransaction < 1) {
			throw new IllegalArgumentException("claims per transaction must be at least 1, not " + claimsPerTransaction);
		}
		LoadReport report = write(set, claimsPerTransaction, progress);
		if (!report.wroteNothing()) {
			resampleIndexes();
		}
		return report;
	}

	private LoadReport write(ClaimSet set, int claimsPerTransaction, LoadProgress progress) {
		List<ClaimDefinition> claims = set.claims();
		if (claims.size() <= claimsPerTransaction) {
			return transactions.execute(status -> writer.write(set, progress));
		}
		long started = System.nanoTime();
		List<LoadReport> reports = new ArrayList<>();
		List<List<ClaimDefinition>> chunks = chunksByPair(claims, claimsPerTransaction);
		for (int i = 0; i < chunks.size(); i++) {
			ClaimSet part = i == 0 ? new ClaimSet(set.documents(), set.entities(), chunks.get(i), set.votes())
					: new ClaimSet(List.of(), List.of(), chunks.get(i), List.of());
			// each transaction counts its own rows: the step says which transaction they belong to
			String transaction = " (transaction " + (i + 1) + "/" + chunks.size() + ")";
			LoadProgress ofPart = (step, done, total) -> progress.written(step + transaction, done, total);
			reports.add(transactions.execute(status -> writer.write(part, ofPart)));
		}
		return LoadReport.sum(set, reports, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Completes a first load that Neo4j's offline importer wrote ({@link ClaimSetImport}) once the database runs and has
	 * built the schema's indexes: has Neo4j resample them as after a load, and reports what the importer wrote, in the
	 * time from the import's beginning (the database's start and its index build included).
	 */
	public LoadReport completeImport(ClaimSetImport firstLoad) {
		if (!firstLoad.imported()) {
			throw new IllegalStateException("the importer has not written this store");
		}
		resampleIndexes();
		return firstLoad.written().took(firstLoad.millisSinceStart());
	}

	/** Holders whose standings one transaction of {@link #completeStandings()} writes at most. */
	private static final int HOLDERS_PER_TRANSACTION = 1_000;

	/**
	 * Gives every holder and target with position edges its standing, the standings of at most
	 * {@value #HOLDERS_PER_TRANSACTION} holders a transaction: a store written before standings were kept has none.
	 * Returns how many it wrote: none once a store has them all.
	 */
	public int completeStandings() {
		return completeStandings(HOLDERS_PER_TRANSACTION);
	}

	int completeStandings(int holdersPerTransaction) {
		int written = 0;
		int inTransaction;
		do {
			inTransaction = transactions.execute(status -> writer.writeMissingStandings(holdersPerTransaction));
			written += inTransaction;
		}
		while (inTransaction > 0);
		return written;
	}

	/** How long a load waits for Neo4j's index sampling at most: about 0.3 s at 10^6 claims. */
	private static final Duration SAMPLING_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Has Neo4j resample its indexes and waits for it, then clear its query caches, so that the queries after the load
	 * are planned from statistics that count its writes. Until they do, the planner takes the index statistics of the
	 * graph before the load, and a query planned meanwhile can scan an index where it would seek: backers-opposing
	 * planned just after a load of 10^4 claims found an anchor by scanning every entity in two runs of three without
	 * resampling (a reworded version, planned so in the benchmark, took 53 s for one call at 10^5). Asking for it
	 * alone ({@code db.resampleOutdatedIndexes()}) only schedules it: at 10^6 claims the indexes stayed outdated about
	 * 2 s after the call had returned. Waiting takes about 0.3 s at 10^6. The load has committed by now, so a refusal
	 * (a user without the admin privilege the procedure needs) or a timeout is logged, not thrown.
	 */
	private void resampleIndexes() {
		try {
			transactions.executeWithoutResult(status -> neo4j.query("CALL db.prepareForReplanning($seconds)")
				.bind(SAMPLING_TIMEOUT.toSeconds()).to("seconds").run());
		}
		catch (RuntimeException ex) {
			log.warn("Loaded, but could not have Neo4j resample its indexes in time; queries planned in the next minutes may be "
					+ "slow: {}", ex.getMessage());
		}
	}

	/**
	 * The claims in chunks of about {@code size}, all claims of one holder and target in the same chunk: each summary
	 * edge and standing is then written once, created outright, instead of once per chunk its claims reach.
	 */
	static List<List<ClaimDefinition>> chunksByPair(List<ClaimDefinition> claims, int size) {
		Map<List<String>, List<ClaimDefinition>> byPair = new LinkedHashMap<>();
		claims.forEach(c -> byPair.computeIfAbsent(List.of(c.holder(), c.target()), t -> new ArrayList<>()).add(c));
		List<List<ClaimDefinition>> chunks = new ArrayList<>();
		List<ClaimDefinition> chunk = new ArrayList<>();
		for (List<ClaimDefinition> ofPair : byPair.values()) {
			if (!chunk.isEmpty() && chunk.size() + ofPair.size() > size) {
				chunks.add(chunk);
				chunk = new ArrayList<>();
			}
			chunk.addAll(ofPair);
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		return chunks;
	}
}
