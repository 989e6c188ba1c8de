package org.stancegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.RawFile;
import org.stancegraph.extraction.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stancegraph evaluate-extraction}: extraction run over every document of a dataset and scored against its
 * curated claims, per relation and overall, with the time a 1,000-word text takes.
 */
@Command(name = "evaluate-extraction", mixinStandardHelpOptions = true,
		description = { "Run extraction over every document of a dataset and score the candidates against the curated claims of "
				+ "the same document: a candidate is right when holder, relation and target are a curated claim's. Prints recall, "
				+ "precision and certainty agreement, and the time a 1,000-word text takes beside its tokenisation; writes the "
				+ "table per relation, and what was missed and proposed wrongly, as Markdown with --report. Starts no database." })
class EvaluateExtractionCommand implements Callable<Integer> {

	@Mixin
	DatasetOption datasetOption;

	@Option(names = "--report", paramLabel = "<file>", description = "Write the report as Markdown to this file.")
	Path report;

	@Option(names = "--held-out", paramLabel = "<folder>",
			description = "Score only the articles of this folder (documents/, claims/), read against the dataset's entities: "
					+ "text the extractor was not written for (src/test/resources/datasets/held-out).")
	Path heldOut;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path dataset = datasetOption.folder();
		ClaimSet set;
		Dataset files;
		try {
			files = DatasetFiles.fromPath(dataset);
			set = new ClaimValidator().validate(heldOut == null ? files : DatasetFiles.withArticles(files, heldOut));
		}
		catch (InvalidClaimFilesException ex) {
			return StancegraphCommand.report(spec, ex, "nothing evaluated");
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return StancegraphCommand.BAD_INPUT;
		}
		if (heldOut != null) {
			// the dataset's own documents validate the entities; only the held-out articles are scored (a document's id
			// is its file's name, which the validator checks)
			Set<String> own = files.documents().stream().map(RawFile::baseName).collect(Collectors.toSet());
			set = new ClaimSet(set.documents().stream().filter(d -> !own.contains(d.id())).toList(), set.entities(), set.claims(),
					set.votes());
		}
		Path scored = heldOut == null ? dataset : heldOut;
		ExtractionEvaluation.Report result = ExtractionEvaluation.evaluate(set);
		if (report != null) {
			Path target = report.toAbsolutePath().normalize();
			if (target.getParent() == null || !Files.isDirectory(target.getParent()) || Files.isDirectory(target)) {
				err.println(report + ": not a file in an existing folder");
				return StancegraphCommand.BAD_INPUT;
			}
			Files.writeString(target, result.markdown(scored.toString()), StandardCharsets.UTF_8);
		}
		out.println(scored + ": " + result.summary());
		result.rows().forEach(row -> out.printf("  %-16s recall %3d of %3d, precision %3d of %3d%n", row.relation(), row.found(),
				row.curated(), row.right(), row.candidates()));
		return StancegraphCommand.OK;
	}
}
