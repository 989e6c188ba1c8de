package org.stancegraph.export;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.Problem;
import org.stancegraph.claims.RawFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON export ({@link ExportFormat#JSON}) back into a dataset: the claim files it was made from, in memory
 * (entities.yaml, documents/&lt;id&gt;.yaml and .txt, claims/&lt;source&gt;.yaml, each as JSON, which is YAML), so
 * that {@link ClaimValidator} checks it exactly as it checks files (schemas, ids, speakers, every quote in its
 * document) before {@link org.stancegraph.claims.ClaimLoader} loads it. The export's derived edges are not read:
 * the loader derives them again from the claims.
 * <p>
 * Problems name the generated file inside the export, e.g. {@code export.json!/claims/<source>.yaml}, with the
 * field path of the claim file format.
 */
public final class ExportReader {

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private ExportReader() {
	}

	/** The export, validated: throws {@link InvalidClaimFilesException} with every problem found. */
	public static ClaimSet read(InputStream export, String name) {
		return new ClaimValidator().validate(toDataset(export, name));
	}

	/** The export as the dataset files it stands for, not yet validated. */
	public static Dataset toDataset(InputStream export, String name) {
		JsonNode root;
		try {
			root = JSON.readTree(export);
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : Math.max(ex.getLocation().getLineNr(), 0);
			throw problem(name, line, "", "not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw problem(name, 0, "", "not a Stancegraph export: the file holds no JSON object");
		}
		if (!JsonExport.FORMAT.equals(root.path("format").asString(null))) {
			throw problem(name, 0, "format", "not a Stancegraph export: expected \"format\": \"" + JsonExport.FORMAT + "\"");
		}
		JsonNode version = root.path("version");
		if (!version.isIntegralNumber() || version.asInt() != JsonExport.VERSION) {
			throw problem(name, 0, "version", "export version " + (version.isMissingNode() ? "(none)" : version) + " cannot be read; this Stancegraph reads version "
					+ JsonExport.VERSION);
		}

		List<Problem> problems = new ArrayList<>();
		String base = name + "!/";

		ObjectNode entityFile = JSON.createObjectNode();
		entityFile.set("entities", array(root, "entities", name, problems));
		RawFile entities = file(base + "entities.yaml", entityFile);

		List<RawFile> documents = new ArrayList<>();
		List<RawFile> texts = new ArrayList<>();
		ArrayNode documentList = array(root, "documents", name, problems);
		for (int i = 0; i < documentList.size(); i++) {
			JsonNode document = documentList.get(i);
			String id = document.path("id").asString(null);
			if (!document.isObject() || id == null || id.isBlank()) {
				problems.add(new Problem(name, 0, "documents[" + i + "].id", "a document needs an id"));
				continue;
			}
			ObjectNode metadata = (ObjectNode) document.deepCopy();
			JsonNode text = metadata.remove("text");
			documents.add(file(base + "documents/" + id + ".yaml", metadata));
			if (text != null && text.isString()) {
				texts.add(new RawFile(base + "documents/" + id + ".txt", text.asString().getBytes(StandardCharsets.UTF_8)));
			}
		}

		// a claim file per source: its claims and the vote tallies it states, the source lifted out of each
		Map<String, ObjectNode> claimFiles = new LinkedHashMap<>();
		group(array(root, "claims", name, problems), "claims", claimFiles, name, problems);
		group(array(root, "votes", name, problems), "votes", claimFiles, name, problems);

		if (!problems.isEmpty()) {
			throw new InvalidClaimFilesException(problems);
		}
		List<RawFile> claims = claimFiles.entrySet().stream()
			.map(e -> file(base + "claims/" + e.getKey() + ".yaml", e.getValue()))
			.toList();
		return new Dataset(name, entities, documents, texts, claims, true);
	}

	private static void group(ArrayNode items, String section, Map<String, ObjectNode> files, String name,
			List<Problem> problems) {
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			String source = item.path("source").asString(null);
			if (!item.isObject() || source == null || source.isBlank()) {
				problems.add(new Problem(name, 0, section + "[" + i + "].source", "needs the id of the source document it comes from"));
				continue;
			}
			ObjectNode copy = (ObjectNode) item.deepCopy();
			copy.remove("source");
			ObjectNode file = files.computeIfAbsent(source, s -> {
				ObjectNode f = JSON.createObjectNode();
				f.put("source", s);
				return f;
			});
			ArrayNode list = (ArrayNode) file.get(section);
			if (list == null) {
				list = JSON.createArrayNode();
				file.set(section, list);
			}
			list.add(copy);
		}
	}

	private static ArrayNode array(JsonNode root, String field, String name, List<Problem> problems) {
		JsonNode value = root.get(field);
		if (value == null || value.isNull()) {
			return JSON.createArrayNode();
		}
		if (!value.isArray()) {
			problems.add(new Problem(name, 0, field, "must be a list"));
			return JSON.createArrayNode();
		}
		return (ArrayNode) value;
	}

	private static RawFile file(String name, JsonNode content) {
		return new RawFile(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
	}

	private static InvalidClaimFilesException problem(String file, int line, String field, String message) {
		return new InvalidClaimFilesException(List.of(new Problem(file, line, field, message)));
	}
}
