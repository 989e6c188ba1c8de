package org.stancegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.neo4j.io.locker.FileLockException;
import org.stancegraph.export.ExportFormat;
import org.stancegraph.export.ExportSummary;
import org.stancegraph.export.GraphExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stancegraph export <file> --format json|csv|graphml}: the whole graph into a file, as
 * {@code GET /api/export} serves it ({@link GraphExporter}). The file appears only when the export is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Write the whole graph to a file: json (the dataset form, with claims as their files state them (certainty, claimant, chain, qualifiers), evidence and derived edges, re-importable), csv (one table of every record: documents, entities, claims, evidence, votes, derived and CONCERNS edges, the kind in its first column) or graphml (entities, sources, claims and votes as nodes, every relationship as an edge, for Gephi).",
				"Spring options choose the database (--stancegraph.neo4j.mode=external --spring.neo4j.uri=bolt://127.0.0.1:7687 --spring.neo4j.authentication.username=neo4j --spring.neo4j.authentication.password=\"$(cat data/neo4j/neo4j-password)\" to export from a running Stancegraph, whose embedded store is locked while it runs)." })
class ExportCommand extends DatabaseCommand {

	@Parameters(index = "0", paramLabel = "<file>", description = "The file to write (replaced if it exists).")
	Path file;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "json",
			description = "json, csv or graphml (default: ${DEFAULT-VALUE}).")
	String format;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ExportFormat chosen;
		try {
			chosen = ExportFormat.parse(format);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return StancegraphCommand.BAD_INPUT;
		}
		Path target = file.toAbsolutePath().normalize();
		if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
			err.println(file + ": not a file in an existing folder");
			return StancegraphCommand.BAD_INPUT;
		}

		// beside the target, so that the move is a rename; created as any new file (createTempFile would make it 0600)
		Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
		try {
			return withDatabase(context -> {
				ExportSummary summary;
				try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
					summary = context.getBean(GraphExporter.class).write(chosen, stream);
				}
				move(partial, target);
				out.printf("%s: exported %s: %s%n", file, chosen, summary);
				return StancegraphCommand.OK;
			});
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** A running Stancegraph holds the embedded store: say how to export from it instead. */
	@Override
	int failed(RuntimeException ex) {
		if (causedBy(ex, FileLockException.class)) {
			spec.commandLine().getErr().println("The embedded store is in use by another process (a running Stancegraph?): "
					+ rootMessage(ex)
					+ "\nExport from the running app with --stancegraph.neo4j.mode=external --spring.neo4j.uri=<its Bolt address>"
					+ " --spring.neo4j.authentication.username=neo4j"
					+ " --spring.neo4j.authentication.password=<the password in its data directory's neo4j-password>.");
			return StancegraphCommand.DATABASE_UNREACHABLE;
		}
		throw ex;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
