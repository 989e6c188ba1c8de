package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.stancegraph.ChildJvm;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;

/**
 * Loads that run at the same time, in threads of one app and in separate processes, leave exactly what one load
 * leaves: the same nodes, relationships and properties, no duplicate claim and no duplicate or half-summed derived
 * edge. Each test first holds the load lock itself until every load is queued behind it, so the loads really do
 * contend instead of happening to run one after the other. On an empty Neo4j of its own, not the suite's.
 */
class ConcurrentLoadTest {

	@TempDir
	static Path store;

	static SecondNeo4j neo4j;
	static ClaimLoader loader;
	static ClaimSet seeds;
	/** The graph one load of the seeds makes. */
	static List<String> oneLoad;

	@BeforeAll
	static void loadOnce() {
		neo4j = new SecondNeo4j(store.resolve("neo4j"));
		loader = neo4j.loader();
		seeds = new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS));
		loader.load(seeds, Integer.MAX_VALUE, LoadProgress.NONE);
		oneLoad = GraphFingerprint.content(neo4j.client());
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@BeforeEach
	void empty() {
		neo4j.client().query("MATCH (n) DETACH DELETE n").run();
	}

	@Test
	void theSeedsLoadedFourTimesInParallelThreadsAreLoadedOnce() throws Exception {
		List<LoadReport> reports = inParallel(List.of(seeds, seeds, seeds, seeds));

		assertThat(reports).filteredOn(r -> !r.wroteNothing()).hasSize(1);
		assertThat(reports).filteredOn(LoadReport::wroteNothing).hasSize(3);
		assertOneLoad();
	}

	@Test
	void theSeedFilesLoadedInParallelOneSourceEachSumUpToTheWholeLoad() throws Exception {
		// every part writes the same entities and documents, and parts share holder-relation-target triples: each
		// derived edge must end up summing the claims of all parts, whichever part came first
		Map<String, List<ClaimDefinition>> bySource = new LinkedHashMap<>();
		seeds.claims().forEach(c -> bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c));
		List<ClaimSet> parts = bySource.entrySet().stream()
			.map(e -> new ClaimSet(seeds.documents(), seeds.entities(), e.getValue(),
					seeds.votes().stream().filter(v -> v.source().equals(e.getKey())).toList()))
			.toList();
		assertThat(parts).hasSizeGreaterThanOrEqualTo(4);
		assertThat(sharedTriples(parts)).as("triples stated by claims of more than one part").isPositive();
		// documents and entities in the graph already: the parts then write only claims and edges, and do not queue
		// behind each other's first writes of the same entity
		loader.load(new ClaimSet(seeds.documents(), seeds.entities(), List.of(), List.of()), Integer.MAX_VALUE, LoadProgress.NONE);

		List<LoadReport> reports = inParallel(parts);

		assertThat(reports).filteredOn(r -> r.changedClaims() > 0).hasSize(parts.size());
		assertOneLoad();
	}

	@Test
	void theSeedFilesLoadedByTwoProcessesAtOnceAreLoadedOnce() throws Exception {
		List<ChildJvm> processes = new ArrayList<>();
		try {
			try (HeldLock lock = new HeldLock()) {
				for (int i = 1; i <= 2; i++) {
					processes.add(ChildJvm.start(store.resolve("load-" + i + ".log"), "load", TestDatasets.SEEDS.toString(),
							"--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=" + neo4j.uri(), "--logging.level.root=WARN"));
				}
				// both processes have started, validated, connected and wait for the lock: from here they contend
				lock.awaitQueued(2, Duration.ofMinutes(3), () -> processes.stream().filter(p -> !p.isAlive()).findAny()
					.map(p -> "a load process ended early:\n" + p.output()).orElse(null));
			}
			List<String> loaded = new ArrayList<>();
			for (ChildJvm process : processes) {
				assertThat(process.exitCode(Duration.ofMinutes(3))).as(process.output()).isZero();
				loaded.add(process.output().lines().filter(l -> l.contains("loaded: ")).findFirst().orElseThrow());
			}
			assertThat(loaded).filteredOn(l -> l.contains("wrote 0 nodes, 0 relationships, 0 properties, 0 labels")).hasSize(1);
		}
		finally {
			for (ChildJvm process : processes) {
				process.close();
			}
		}
		assertOneLoad();
	}

	/** Starts a load of each set at once, queued behind a held lock, and returns what each wrote. */
	private static List<LoadReport> inParallel(List<ClaimSet> sets) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(sets.size());
		try {
			List<Future<LoadReport>> loads = new ArrayList<>();
			try (HeldLock lock = new HeldLock()) {
				sets.forEach(set -> loads.add(threads.submit(() -> loader.load(set, Integer.MAX_VALUE, LoadProgress.NONE))));
				lock.awaitQueued(sets.size(), Duration.ofMinutes(1), () -> loads.stream().filter(Future::isDone).findAny()
					.map(f -> "a load ended before the lock was released: " + f.state()).orElse(null));
			}
			List<LoadReport> reports = new ArrayList<>();
			for (Future<LoadReport> load : loads) {
				reports.add(load.get(2, TimeUnit.MINUTES));
			}
			return reports;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void assertOneLoad() {
		var client = neo4j.client();
		assertThat(client.query("""
				MATCH (h:Entity)-[r]->(t:Entity) WHERE r.claimIds IS NOT NULL
				WITH h, type(r) AS type, t, count(r) AS edges WHERE edges > 1
				RETURN count(*) AS duplicates
				""").fetchAs(Long.class).one()).as("duplicate derived edges").contains(0L);
		assertThat(client.query("MATCH (c:Claim) WITH c.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)")
			.fetchAs(Long.class).one()).as("duplicate claims").contains(0L);
		List<String> content = GraphFingerprint.content(client);
		assertThat(content).as("the graph of one load").hasSameSizeAs(oneLoad);
		assertThat(content).as("the graph of one load").isEqualTo(oneLoad);
	}

	private static long sharedTriples(List<ClaimSet> parts) {
		Map<String, Long> partsPerTriple = new LinkedHashMap<>();
		parts.forEach(part -> part.claims().stream().map(c -> c.holder() + " " + c.relation() + " " + c.target()).distinct()
			.forEach(triple -> partsPerTriple.merge(triple, 1L, Long::sum)));
		return partsPerTriple.values().stream().filter(n -> n > 1).count();
	}

	/**
	 * The load lock taken by the test in an open transaction: loads started meanwhile wait for it. Released (the
	 * transaction committed) on close.
	 */
	private static final class HeldLock implements AutoCloseable {

		private final Session session = neo4j.driver().session();
		private final Transaction transaction = session.beginTransaction();

		HeldLock() {
			transaction.run("MERGE (lock:LoadLock {id: 'claims'}) SET lock:LoadLock").consume();
		}

		/** Waits until {@code loads} transactions are blocked on the lock; fails when {@code failure} says why not. */
		void awaitQueued(int loads, Duration timeout, java.util.function.Supplier<String> failure) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			long queued = 0;
			while (System.nanoTime() < deadline) {
				try (Session observer = neo4j.driver().session()) {
					queued = observer.run("""
							SHOW TRANSACTIONS YIELD currentQuery, status
							WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS 'LoadLock'
							RETURN count(*) AS queued
							""").single().get("queued").asLong();
				}
				if (queued == loads) {
					return;
				}
				String why = failure.get();
				assertThat(why).as("waiting for %d loads to queue on the lock", loads).isNull();
				Thread.sleep(50);
			}
			throw new AssertionError(queued + " of " + loads + " loads queued on the lock after " + timeout);
		}

		@Override
		public void close() {
			try {
				transaction.commit();
			}
			finally {
				session.close();
			}
		}
	}
}
