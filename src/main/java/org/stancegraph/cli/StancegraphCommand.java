package org.stancegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.stancegraph.StancegraphApplication;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimSetImport;
import org.stancegraph.graph.Certainty;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.LoadProgress;
import org.stancegraph.claims.LoadReport;
import org.stancegraph.claims.Problem;
import org.stancegraph.database.GraphSchema;
import org.stancegraph.database.GraphStats;
import org.stancegraph.export.ExportReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The command line: {@code serve} (the default), {@code validate <path>}, {@code load <path>},
 * {@code export <file>}, {@code migrate}, {@code stats}, {@code add-document <text-file>}, {@code extract <document>},
 * {@code evaluate-extraction}. A path is a dataset folder, a claims folder, one claim file, or a JSON export.
 * Exit codes: 0 done, 1 bad input, 2 cannot reach the database.
 */
@Command(name = "stancegraph", mixinStandardHelpOptions = true, version = "Stancegraph 0.1",
		description = "Who supports, opposes, abstained on and proposed what, according to which source: a Neo4j stance graph.",
		footer = { "", "Only serve starts the web server. load, export, migrate and stats start the database only (the embedded one "
				+ "with Bolt on a free port unless --stancegraph.neo4j.embedded.bolt-port is given) and print their answer on "
				+ "stdout, logs on stderr; validate, add-document, extract and evaluate-extraction start no database." },
		subcommands = { StancegraphCommand.Serve.class, StancegraphCommand.Validate.class, StancegraphCommand.Load.class,
				ExportCommand.class, StancegraphCommand.Migrate.class, StancegraphCommand.Stats.class, AddDocumentCommand.class,
				ExtractCommand.class, EvaluateExtractionCommand.class })
public class StancegraphCommand implements Callable<Integer> {

	public static final int OK = 0;
	public static final int BAD_INPUT = 1;
	public static final int DATABASE_UNREACHABLE = 2;
	/** serve returns this: the web server keeps the JVM alive. */
	public static final int KEEP_RUNNING = -1;

	/** The program: the jar's main class. */
	public static void main(String[] args) {
		// neo4j-server ships an SLF4J provider of its own; Boot's Logback is the one to use.
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
		}
		int exit = run(args);
		if (exit != KEEP_RUNNING) {
			System.exit(exit);
		}
	}

	public static int run(String... args) {
		return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	public static int run(PrintWriter out, PrintWriter err, String... args) {
		// Spring-style options alone (--server.port=9090) mean "serve with these".
		if (args.length == 0 || (args[0].startsWith("--") && !List.of("--help", "--version").contains(args[0]))) {
			List<String> serve = new ArrayList<>(List.of("serve"));
			serve.addAll(List.of(args));
			args = serve.toArray(String[]::new);
		}
		return new CommandLine(new StancegraphCommand()).setOut(out).setErr(err).execute(args);
	}

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return OK;
	}

	@Command(name = "serve", mixinStandardHelpOptions = true,
			description = "Start the REST API, Neo4j Browser at /browser/ and (by default) the embedded Neo4j with the seed data. Spring options (--server.port=9090, --stancegraph.neo4j.mode=external ...) pass through.")
	static class Serve implements Callable<Integer> {

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Override
		public Integer call() {
			application().run(springArguments.toArray(String[]::new));
			return KEEP_RUNNING;
		}
	}

	@Command(name = "validate", mixinStandardHelpOptions = true,
			description = "Check claim files without any database: schema, known ids and relations, dates, duplicate ids, and that every quote occurs in its document. Exit code 1 on any error.")
	static class Validate implements Callable<Integer> {

		@Parameters(paramLabel = "<path>", description = "A dataset folder (with entities.yaml, documents/, claims/), a claims folder, one claim file, or a JSON export of Stancegraph.")
		Path path;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			try {
				ClaimSet set = new ClaimValidator().validate(dataset(path));
				printValid(out, path, set);
				return OK;
			}
			catch (InvalidClaimFilesException ex) {
				return report(spec, ex);
			}
		}
	}

	/** What a valid set holds, and which of its claims rely on the default certainty (older files give none). */
	static void printValid(PrintWriter out, Path path, ClaimSet set) {
		out.printf("%s: valid: %d documents, %d entities, %d claims, %d vote tallies%n", path, set.documents().size(),
				set.entities().size(), set.claims().size(), set.votes().size());
		set.defaultCertainty().forEach((file, ids) -> out.printf("%s: %d claims give no certainty and load as '%s' (the default): %s%n",
				file, ids.size(), Certainty.DEFAULT.word(), String.join(", ", ids)));
	}

	@Command(name = "load", mixinStandardHelpOptions = true,
			description = "Validate, then load claim files into the database, all or nothing. Loading the same files again writes nothing. Spring options (--stancegraph.neo4j.mode=external --spring.neo4j.uri=...) choose the database.")
	static class Load extends DatabaseCommand {

		@Parameters(index = "0", paramLabel = "<path>", description = "A dataset folder, a claims folder, one claim file, or a JSON export of Stancegraph.")
		Path path;

		@Option(names = "--claims-per-transaction", paramLabel = "<n>",
				description = "Commit every <n> claims instead of once for the whole load: for sets too large for one transaction (a million claims need about 8 GiB of transaction memory). A failed load then leaves the transactions before it; loading again completes it.")
		Integer claimsPerTransaction;

		@Option(names = "--offline-import-from", paramLabel = "<claims>", defaultValue = "10000",
				description = "Into an embedded store that holds no graph yet, a set of at least <claims> claims is written by Neo4j's offline importer (neo4j-admin database import) before the database starts, then completed in it: the same graph, two to three times faster than transactions at 10^6 claims. Default: ${DEFAULT-VALUE}.")
		int offlineImportFrom;

		@Override
		public Integer call() throws IOException {
			PrintWriter out = spec.commandLine().getOut();
			if (claimsPerTransaction != null && claimsPerTransaction < 1) {
				spec.commandLine().getErr().println("--claims-per-transaction must be at least 1, not " + claimsPerTransaction);
				return BAD_INPUT;
			}
			ClaimSet set;
			try {
				set = new ClaimValidator().validate(dataset(path));
			}
			catch (InvalidClaimFilesException ex) {
				return report(spec, ex);
			}
			printValid(out, path, set);
			PrintWriter err = spec.commandLine().getErr();
			ClaimSetImport firstLoad = set.claims().size() >= offlineImportFrom ? new ClaimSetImport(set) : null;
			try {
				return withDatabase(firstLoad, context -> {
					LoadProgress progress = new ProgressLines(err, System::nanoTime);
					ClaimLoader loader = context.getBean(ClaimLoader.class);
					// without the option, all in one transaction
					LoadReport report = firstLoad != null && firstLoad.imported() ? loader.completeImport(firstLoad)
							: loader.load(set, claimsPerTransaction == null ? Integer.MAX_VALUE : claimsPerTransaction, progress);
					out.printf("%s: loaded: %s%n", path, report);
					return OK;
				});
			}
			catch (InvalidClaimFilesException ex) {
				return report(spec, ex);
			}
		}
	}

	@Command(name = "migrate", mixinStandardHelpOptions = true,
			description = "Apply the schema (cypher/00_schema.cypher: constraints and indexes, idempotent) to the database and exit. Spring options choose the database.")
	static class Migrate extends DatabaseCommand {

		@Override
		public Integer call() throws IOException {
			// the schema is applied whenever the app starts against a database; starting is the migration
			return withDatabase(context -> {
				spec.commandLine().getOut().printf("schema applied: %d statements from %s%n",
						GraphSchema.statements().size(), "cypher/00_schema.cypher");
				return OK;
			});
		}
	}

	@Command(name = "stats", mixinStandardHelpOptions = true,
			description = "Print what the database holds: nodes per label, relationships per type, claims per source. Spring options choose the database.")
	static class Stats extends DatabaseCommand {

		@Override
		public Integer call() throws IOException {
			return withDatabase(context -> {
				PrintWriter out = spec.commandLine().getOut();
				for (GraphStats.Count count : context.getBean(GraphStats.class).counts()) {
					out.printf("%-18s %-40s %8d%n", count.kind(), count.name(), count.count());
				}
				return OK;
			});
		}
	}

	/** The profile of the commands that need the database only: {@code application-cli.yaml}. */
	public static final String DATABASE_ONLY_PROFILE = "cli";

	/**
	 * The app for a command that needs the database only: no web server, and the profile
	 * {@value #DATABASE_ONLY_PROFILE} (no banner, logs on stderr, the embedded Bolt connector on a free port, no seed
	 * load), whose settings the command's own options override.
	 */
	public static SpringApplication databaseOnly() {
		var app = application();
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles(DATABASE_ONLY_PROFILE);
		return app;
	}

	/**
	 * The Spring application, named in its logs ("Started StancegraphApplication ...") as the application, not as
	 * this command line, whose main method started the JVM.
	 */
	private static SpringApplication application() {
		var app = new SpringApplication(StancegraphApplication.class);
		app.setMainApplicationClass(StancegraphApplication.class);
		return app;
	}

	/** A JSON export of another Stancegraph ({@code GET /api/export}) is a dataset too. */
	static Dataset dataset(Path path) {
		if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
			try (var in = Files.newInputStream(path)) {
				byte[] head = in.readNBytes(256);
				if (new String(head, StandardCharsets.UTF_8).contains("\"stancegraph-export\"")) {
					try (var export = Files.newInputStream(path)) {
						return ExportReader.toDataset(export, path.toString());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return DatasetFiles.fromPath(path);
	}

	private static int report(CommandSpec spec, InvalidClaimFilesException ex) {
		return report(spec, ex, "nothing written");
	}

	/** Every problem on stderr, then how many and what came of it ("nothing written"): exit code {@link #BAD_INPUT}. */
	static int report(CommandSpec spec, InvalidClaimFilesException ex, String outcome) {
		PrintWriter err = spec.commandLine().getErr();
		for (Problem problem : ex.problems()) {
			err.println(problem);
		}
		err.printf("%d problem(s); %s.%n", ex.problems().size(), outcome);
		return BAD_INPUT;
	}
}
