package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.io.layout.DatabaseLayout;
import org.stancegraph.ChildJvm;
import org.stancegraph.DerivedEdges;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;
import org.stancegraph.bench.SyntheticCorpus;

/**
 * A load killed with SIGKILL at some point of its write, by a {@code stancegraph load} in a JVM of its own on the
 * embedded store: after a restart on the same data dir (Neo4j recovers from its transaction log) the graph is the one
 * before the load, exactly, and Neo4j's consistency checker finds the store consistent. A load killed right after it
 * reported success leaves the whole load. The store starts with the seeds; the load is 20,000 generated claims, long
 * enough to be killed mid-write.
 */
@TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CrashDuringLoadTest {

	static final int CLAIMS = 20_000;

	@TempDir
	static Path dir;

	static Path store;
	static Path corpus;
	/** The graph before the load: the seeds. */
	static List<String> before;

	@BeforeAll
	static void seedTheStore() {
		store = dir.resolve("neo4j");
		corpus = dir.resolve("corpus");
		new SyntheticCorpus(CLAIMS, 20251117).writeTo(corpus);
		try (SecondNeo4j neo4j = new SecondNeo4j(store)) {
			neo4j.loader().load(new ClaimValidator().validate(DatasetFiles.fromPath(TestDatasets.SEEDS)), Integer.MAX_VALUE, LoadProgress.NONE);
			before = GraphFingerprint.content(neo4j.client());
		}
	}

	/**
	 * Killed at a progress line of the write: the first entities written, half the claims, the first derived edges
	 * (about a second before the commit).
	 */
	@Order(1)
	@ParameterizedTest(name = "killed at \"{0}\"")
	@ValueSource(strings = { "  entities: ", "  claims: 10000/", "  edges: " })
	void aLoadKilledMidWriteLeavesTheGraphAsBefore(String progress) throws Exception {
		try (ChildJvm load = load("killed-" + progress.strip().replaceAll("\\W", "_"))) {
			load.awaitLine(line -> line.startsWith(progress), Duration.ofMinutes(3));
			load.kill();
		}
		List<String> after;
		DatabaseLayout layout;
		try (SecondNeo4j neo4j = new SecondNeo4j(store)) {
			after = GraphFingerprint.content(neo4j.client());
			layout = neo4j.databaseLayout();
		}
		assertThat(after).as("the graph after recovery").isEqualTo(before);
		assertConsistent(layout);
	}

	@Order(2)
	@Test
	void aLoadKilledRightAfterItsCommitLeavesTheWholeLoad() throws Exception {
		try (ChildJvm load = load("killed-after-commit")) {
			load.awaitLine(line -> line.contains(": loaded: "), Duration.ofMinutes(5));
			load.kill();
		}
		DatabaseLayout layout;
		try (SecondNeo4j neo4j = new SecondNeo4j(store)) {
			layout = neo4j.databaseLayout();
			var client = neo4j.client();
			assertThat(client.query("MATCH (c:Claim) RETURN count(c)").fetchAs(Long.class).one())
				.contains((long) CLAIMS + before.stream().filter(line -> line.startsWith("node ") && line.contains("Claim")).count());
			// the whole set is in: loading it again writes nothing
			assertThat(neo4j.loader().load(new ClaimValidator().validate(DatasetFiles.fromPath(corpus)), Integer.MAX_VALUE, LoadProgress.NONE)
				.wroteNothing()).isTrue();
			assertThat(DerivedEdges.differences(client)).isEmpty();
		}
		assertConsistent(layout);
	}

	private static ChildJvm load(String name) {
		return ChildJvm.start(dir.resolve(name + ".log"), "load", corpus.toString(), "--stancegraph.neo4j.embedded.data-dir=" + store,
				"--stancegraph.neo4j.embedded.bolt-port=0", "--logging.level.root=WARN");
	}

	/** Neo4j's own consistency checker on a store that was recovered and closed. */
	private static void assertConsistent(DatabaseLayout layout) throws Exception {
		var result = new ConsistencyCheckService(layout).with(dir.resolve("consistency")).runFullConsistencyCheck();
		assertThat(result.isSuccessful()).as(result.summary().toString()).isTrue();
	}
}
