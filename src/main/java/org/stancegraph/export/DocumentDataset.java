package org.stancegraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.stancegraph.claims.ClaimDefaults;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.DatasetYaml;
import org.stancegraph.claims.RawFile;
import org.stancegraph.graph.Certainty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One document of the graph as the files of a dataset, zipped so that {@code unzip <id>.zip -d seeds/} puts them in
 * place: {@code documents/<id>.yaml} and {@code .txt}, {@code claims/<id>.yaml} (when it has claims or tallies), and
 * beside them {@code entities-of-<id>.yaml}, the entities its claims name as the graph holds them, for the curator to
 * add to {@code entities.yaml} those it lacks. The files are those the JSON export stands for ({@link ExportReader}),
 * written as YAML in the seed style ({@link DatasetYaml}: dates quoted), each claim as its file would state it: the
 * JSON export writes a certainty only where the file gave one, and the claimant, the date reported, a quantity's bound
 * and flags as resolved, which are left out here where they are what {@link ClaimDefaults} makes of a file that says
 * nothing.
 */
final class DocumentDataset {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DocumentDataset() {
	}

	static byte[] zip(String id, Dataset files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			JsonNode document = JSON.createObjectNode();
			for (RawFile metadata : files.documents()) {
				document = JSON.readTree(metadata.content());
				entry(zip, "documents/" + id + ".yaml", DatasetYaml.write(document));
			}
			for (RawFile text : files.texts()) {
				entry(zip, "documents/" + id + ".txt", text.content());
			}
			for (RawFile claims : files.claimFiles()) {
				entry(zip, "claims/" + id + ".yaml", DatasetYaml.write(asStated(JSON.readTree(claims.content()), document)));
			}
			byte[] head = ("# The entities the claims of " + id + " name, as the graph holds them: add to entities.yaml those it lacks.\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] entities = DatasetYaml.write(JSON.readTree(files.entities().content()));
			ByteArrayOutputStream commented = new ByteArrayOutputStream();
			commented.writeBytes(head);
			commented.writeBytes(entities);
			entry(zip, "entities-of-" + id + ".yaml", commented.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The claim file of {@code document} without what its claims get by default: the claimant, the date reported, a
	 * quantity's bound and flags, a period's flags.
	 */
	private static JsonNode asStated(JsonNode claimFile, JsonNode document) {
		String published = document.path("published").asString(null);
		String outlet = document.path("outlet").asString(null);
		for (JsonNode claim : claimFile.path("claims")) {
			ObjectNode c = (ObjectNode) claim;
			Certainty certainty = ClaimDefaults.certainty(text(c, "certainty"));
			if (Objects.equals(text(c, "claimant"), ClaimDefaults.claimant(text(c, "speaker"), certainty, text(c, "holder"), outlet))) {
				c.remove("claimant");
			}
			if (published != null && Objects.equals(text(c, "reported"), ClaimDefaults.reported(LocalDate.parse(published)).toString())) {
				c.remove("reported");
			}
			if (c.get("quantity") instanceof ObjectNode quantity) {
				withoutDefault(quantity, "bound", ClaimDefaults.BOUND);
				withoutDefault(quantity, "approximate", ClaimDefaults.FLAG);
			}
			if (c.get("period") instanceof ObjectNode period) {
				withoutDefault(period, "extendable", ClaimDefaults.FLAG);
				withoutDefault(period, "minimum", ClaimDefaults.FLAG);
			}
		}
		return claimFile;
	}

	private static void withoutDefault(ObjectNode node, String field, String value) {
		if (value.equals(text(node, field))) {
			node.remove(field);
		}
	}

	private static void withoutDefault(ObjectNode node, String field, boolean value) {
		if (node.path(field).isBoolean() && node.get(field).asBoolean() == value) {
			node.remove(field);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
