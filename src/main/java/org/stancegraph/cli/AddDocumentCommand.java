package org.stancegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.NewDocument;
import org.stancegraph.claims.Problem;
import org.stancegraph.claims.RawFile;
import org.stancegraph.claims.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stancegraph add-document <text-file> --title ... --publisher ... --published ... --published-basis ...}:
 * writes {@code documents/<id>.yaml} and {@code <id>.txt} into a dataset folder in the seed format, after the checks
 * of {@link NewDocument} (against the folder's documents: a new id, a new text) and of {@link ClaimValidator} (the
 * metadata with the folder's entity file). Writes files only, nothing on a problem; {@code load} loads them.
 */
@Command(name = "add-document", mixinStandardHelpOptions = true,
		description = { "Add a source document to a dataset folder: check its text (UTF-8, not blank, no control characters but newline and tab, at most 1 MiB) and metadata, refuse an id or a text the folder has already, and write documents/<id>.yaml and documents/<id>.txt in the seed format. Writes files only: validate and load them after writing the claims. Starts no database.",
				"Exit code 1 on any problem, with nothing written." })
class AddDocumentCommand implements Callable<Integer> {

	/** The option that gives each metadata field, to name it in problems. */
	private static final Map<String, String> OPTIONS = Map.of("id", "--id", "title", "--title", "publisher", "--publisher",
			"published", "--published", "publishedBasis", "--published-basis", "url", "--url", "outlet", "--outlet",
			"authors", "--author", "corpusFile", "<text-file>");

	@Parameters(index = "0", paramLabel = "<text-file>", description = "The document's text, UTF-8; copied byte for byte to documents/<id>.txt, its name kept as corpusFile.")
	Path textFile;

	// required, but checked with the rest (exit 1, every problem named) rather than by picocli (exit 2, the first)
	@Option(names = "--title", description = "Required: the headline, or a descriptive title if it has none.")
	String title;

	@Option(names = "--publisher", description = "Required: who published it, as the text tells.")
	String publisher;

	@Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Required: when it was published (not in the future).")
	String published;

	@Option(names = "--published-basis", paramLabel = "<text>", description = "Required: how the date (and the publisher) was told from the text.")
	String publishedBasis;

	@Option(names = "--author", paramLabel = "<name>", description = "An author, where the text gives one; repeat for several.")
	List<String> authors = new ArrayList<>();

	@Option(names = "--url", description = "Where it was published (http or https).")
	String url;

	@Option(names = "--outlet", paramLabel = "<entity-id>", description = "The publisher as an entity of the dataset's entities.yaml: the claimant of what the text says in its own voice.")
	String outlet;

	@Option(names = "--id", description = "The document id; default: <publisher>-<published>-<words of the title>, as the seed ids.")
	String id;

	@Mixin
	DatasetOption datasetOption;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path dataset = datasetOption.folder();
		if (!Files.isRegularFile(dataset.resolve("entities.yaml"))) {
			err.println(dataset + ": no entities.yaml: --dataset is a dataset folder (with entities.yaml, documents/, claims/)");
			return StancegraphCommand.BAD_INPUT;
		}
		if (!Files.isRegularFile(textFile)) {
			err.println(textFile + ": no such file");
			return StancegraphCommand.BAD_INPUT;
		}
		byte[] bytes = Files.readAllBytes(textFile);
		Dataset folder = DatasetFiles.fromPath(dataset);
		String name = textFile.toString();
		NewDocument.Places places = new NewDocument.Places() {
			@Override
			public Problem field(String field, String message) {
				return new Problem(option(field), 0, "", message);
			}

			@Override
			public Problem text(int line, String message) {
				return new Problem(name, line, "", message);
			}
		};
		NewDocument document = new NewDocument(id, title, publisher, published, publishedBasis, authors, url, outlet,
				textFile.getFileName().toString(), bytes);
		NewDocument.Checked checked = document.check(places, existing(folder), LocalDate.now());

		List<Problem> problems = new ArrayList<>(checked.problems());
		problems.addAll(checked.conflicts());
		Path documents = dataset.resolve("documents");
		List<RawFile> files = checked.files(documents + "/");
		if (checked.text() != null) {
			problems.addAll(validated(folder, files, checked, places));
		}
		if (!problems.isEmpty()) {
			problems.forEach(p -> err.println(p.line() == 0 ? p.file() + ": " + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message() : p));
			err.printf("%d problem(s); nothing written.%n", problems.size());
			return StancegraphCommand.BAD_INPUT;
		}
		Files.createDirectories(documents);
		Path metadata = documents.resolve(checked.id() + ".yaml");
		Path text = documents.resolve(checked.id() + ".txt");
		// CREATE_NEW: a file that appeared since the check is not overwritten
		Files.write(text, bytes, StandardOpenOption.CREATE_NEW);
		try {
			Files.write(metadata, files.getFirst().content(), StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			Files.deleteIfExists(text);
			throw ex;
		}
		out.println(checked.id());
		out.println(metadata);
		out.println(text);
		return StancegraphCommand.OK;
	}

	private static String option(String field) {
		return field.startsWith("authors[") ? "--author " + field.substring("authors".length()) : OPTIONS.getOrDefault(field, field);
	}

	/** The folder's documents by id and by the content hash of their text. */
	private static NewDocument.Existing existing(Dataset folder) {
		Map<String, String> byHash = new HashMap<>();
		for (RawFile text : folder.texts()) {
			try {
				String decoded = new String(text.content(), java.nio.charset.StandardCharsets.UTF_8);
				byHash.putIfAbsent(SourceDocument.contentHash(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded), text.baseName());
			}
			catch (RuntimeException ex) {
				// a text that is not UTF-8 is the validator's to report; it is no duplicate of a valid one
			}
		}
		List<String> ids = new ArrayList<>();
		folder.documents().forEach(d -> ids.add(d.baseName()));
		folder.texts().forEach(t -> ids.add(t.baseName()));
		return new NewDocument.Existing() {
			@Override
			public boolean hasDocument(String id) {
				return ids.contains(id);
			}

			@Override
			public Optional<String> documentWithText(String contentHash, String text) {
				return Optional.ofNullable(byHash.get(contentHash));
			}
		};
	}

	/**
	 * The new document validated with the folder's entities and documents as {@code validate} will check it: its
	 * metadata against the document schema, its outlet against the entity file. Problems of the new metadata file are
	 * named by their option; the folder's own problems by their file.
	 */
	private static List<Problem> validated(Dataset folder, List<RawFile> files, NewDocument.Checked checked, NewDocument.Places places) {
		List<RawFile> documents = new ArrayList<>(folder.documents());
		documents.add(files.get(0));
		List<RawFile> texts = new ArrayList<>(folder.texts());
		texts.add(files.get(1));
		try {
			new ClaimValidator().validate(new Dataset(folder.root(), folder.entities(), documents, texts, List.of(), false));
			return List.of();
		}
		catch (InvalidClaimFilesException ex) {
			List<Problem> problems = new ArrayList<>();
			for (Problem p : ex.problems()) {
				if (!p.file().equals(files.get(0).name())) {
					problems.add(p);
				}
				else if (checked.problems().stream().noneMatch(q -> q.file().equals(option(p.field())))) {
					// what NewDocument reported already about the field, the schema need not repeat
					problems.add(places.field(p.field().isEmpty() ? "id" : p.field().replaceAll("\\[\\d+]$", ""), p.message()));
				}
			}
			return problems;
		}
	}
}
