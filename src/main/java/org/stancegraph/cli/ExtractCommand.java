package org.stancegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.extraction.CandidateFile;
import org.stancegraph.extraction.Extraction;
import org.stancegraph.extraction.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code stancegraph extract <document>}: candidate claims for a document, printed as a claim file (the format of
 * seeds/claims) to review, then {@code validate} and {@code load}. Against the entities of a dataset folder; no
 * database.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Propose candidate claims for a document and print them as a claim file (the format of seeds/claims), "
				+ "each with its cue, offsets and mentions as comments: edit it, then validate and load it. Finds the entities "
				+ "of a dataset by their names and aliases (case, accents and inflection aside), splits sentences, and proposes "
				+ "claims from stance cues, hedges, attribution, conditions and dates. Starts no database." })
class ExtractCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "<document>",
			description = "A document's YAML (documents/<id>.yaml, its text <id>.txt beside it), or a plain UTF-8 .txt with --source-id and --published.")
	Path document;

	@Mixin
	DatasetOption datasetOption;

	@Option(names = "--source-id", paramLabel = "<id>", description = "The document's id (for a .txt; a YAML gives its own).")
	String sourceId;

	@Option(names = "--published", paramLabel = "<date>", description = "The document's date, YYYY-MM-DD (for a .txt; a YAML gives its own).")
	String published;

	@Spec
	CommandSpec spec;

	/** A document to read: its id, date and text. */
	private record Source(String id, LocalDate published, String text) {
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path dataset = datasetOption.folder();
		Source source;
		List<EntityDefinition> entities;
		try {
			source = read(err);
			if (source == null) {
				return StancegraphCommand.BAD_INPUT;
			}
			entities = entities(dataset);
		}
		catch (InvalidClaimFilesException ex) {
			return StancegraphCommand.report(spec, ex, "nothing extracted");
		}
		Extraction extraction = new Extractor(entities).extract(source.text(), source.published(), source.id());
		out.print(CandidateFile.write(source.id(), extraction, List.of(
				"Candidate claims proposed by `stancegraph extract " + document + "` against the " + entities.size()
						+ " entities of " + dataset + ",",
				"for the document " + source.id() + " of " + source.published() + ". Nothing here is curated yet: each claim"
						+ " needs a reviewer.")));
		out.flush();
		return StancegraphCommand.OK;
	}

	/** The document: from its YAML and the text beside it, or a plain text with the options. Null after an error said. */
	private Source read(PrintWriter err) {
		String name = document.getFileName().toString();
		if (!Files.isRegularFile(document)) {
			err.println(document + ":0: no such file");
			return null;
		}
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			JsonNode yaml;
			try {
				yaml = YAMLMapper.builder().build().readTree(Files.readString(document));
			}
			catch (JacksonException | IOException ex) {
				err.println(document + ":0: not a readable YAML document: " + ex.getMessage().lines().findFirst().orElse(""));
				return null;
			}
			String id = yaml.path("id").asString("");
			String date = yaml.path("published").asString("");
			if (id.isBlank()) {
				err.println(document + ":1: id: missing (a document YAML gives its id)");
				return null;
			}
			LocalDate when = date(document + ":1: published", date, err);
			Path textFile = document.resolveSibling(id + ".txt");
			String text = text(textFile, err);
			return when == null || text == null ? null : new Source(id, when, text);
		}
		if (sourceId == null || published == null) {
			err.println(document + ":0: a plain text needs --source-id and --published");
			return null;
		}
		if (!sourceId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			err.println("--source-id: '" + sourceId + "' is not an id (lower-case words joined by '-')");
			return null;
		}
		LocalDate when = date("--published", published, err);
		String text = text(document, err);
		return when == null || text == null ? null : new Source(sourceId, when, text);
	}

	private static LocalDate date(String where, String value, PrintWriter err) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			err.println(where + ": '" + value + "' is not a date (YYYY-MM-DD)");
			return null;
		}
	}

	private static String text(Path file, PrintWriter err) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			if (text.isBlank()) {
				err.println(file + ":0: the text is empty");
				return null;
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			err.println(file + ":0: not UTF-8 text");
			return null;
		}
		catch (IOException ex) {
			err.println(file + ":0: cannot read: " + ex.getMessage());
			return null;
		}
	}

	/** The entities of a dataset, checked as validate checks them (its claim files are not read). */
	static List<EntityDefinition> entities(Path dataset) {
		Dataset files = DatasetFiles.fromPath(dataset);
		ClaimSet set = new ClaimValidator().validate(new Dataset(files.root(), files.entities(), files.documents(),
				files.texts(), List.of(), false));
		return new ArrayList<>(set.entities());
	}
}
