package org.stancegraph.claims;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML (or JSON, which is YAML) file parsed into a tree that remembers the line of every value, so that
 * schema and semantic errors can name file, line and field.
 */
final class LocatedYaml {

	/** The YAML reader's own default stops at 3 Mi code points: an entity file of a large dataset is bigger. */
	static final int MAX_CODE_POINTS = 512 * 1024 * 1024;

	private static final YAMLMapper YAML = YAMLMapper
			.builder(YAMLFactory.builder()
				.loadSettings(LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS).build())
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();

	private final RawFile file;
	private final JsonNode root;
	private final Map<String, Integer> lines;

	private LocatedYaml(RawFile file, JsonNode root, Map<String, Integer> lines) {
		this.file = file;
		this.root = root;
		this.lines = lines;
	}

	/** Parses the file, or throws {@link InvalidClaimFilesException} saying where it is not valid YAML. */
	static LocatedYaml parse(RawFile file) {
		String text = decodeUtf8(file);
		if (text.isBlank()) {
			throw problem(file, 0, "the file is empty");
		}
		rejectControlCharacters(file, text);
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = YAML.createParser(text)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw problem(file, 0, "the file holds no YAML document");
			}
			JsonNode root = read(parser, "", lines);
			// a second document ('---') would otherwise be dropped without a word
			if (parser.nextToken() != null) {
				throw problem(file, parser.currentTokenLocation().getLineNr(),
						"a second YAML document starts here: a file holds one document (remove the '---' or split the file)");
			}
			return new LocatedYaml(file, root, lines);
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			throw problem(file, Math.max(line, 0), "not valid YAML: " + ex.getOriginalMessage());
		}
	}

	/**
	 * YAML allows no control characters but tab and line breaks; the parser would reject them with no line, so they
	 * are found here first.
	 */
	private static void rejectControlCharacters(RawFile file, String text) {
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85)
					|| c == 0xFFFE || c == 0xFFFF) {
				throw problem(file, line, "control character U+%04X is not allowed in YAML".formatted((int) c));
			}
		}
	}

	static String decodeUtf8(RawFile file) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = decoder.decode(ByteBuffer.wrap(file.content())).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int line = 1 + lineOfFirstBadByte(file.content());
			throw problem(file, line, "not UTF-8 text (save the file as UTF-8)");
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int newlines = 0;
		for (int end = 1; end <= bytes.length; end++) {
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, 0, end));
			}
			catch (CharacterCodingException ex) {
				// an incomplete multi-byte sequence at the end is not yet an error; a complete bad one is
				if (end == bytes.length || (bytes[end] & 0xC0) != 0x80) {
					return newlines;
				}
			}
			if (bytes[end - 1] == '\n') {
				newlines++;
			}
		}
		return newlines;
	}

	private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines) {
		lines.put(pointer, parser.currentTokenLocation().getLineNr());
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return switch (parser.currentToken()) {
			case START_OBJECT -> {
				ObjectNode object = nodes.objectNode();
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
					lines.put(child, parser.currentTokenLocation().getLineNr());
					parser.nextToken();
					object.set(name, read(parser, child, lines));
					lines.put(child, Math.min(lines.get(child), parser.currentTokenLocation().getLineNr()));
				}
				yield object;
			}
			case START_ARRAY -> {
				ArrayNode array = nodes.arrayNode();
				int index = 0;
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					array.add(read(parser, pointer + "/" + index++, lines));
				}
				yield array;
			}
			case VALUE_STRING -> nodes.stringNode(parser.getString());
			case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
			case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
			case VALUE_TRUE -> nodes.booleanNode(true);
			case VALUE_FALSE -> nodes.booleanNode(false);
			case VALUE_NULL -> nodes.nullNode();
			default -> nodes.stringNode(parser.getString());
		};
	}

	RawFile file() {
		return file;
	}

	JsonNode root() {
		return root;
	}

	/** The line of the value at this JSON pointer, or of its nearest located parent. */
	int line(String pointer) {
		String p = pointer;
		while (true) {
			Integer line = lines.get(p);
			if (line != null) {
				return line;
			}
			if (p.isEmpty()) {
				return 1;
			}
			p = p.substring(0, p.lastIndexOf('/'));
		}
	}

	Problem problemAt(String pointer, String message) {
		return new Problem(file.name(), line(pointer), field(pointer), message);
	}

	/** {@code /claims/3/quote} as {@code claims[3].quote}: how people read a field path. */
	static String field(String pointer) {
		StringBuilder field = new StringBuilder();
		for (String part : pointer.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			if (part.chars().allMatch(Character::isDigit)) {
				field.append('[').append(part).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
			}
		}
		return field.toString();
	}

	private static InvalidClaimFilesException problem(RawFile file, int line, String message) {
		return new InvalidClaimFilesException(java.util.List.of(new Problem(file.name(), line, "", message)));
	}
}
