package org.stancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stancegraph.SuiteLogging;
import org.springframework.core.env.ConfigurableEnvironment;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.ChildJvm;
import org.stancegraph.StancegraphIntegrationTest;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.LoadReport;
import org.stancegraph.claims.TestDatasets;
import org.stancegraph.ExternalMode;
import org.stancegraph.database.EmbeddedBolt;
import org.stancegraph.database.GraphSchema;

/**
 * The command line as a user runs it: validate needs no database; load goes to a Neo4j chosen by URI (here the
 * test's embedded server, reached over Bolt as an external server would be); the commands other than serve start
 * no web server, leave Bolt's 7687 alone and print only their answer on stdout.
 */
@StancegraphIntegrationTest
class StancegraphCommandTest {

	@Autowired
	ConfigurableEnvironment suiteEnvironment;

	/** A command run here reconfigured the JVM's logging (the cli profile): the suite's, back for the next test. */
	@AfterEach
	void suiteLogging() {
		SuiteLogging.restore(suiteEnvironment);
	}

	static final Path CLI_DATASET = TestDatasets.CLI;

	/** A line of {@code stats}: kind, name, count; nothing else may be on its stdout. */
	static final Pattern STATS_LINE = Pattern.compile("(nodes|relationships|claims per source) +\\S+ +\\d+");

	@Autowired
	EmbeddedBolt bolt;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ClaimLoader loader;

	@Value("${stancegraph.seed.location}")
	String seedLocation;

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();
	final StringWriter err = new StringWriter();

	@AfterEach
	void removeTestData() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'zz-test-' DETACH DELETE n").run();
	}

	int run(String... args) {
		return StancegraphCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	@Test
	void validateTheSeedsExitsZero() {
		assertThat(run("validate", "seeds")).isZero();
		assertThat(out.toString()).contains("seeds: valid: 5 documents");
	}

	/** Older claim files give no certainty: they are valid, and validate says which claims take the default. */
	@Test
	void validateNamesTheClaimsThatRelyOnTheDefaultCertainty() {
		assertThat(run("validate", TestDatasets.SMALL.toString())).isZero();
		assertThat(out.toString()).contains(TestDatasets.SMALL.resolve("claims/test-2025-11-20-small.yaml")
				+ ": 4 claims give no certainty and load as 'reported' (the default): small-israel-opposes-turkish-participation, "
				+ "small-waltz-speaks-for-us, small-us-supports-isf, small-russia-abstained");
	}

	@Test
	void validateABrokenFileExitsOneNamingFileAndLine() throws IOException {
		Path root = copy(CLI_DATASET);
		Path claims = root.resolve("claims/zz-test-cli-source.yaml");
		Files.writeString(claims, Files.readString(claims).replace("relation: OPPOSES", "relation: DISLIKES"));
		assertThat(run("validate", claims.toString())).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains(claims + ":12: claims[1].relation: 'DISLIKES'").contains("1 problem(s)");
	}

	@Test
	void loadWritesOnceThenNothingAndABadLoadWritesNothing() throws IOException {
		String[] database = ExternalMode.args(bolt);
		assertThat(run(load(CLI_DATASET.toString(), database))).as(err.toString()).isZero();
		assertThat(out.toString()).contains("2 claims (2 new or changed)");
		assertThat(err.toString()).as("progress").contains("  claims: 2/2 written (").contains("  edges: 2/2 written (");
		assertThat(edges()).isEqualTo(2);

		assertThat(run(load(CLI_DATASET.toString(), database))).isZero();
		assertThat(out.toString()).contains("2 claims (0 new or changed)").contains("wrote 0 nodes, 0 relationships, 0 properties");

		Path root = copy(CLI_DATASET);
		Path claims = root.resolve("claims/zz-test-cli-source.yaml");
		Files.writeString(claims, Files.readString(claims).replace("backs the Test Accord.\"", "adores the Test Accord.\""));
		long before = nodes();
		assertThat(run(load(root.toString(), database))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("quote does not occur").contains("nothing written");
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void loadCanCommitEverySoManyClaims() {
		assertThat(run(load(CLI_DATASET.toString(), "--claims-per-transaction", "0"))).isEqualTo(StancegraphCommand.BAD_INPUT);
		assertThat(err.toString()).contains("--claims-per-transaction must be at least 1, not 0");

		String[] chunked = ExternalMode.args(bolt, "--claims-per-transaction", "1");
		assertThat(run(load(CLI_DATASET.toString(), chunked))).as(err.toString()).isZero();
		assertThat(out.toString()).contains("2 claims (2 new or changed)");
		assertThat(edges()).as("one edge per claim, each claim in its own transaction").isEqualTo(2);
		assertThat(run(load(CLI_DATASET.toString(), chunked))).isZero();
		assertThat(out.toString()).contains("2 claims (0 new or changed)").contains("wrote 0 nodes, 0 relationships, 0 properties");
	}

	@Test
	void loadExitsTwoWhenTheDatabaseCannotBeReached() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		int exit = run(load(CLI_DATASET.toString(), "--stancegraph.neo4j.mode=external",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort));
		assertThat(exit).isEqualTo(StancegraphCommand.DATABASE_UNREACHABLE);
		assertThat(err.toString()).contains("Cannot reach the database");
	}

	@Test
	void aJsonExportValidatesAsADataset() {
		Path export = dir.resolve("export.json");
		assertThat(run(ExternalMode.args(bolt, "export", export.toString(), "--format", "json")))
			.as(err.toString()).isZero();
		assertThat(run("validate", export.toString())).as(err.toString()).isZero();
		assertThat(out.toString()).contains(export + ": valid: 5 documents");
	}

	@Test
	void migrateAppliesTheSchemaAndStatsCountsTheGraph() {
		String[] database = ExternalMode.args(bolt);
		assertThat(run(concat("migrate", database))).as(err.toString()).isZero();
		assertThat(out.toString()).contains("schema applied: " + GraphSchema.statements().size() + " statements");
		assertThat(run(concat("stats", database))).as(err.toString()).isZero();
		long claims = neo4j.query("MATCH (c:Claim) RETURN count(c)").fetchAs(Long.class).one().orElseThrow();
		assertThat(out.toString()).containsPattern("nodes\\s+Claim\\s+" + claims + "\\n")
			.containsPattern("claims per source\\s+fdd-2025-11-19-hamas-rejects-resolution-2803\\s+\\d+");
	}

	@Test
	void validateStartsNoApplicationAndSoNoDatabase() {
		List<Started> started = new ArrayList<>();
		SpringApplication.withHook(recording(started), () -> assertThat(run("validate", "seeds")).isZero());
		assertThat(started).isEmpty();
	}

	/**
	 * The embedded store as a user who has no server running uses it: load in this JVM, then stats in a JVM of its
	 * own with stdout redirected, as {@code stats > stats.txt}. Meanwhile something (this test, or whatever already
	 * had it) holds 127.0.0.1:7687, as a running app would.
	 */
	@Test
	void embeddedCommandsStartNoWebServerLeave7687AloneAndPrintOnlyTheirAnswer() throws Exception {
		Path store = dir.resolve("store");
		String dataDir = "--stancegraph.neo4j.embedded.data-dir=" + store;
		try (ServerSocket taken = hold7687()) {
			List<Started> started = new ArrayList<>();
			AtomicLong returned = new AtomicLong();
			SpringApplication.withHook(recording(started), () -> {
				assertThat(run("load", CLI_DATASET.toString(), dataDir)).as(err.toString()).isZero();
				returned.set(System.nanoTime());
			});
			assertThat(started).singleElement().satisfies(app -> {
				assertThat(app.web()).as("a web server context").isFalse();
				assertThat(app.boltPort()).as("the embedded Bolt port").isPositive().isNotEqualTo(7687);
				// Netty's default quiet period, waited out twice, made it at least 10 s
				assertThat(Duration.ofNanos(returned.get() - app.closing().get())).as("closing the app and its Neo4j")
					.isLessThan(Duration.ofSeconds(8));
			});
			assertThat(out.toString().lines()).as("load's stdout").hasSize(2)
				.allMatch(line -> line.startsWith(CLI_DATASET + ": valid: ") || line.startsWith(CLI_DATASET + ": loaded: "));

			try (ChildJvm stats = ChildJvm.start(dir.resolve("stats.txt"), dir.resolve("stats.err"), "stats", dataDir)) {
				assertThat(stats.exitCode(Duration.ofMinutes(5))).as(stats.errors()).isZero();
				assertThat(stats.output().lines()).as("stats' stdout: the table only, no banner, no log line")
					.isNotEmpty().allMatch(line -> STATS_LINE.matcher(line).matches())
					.anyMatch(line -> line.matches("nodes +Claim +2"));
				assertThat(stats.errors()).as("logs, if any, on stderr").doesNotContain(" INFO ");
			}
		}
	}

	/**
	 * A first load into an empty store through Neo4j's offline importer (here from one claim on, the default being
	 * 10,000): the same report a load prints, and the same files loaded again, now through transactions, write nothing.
	 */
	@Test
	void aFirstLoadIntoAnEmptyStoreIsImportedAndTheSameFilesAgainWriteNothing() {
		String dataDir = "--stancegraph.neo4j.embedded.data-dir=" + dir.resolve("imported");
		assertThat(run("load", "--offline-import-from", "1", "seeds", dataDir)).as(err.toString()).isZero();
		String loaded = out.toString().lines().filter(line -> line.startsWith("seeds: loaded: ")).findFirst().orElseThrow();
		assertThat(loaded).containsPattern("\\d+ derived edges recomputed; wrote [1-9]\\d* nodes, [1-9]\\d* relationships");

		out.getBuffer().setLength(0);
		assertThat(run("load", "--offline-import-from", "1", "seeds", dataDir)).as(err.toString()).isZero();
		assertThat(out.toString()).contains("wrote 0 nodes, 0 relationships, 0 properties, 0 labels");
	}

	@Test
	void theSeedLoadValidateAndStatsCountClaimsAndVoteTalliesAlike() {
		LoadReport seed = loader.load(new ClaimValidator().validate(DatasetFiles.fromClasspath(seedLocation)));
		assertThat(seed.wroteNothing()).as("the seed is loaded at start").isTrue();
		assertThat(seed.voteTallies()).as("a seed with a vote tally, or there is nothing to tell apart").isPositive();
		assertThat(seed.toString()).contains(seed.claims() + " claims (", seed.voteTallies() + " vote tallies (");

		assertThat(run("validate", "seeds")).isZero();
		assertThat(out.toString()).contains(seed.claims() + " claims, " + seed.voteTallies() + " vote tallies");

		StringWriter table = new StringWriter();
		assertThat(StancegraphCommand.run(new PrintWriter(table, true), new PrintWriter(err, true), ExternalMode.args(bolt, "stats")))
			.as(err.toString()).isZero();
		assertThat(table.toString().lines()).isNotEmpty().allMatch(line -> STATS_LINE.matcher(line).matches())
			.anyMatch(line -> line.matches("nodes +Claim +" + seed.claims()))
			.anyMatch(line -> line.matches("nodes +Vote +" + seed.voteTallies()));
	}

	@Test
	void migrateExitsTwoWhenTheDatabaseCannotBeReached() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(run("migrate", "--stancegraph.neo4j.mode=external", "--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort))
			.isEqualTo(StancegraphCommand.DATABASE_UNREACHABLE);
	}

	private static String[] concat(String command, String... options) {
		String[] args = new String[options.length + 1];
		args[0] = command;
		System.arraycopy(options, 0, args, 1, options.length);
		return args;
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("serve", "validate", "load", "export", "migrate", "stats");
	}

	private static String[] load(String path, String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "load";
		args[1] = path;
		System.arraycopy(options, 0, args, 2, options.length);
		return args;
	}

	/**
	 * What a Spring app a command started was, seen while it ran (the command closes it before it returns), and when
	 * its closing began (System.nanoTime()).
	 */
	record Started(boolean web, int boltPort, AtomicLong closing) {
	}

	private static SpringApplicationHook recording(List<Started> started) {
		return application -> new SpringApplicationRunListener() {
			@Override
			public void started(ConfigurableApplicationContext context, Duration timeTaken) {
				var bolt = context.getBeanProvider(EmbeddedBolt.class).getIfAvailable();
				AtomicLong closing = new AtomicLong();
				context.addApplicationListener(event -> {
					if (event instanceof ContextClosedEvent) {
						closing.set(System.nanoTime());
					}
				});
				started.add(new Started(context instanceof WebServerApplicationContext, bolt == null ? 0 : bolt.port(), closing));
			}
		};
	}

	/** Binds 127.0.0.1:7687, or null when something else holds it already: either way it is taken. */
	private static ServerSocket hold7687() throws IOException {
		try {
			return new ServerSocket(7687, 1, InetAddress.getByName("127.0.0.1"));
		}
		catch (BindException ex) {
			return null;
		}
	}

	private long edges() {
		return neo4j.query("MATCH (:Entity {id: 'zz-test-accord'})<-[r:SUPPORTS|OPPOSES]-() RETURN count(r)").fetchAs(Long.class).one().orElseThrow();
	}

	private long nodes() {
		return neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
	}

	private Path copy(Path dataset) {
		return TestDatasets.copy(dataset, dir);
	}
}
