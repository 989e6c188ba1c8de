package org.stancegraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.RawFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * One document of the graph as the files of a dataset, zipped so that {@code unzip <id>.zip -d seeds/} puts them in
 * place: {@code documents/<id>.yaml} and {@code .txt}, {@code claims/<id>.yaml} (when it has claims or tallies), and
 * beside them {@code entities-of-<id>.yaml}, the entities its claims name as the graph holds them, for the curator to
 * add to {@code entities.yaml} those it lacks. The files are those the JSON export stands for ({@link ExportReader}),
 * written as YAML.
 */
final class DocumentDataset {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.build();

	private DocumentDataset() {
	}

	static byte[] zip(String id, Dataset files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (RawFile metadata : files.documents()) {
				entry(zip, "documents/" + id + ".yaml", yaml(metadata, null));
			}
			for (RawFile text : files.texts()) {
				entry(zip, "documents/" + id + ".txt", text.content());
			}
			for (RawFile claims : files.claimFiles()) {
				entry(zip, "claims/" + id + ".yaml", yaml(claims, null));
			}
			entry(zip, "entities-of-" + id + ".yaml", yaml(files.entities(), "# The entities the claims of " + id
					+ " name, as the graph holds them: add to entities.yaml those it lacks.\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] yaml(RawFile json, String comment) {
		JsonNode tree = JSON.readTree(json.content());
		byte[] yaml = YAML.writeValueAsBytes(tree);
		if (comment == null) {
			return yaml;
		}
		byte[] head = comment.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + yaml.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(yaml, 0, all, head.length, yaml.length);
		return all;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
