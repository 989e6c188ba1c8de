package org.stancegraph.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * The first step of validation: each file parsed and checked against the JSON Schema of its kind (entity file,
 * document metadata, claim file). Every breach becomes a problem at the line of the value it is about.
 */
final class FileSchemas {

	private static final JsonMapper SCHEMA_READER = JsonMapper.builder().build();

	private final Schema entityFile = schema("schema/entity-file.schema.json", Map.of("/$defs/kind", EntityKind.names()));
	private final Schema document = schema("schema/document.schema.json", Map.of());
	private final Schema claimFile = schema("schema/claim-file.schema.json", Map.of("/$defs/relation", Relation.names(), "/$defs/certainty", Certainty.words()));

	/** The entity file parsed, or null when it does not parse or breaks its schema (the problems are added). */
	LocatedYaml entityFile(RawFile file, List<Problem> problems) {
		return parseAndCheck(file, entityFile, problems);
	}

	/** A document's metadata parsed, or null when it does not parse or breaks its schema (the problems are added). */
	LocatedYaml document(RawFile file, List<Problem> problems) {
		return parseAndCheck(file, document, problems);
	}

	/** A claim file parsed, or null when it does not parse or breaks its schema (the problems are added). */
	LocatedYaml claimFile(RawFile file, List<Problem> problems) {
		return parseAndCheck(file, claimFile, problems);
	}

	private static LocatedYaml parseAndCheck(RawFile file, Schema schema, List<Problem> problems) {
		LocatedYaml yaml;
		try {
			yaml = LocatedYaml.parse(file);
		}
		catch (InvalidClaimFilesException ex) {
			problems.addAll(ex.problems());
			return null;
		}
		List<Error> errors = schema.validate(yaml.root());
		for (Error error : errors) {
			String pointer = pointer(error);
			if (error.getProperty() != null && ("required".equals(error.getKeyword())
					|| "additionalProperties".equals(error.getKeyword()))) {
				pointer = pointer + "/" + error.getProperty();
			}
			problems.add(yaml.problemAt(pointer, message(error)));
		}
		return errors.isEmpty() ? yaml : null;
	}

	private static String pointer(Error error) {
		var path = error.getInstanceLocation();
		StringBuilder pointer = new StringBuilder();
		for (int i = 0; i < path.getNameCount(); i++) {
			pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
		}
		return pointer.toString();
	}

	/** The validator's message without its own path prefix, which the problem already carries as the field. */
	private static String message(Error error) {
		String message = error.getMessage();
		String location = error.getInstanceLocation().toString();
		if (message.startsWith(location + ": ")) {
			message = message.substring(location.length() + 2);
		}
		if ("enum".equals(error.getKeyword()) && error.getInstanceNode() != null) {
			message = "'" + error.getInstanceNode().asString() + "' " + message;
		}
		if ("pattern".equals(error.getKeyword()) && error.getInstanceNode() != null) {
			message = "'" + error.getInstanceNode().asString() + "' " + message;
		}
		return message;
	}

	/**
	 * A schema of the classpath with the closed lists of the graph's vocabulary put in as enums (at each JSON pointer
	 * of {@code enums}): the lists live in {@link Relation} and {@link EntityKind} alone.
	 */
	private static Schema schema(String resource, Map<String, List<String>> enums) {
		try (InputStream in = FileSchemas.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("JSON Schema " + resource + " is missing from the classpath");
			}
			JsonNode schema = SCHEMA_READER.readTree(in);
			enums.forEach((pointer, names) -> {
				if (!(schema.at(pointer) instanceof ObjectNode place)) {
					throw new IllegalStateException("JSON Schema " + resource + " has no " + pointer + " to put its enum in");
				}
				ArrayNode values = place.putArray("enum");
				names.forEach(values::add);
			});
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
