package org.stancegraph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stancegraph.graph.Relation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The cues of {@code extraction/cues.yaml}: stance and relation cues by relation and shape, titles of office,
 * attribution and condition cues. Read once and checked: an unknown relation or shape, an empty cue, or a cue under
 * two relations stops the app (or the command) at start with the file and the key that is wrong.
 */
final class CueLexicon {

	static final String LOCATION = "extraction/cues.yaml";

	/** How the holder and the target stand around a cue. */
	enum Shape {
		/** "holder cue target", the holder's own words or act: stated. */
		ACTS,
		/** "holder cue target", a characterisation: reported. */
		STATES,
		/** "target cue holder" ("backed by"). */
		PASSIVE,
		/** "target cue holder, holder and holder" ("a ceasefire between Israel and Hamas"). */
		BETWEEN
	}

	/** A cue: its words as the text's terms read, and what it proposes. */
	record Cue(String phrase, List<String> terms, Relation relation, Shape shape) {
	}

	/** A cue of attribution or condition: its words and its kind (speech, source, told; if, only-if, unless). */
	record Marker(String phrase, List<String> terms, String kind) {
	}

	private static final Set<String> ATTRIBUTION_KINDS = Set.of("speech", "source", "told");
	private static final Set<String> CONDITION_KINDS = Set.of("if", "only-if", "unless");

	private final List<Cue> cues;
	private final List<List<String>> titles;
	private final List<Marker> attribution;
	private final List<Marker> conditions;
	private final Set<String> bodies;
	private final List<List<String>> negations;
	private final Set<String> gatherings;
	private final Map<List<String>, String> paraphrases;

	private CueLexicon(List<Cue> cues, List<List<String>> titles, List<Marker> attribution, List<Marker> conditions,
			Set<String> bodies, List<List<String>> negations, Set<String> gatherings, Map<List<String>, String> paraphrases) {
		this.paraphrases = paraphrases;
		this.negations = negations;
		this.gatherings = gatherings;
		this.cues = cues;
		this.titles = titles;
		this.attribution = attribution;
		this.conditions = conditions;
		this.bodies = bodies;
	}

	private static final CueLexicon DEFAULT = load();

	/** The lexicon of the jar. */
	static CueLexicon standard() {
		return DEFAULT;
	}

	private static CueLexicon load() {
		try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is missing from the classpath");
			}
			return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A lexicon from the text of a cue file; IllegalStateException naming the key that is wrong. */
	static CueLexicon parse(String yaml) {
		ObjectMapper mapper = YAMLMapper.builder().build();
		JsonNode root = mapper.readTree(yaml);
		List<String> problems = new ArrayList<>();
		List<Cue> cues = new ArrayList<>();
		Map<List<String>, String> seen = new HashMap<>();
		JsonNode relations = root.path("relations");
		if (!relations.isObject() || relations.isEmpty()) {
			problems.add("relations: missing, or not a map of relation to cues");
		}
		relations.properties().forEach(entry -> {
			Relation relation;
			try {
				relation = Relation.valueOf(entry.getKey());
			}
			catch (IllegalArgumentException ex) {
				problems.add("relations." + entry.getKey() + ": not a relation (one of " + Relation.names() + ")");
				return;
			}
			entry.getValue().properties().forEach(shapes -> {
				Shape shape;
				try {
					shape = Shape.valueOf(shapes.getKey().toUpperCase(java.util.Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add("relations." + entry.getKey() + "." + shapes.getKey() + ": not a shape (acts, states, passive, between)");
					return;
				}
				String key = "relations." + entry.getKey() + "." + shapes.getKey();
				for (String phrase : phrases(key, shapes.getValue(), problems)) {
					List<String> terms = TextAnalysis.terms(phrase);
					String earlier = seen.putIfAbsent(terms, relation.name());
					if (earlier != null && !earlier.equals(relation.name())) {
						problems.add(key + ": '" + phrase + "' is a cue of " + earlier + " too");
					}
					cues.add(new Cue(phrase, terms, relation, shape));
				}
			});
		});
		List<List<String>> titles = phrases("titles", root.path("titles"), problems).stream().map(TextAnalysis::terms).toList();
		List<Marker> attribution = markers("attribution", root.path("attribution"), ATTRIBUTION_KINDS, problems);
		List<Marker> conditions = markers("conditions", root.path("conditions"), CONDITION_KINDS, problems);
		Set<String> bodies = words("bodies", root.path("bodies"), problems);
		List<List<String>> negations = phrases("negations", root.path("negations"), problems).stream().map(TextAnalysis::terms).toList();
		Set<String> gatherings = words("gatherings", root.path("gatherings"), problems);
		Map<List<String>, String> paraphrases = new LinkedHashMap<>();
		JsonNode said = root.path("paraphrases");
		if (!said.isObject() || said.isEmpty()) {
			problems.add("paraphrases: missing, or not a map of a word to the phrases that say it");
		}
		said.properties().forEach(e -> phrases("paraphrases." + e.getKey(), e.getValue(), problems)
			.forEach(phrase -> paraphrases.put(TextAnalysis.terms(phrase), e.getKey())));
		if (!problems.isEmpty()) {
			throw new IllegalStateException(LOCATION + ": " + String.join("; ", problems));
		}
		// longest first, so that "will not participate" is found before "participate"
		cues.sort(Comparator.comparingInt((Cue c) -> c.terms().size()).reversed());
		return new CueLexicon(List.copyOf(cues), titles, attribution, conditions, Set.copyOf(bodies), negations,
				Set.copyOf(gatherings), Map.copyOf(paraphrases));
	}

	private static List<Marker> markers(String key, JsonNode node, Set<String> kinds, List<String> problems) {
		List<Marker> markers = new ArrayList<>();
		if (!node.isObject()) {
			problems.add(key + ": missing, or not a map of kinds (" + kinds + ") to cues");
			return markers;
		}
		Map<String, JsonNode> byKind = new LinkedHashMap<>();
		node.properties().forEach(e -> byKind.put(e.getKey(), e.getValue()));
		byKind.forEach((kind, list) -> {
			if (!kinds.contains(kind)) {
				problems.add(key + "." + kind + ": not one of " + kinds);
				return;
			}
			for (String phrase : phrases(key + "." + kind, list, problems)) {
				markers.add(new Marker(phrase, TextAnalysis.terms(phrase), kind));
			}
		});
		markers.sort(Comparator.comparingInt((Marker m) -> m.terms().size()).reversed());
		return markers;
	}

	/** The words of a list's phrases, as terms: a set the text's words are looked up in. */
	private static Set<String> words(String key, JsonNode list, List<String> problems) {
		Set<String> words = new java.util.HashSet<>();
		phrases(key, list, problems).forEach(phrase -> words.addAll(TextAnalysis.terms(phrase)));
		return words;
	}

	private static List<String> phrases(String key, JsonNode list, List<String> problems) {
		List<String> phrases = new ArrayList<>();
		if (!list.isArray() || list.isEmpty()) {
			problems.add(key + ": missing, or not a list of cues");
			return phrases;
		}
		for (JsonNode item : list) {
			String phrase = item.isString() ? item.asString().strip() : "";
			if (phrase.isEmpty() || TextAnalysis.terms(phrase).isEmpty()) {
				problems.add(key + ": '" + item + "' is no cue (a word or phrase)");
			}
			else {
				phrases.add(phrase);
			}
		}
		return phrases;
	}

	/** Relation cues, longest first. */
	List<Cue> cues() {
		return cues;
	}

	/** Words of office, as terms. */
	List<List<String>> titles() {
		return titles;
	}

	List<Marker> attribution() {
		return attribution;
	}

	List<Marker> conditions() {
		return conditions;
	}

	/** Words that undo a cue they stand just before ("not", "relinquish"), as terms. */
	List<List<String>> negations() {
		return negations;
	}

	/** Words of an institution's name that make it a body whose members vote ("council"). */
	Set<String> bodies() {
		return bodies;
	}

	/** Phrases, as terms, that say what one word of a name says ("give up weapons": "disarm"). */
	Map<List<String>, String> paraphrases() {
		return paraphrases;
	}

	/** Words that say people met, as terms: a sentence with one may tell who took part in an event. */
	Set<String> gatherings() {
		return gatherings;
	}
}
