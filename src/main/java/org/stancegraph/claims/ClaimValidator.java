package org.stancegraph.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.stancegraph.graph.EntityKind;
import org.stancegraph.graph.Relation;

/**
 * Checks a dataset without any database: each file against its JSON Schema, then what a schema cannot say:
 * ids resolve, ids are unique across files, dates are real and not in the future, speakers speak for the
 * holder, and every quote occurs verbatim (whitespace-normalised) in its document. Collects every problem,
 * each with file, line and field, rather than stopping at the first.
 */
public final class ClaimValidator {

	private static final JsonMapper SCHEMA_READER = JsonMapper.builder().build();

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private final Schema entitySchema = schema("schema/entity-file.schema.json", Map.of("/$defs/kind", EntityKind.names()));
	private final Schema documentSchema = schema("schema/document.schema.json", Map.of());
	private final Schema claimSchema = schema("schema/claim-file.schema.json", Map.of("/$defs/relation", Relation.names()));
	private final LocalDate today;

	public ClaimValidator() {
		this(LocalDate.now());
	}

	/** @param today claims dated after it are rejected (a claim cannot be said in the future) */
	public ClaimValidator(LocalDate today) {
		this.today = today;
	}

	/** The validated claim set; throws {@link InvalidClaimFilesException} with every problem found. */
	public ClaimSet validate(Dataset dataset) {
		List<Problem> problems = new ArrayList<>();

		Map<String, Located<EntityDefinition>> entities = readEntities(dataset, problems);
		Map<String, SourceDocument> documents = readDocuments(dataset, problems);
		List<Located<ClaimDefinition>> claims = new ArrayList<>();
		List<Located<VoteRecord>> votes = new ArrayList<>();
		for (RawFile file : dataset.claimFiles()) {
			LocatedYaml yaml = parseAndCheck(file, claimSchema, problems);
			if (yaml != null) {
				claims.addAll(readClaims(yaml, documents, problems));
				votes.addAll(readVotes(yaml, documents, problems));
			}
		}
		// checks across all claims only make sense when every file could be read; else they would only echo that
		boolean allRead = problems.isEmpty();
		// without a readable entity file every id would be "unknown": one problem, not one per reference
		if (entities != null) {
			checkReferences(entities, documents, claims, problems);
			checkVotes(entities, documents, votes, claims, problems);
		}
		if (dataset.wholeDataset() && allRead) {
			checkSpeakersBacked(entities, claims, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidClaimFilesException(problems);
		}
		return new ClaimSet(List.copyOf(documents.values()), entities.values().stream().map(Located::value).toList(),
				claims.stream().map(Located::value).toList(), votes.stream().map(Located::value).toList());
	}

	/** A parsed value with the place it came from, for messages. */
	private record Located<T>(T value, LocatedYaml yaml, String pointer) {
		Problem problem(String field, String message) {
			return yaml.problemAt(pointer + (field.isEmpty() ? "" : "/" + field), message);
		}

		String where() {
			return yaml.file().name() + ":" + yaml.line(pointer);
		}
	}

	/** The entities by id, or null when the entity file is missing or not readable (the problem is reported). */
	private Map<String, Located<EntityDefinition>> readEntities(Dataset dataset, List<Problem> problems) {
		Map<String, Located<EntityDefinition>> entities = new LinkedHashMap<>();
		if (dataset.entities() == null) {
			problems.add(new Problem(dataset.root() + "/" + DatasetFiles.ENTITIES, 0, "", "missing: a dataset needs an entity file"));
			return null;
		}
		LocatedYaml yaml = parseAndCheck(dataset.entities(), entitySchema, problems);
		if (yaml == null) {
			return null;
		}
		JsonNode list = yaml.root().get("entities");
		for (int i = 0; i < list.size(); i++) {
			JsonNode e = list.get(i);
			String pointer = "/entities/" + i;
			var entity = new EntityDefinition(text(e, "id"), text(e, "kind"), text(e, "name"), texts(e, "aliases"),
					text(e, "description"), text(e, "role"), texts(e, "speaksFor"), texts(e, "concerns"));
			var located = new Located<>(entity, yaml, pointer);
			var earlier = entities.putIfAbsent(entity.id(), located);
			if (earlier != null) {
				problems.add(located.problem("id", "duplicate entity id '" + entity.id() + "', first defined at " + earlier.where()));
			}
		}
		return entities;
	}

	private Map<String, SourceDocument> readDocuments(Dataset dataset, List<Problem> problems) {
		Map<String, RawFile> texts = new HashMap<>();
		for (RawFile text : dataset.texts()) {
			texts.put(text.baseName(), text);
		}
		Map<String, SourceDocument> documents = new LinkedHashMap<>();
		for (RawFile file : dataset.documents()) {
			LocatedYaml yaml = parseAndCheck(file, documentSchema, problems);
			if (yaml == null) {
				continue;
			}
			JsonNode d = yaml.root();
			String id = text(d, "id");
			if (!id.equals(file.baseName())) {
				problems.add(yaml.problemAt("/id", "document id '" + id + "' differs from its file name '" + file.baseName() + "'"));
				continue;
			}
			RawFile textFile = texts.get(id);
			if (textFile == null) {
				problems.add(yaml.problemAt("/id", "no text file " + id + ".txt beside the metadata"));
				continue;
			}
			String text;
			try {
				text = LocatedYaml.decodeUtf8(textFile);
			}
			catch (InvalidClaimFilesException ex) {
				problems.addAll(ex.problems());
				continue;
			}
			LocalDate published = date(yaml, "/published", text(d, "published"), problems);
			documents.put(id, new SourceDocument(id, text(d, "title"), text(d, "publisher"), published,
					text(d, "publishedBasis"), texts(d, "authors"), text(d, "corpusFile"), text));
		}
		return documents;
	}

	private List<Located<ClaimDefinition>> readClaims(LocatedYaml yaml, Map<String, SourceDocument> documents, List<Problem> problems) {
		RawFile file = yaml.file();
		String source = text(yaml.root(), "source");
		if (!documents.containsKey(source)) {
			problems.add(yaml.problemAt("/source", "unknown source document '" + source + "' (known: " + documents.keySet() + ")"));
			return List.of();
		}
		List<Located<ClaimDefinition>> claims = new ArrayList<>();
		JsonNode list = yaml.root().path("claims");
		for (int i = 0; i < list.size(); i++) {
			JsonNode c = list.get(i);
			String pointer = "/claims/" + i;
			List<Evidence> evidence = new ArrayList<>();
			evidence.add(new Evidence(source, text(c, "quote")));
			JsonNode also = c.get("alsoIn");
			if (also != null) {
				for (JsonNode e : also) {
					evidence.add(new Evidence(text(e, "source"), text(e, "quote")));
				}
			}
			var claim = new ClaimDefinition(text(c, "id"), source, text(c, "holder"), Relation.valueOf(text(c, "relation")),
					text(c, "target"), date(yaml, pointer + "/date", text(c, "date"), problems), text(c, "speaker"),
					text(c, "reportedBy"), text(c, "condition"), text(c, "detail"), text(c, "regarding"),
					date(yaml, pointer + "/validFrom", text(c, "validFrom"), problems),
					date(yaml, pointer + "/validUntil", text(c, "validUntil"), problems), text(c, "vote"),
					text(c, "urging") == null ? null : Relation.valueOf(text(c, "urging")), List.copyOf(evidence), file.name());
			claims.add(new Located<>(claim, yaml, pointer));
		}
		return claims;
	}

	/** The file's tallies; its unknown source is reported once, by readClaims. */
	private List<Located<VoteRecord>> readVotes(LocatedYaml yaml, Map<String, SourceDocument> documents, List<Problem> problems) {
		JsonNode list = yaml.root().get("votes");
		String source = text(yaml.root(), "source");
		if (list == null || !documents.containsKey(source)) {
			return List.of();
		}
		RawFile file = yaml.file();
		List<Located<VoteRecord>> votes = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode v = list.get(i);
			String pointer = "/votes/" + i;
			votes.add(new Located<>(new VoteRecord(text(v, "id"), source, text(v, "instrument"), text(v, "body"),
					date(yaml, pointer + "/date", text(v, "date"), problems), v.get("for").asInt(), v.get("against").asInt(),
					v.get("abstain").asInt(), text(v, "quote"), file.name()), yaml, pointer));
		}
		return votes;
	}

	private void checkReferences(Map<String, Located<EntityDefinition>> entities, Map<String, SourceDocument> documents,
			List<Located<ClaimDefinition>> claims, List<Problem> problems) {
		for (var located : entities.values()) {
			EntityDefinition entity = located.value();
			for (int i = 0; i < entity.speaksFor().size(); i++) {
				String actor = entity.speaksFor().get(i);
				if (!entities.containsKey(actor)) {
					problems.add(located.problem("speaksFor/" + i, "unknown entity '" + actor + "'"));
				}
				else if (!"Person".equals(entity.kind())) {
					problems.add(located.problem("speaksFor", "only a Person speaks for an actor; '" + entity.id() + "' is a " + entity.kind()));
				}
			}
		}
		for (var located : entities.values()) {
			List<String> concerns = located.value().concerns();
			for (int i = 0; i < concerns.size(); i++) {
				if (!entities.containsKey(concerns.get(i))) {
					problems.add(located.problem("concerns/" + i, "unknown entity '" + concerns.get(i) + "'"));
				}
			}
		}
		Map<String, Located<ClaimDefinition>> seen = new HashMap<>();
		// each document's text normalised once, not once per quote checked against it
		Map<String, String> normalizedTexts = new HashMap<>();
		for (var located : claims) {
			ClaimDefinition claim = located.value();
			var earlier = seen.putIfAbsent(claim.id(), located);
			if (earlier != null) {
				problems.add(located.problem("id", "duplicate claim id '" + claim.id() + "', first defined at " + earlier.where()));
			}
			requireEntity(entities, located, "holder", claim.holder(), problems);
			requireEntity(entities, located, "target", claim.target(), problems);
			requireEntity(entities, located, "reportedBy", claim.reportedBy(), problems);
			requireEntity(entities, located, "regarding", claim.regarding(), problems);
			if (claim.holder().equals(claim.target())) {
				problems.add(located.problem("target", "holder and target are both '" + claim.holder() + "'"));
			}
			if (claim.speaker() != null && requireEntity(entities, located, "speaker", claim.speaker(), problems)) {
				EntityDefinition speaker = entities.get(claim.speaker()).value();
				if (!speaker.speaksFor().contains(claim.holder())) {
					problems.add(located.problem("speaker", "'" + claim.speaker() + "' does not speak for the holder '"
							+ claim.holder() + "' (its speaksFor: " + speaker.speaksFor() + " in the entity file)"));
				}
			}
			if (claim.relation() == Relation.SPEAKS_FOR && entities.containsKey(claim.holder())
					&& !"Person".equals(entities.get(claim.holder()).value().kind())) {
				problems.add(located.problem("holder", "SPEAKS_FOR needs a Person as holder; '" + claim.holder() + "' is a "
						+ entities.get(claim.holder()).value().kind()));
			}
			checkDates(located, problems);
			checkVoteAndUrging(located, problems);
			for (int i = 0; i < claim.evidence().size(); i++) {
				Evidence evidence = claim.evidence().get(i);
				String field = i == 0 ? "quote" : "alsoIn/" + (i - 1) + "/quote";
				SourceDocument document = documents.get(evidence.source());
				if (document == null) {
					problems.add(located.problem("alsoIn/" + (i - 1) + "/source", "unknown source document '" + evidence.source() + "'"));
				}
				else if (!normalizedTexts.computeIfAbsent(document.id(), id -> normalize(document.text())).contains(normalize(evidence.quote()))) {
					problems.add(located.problem(field, "quote does not occur in the text of '" + document.id() + "': \""
							+ abbreviate(evidence.quote()) + "\""));
				}
			}
		}
	}

	private static final Map<String, Relation> VOTE_RELATIONS = Map.of("for", Relation.SUPPORTS, "against", Relation.OPPOSES,
			"abstain", Relation.ABSTAINED);

	private static void checkVoteAndUrging(Located<ClaimDefinition> located, List<Problem> problems) {
		ClaimDefinition claim = located.value();
		if (claim.vote() != null && VOTE_RELATIONS.get(claim.vote()) != claim.relation()) {
			problems.add(located.problem("vote", "a vote '" + claim.vote() + "' is stated with relation "
					+ VOTE_RELATIONS.get(claim.vote()) + ", not " + claim.relation()));
		}
		if (claim.urging() != null && (claim.relation() != Relation.URGES || claim.regarding() == null)) {
			problems.add(located.problem("urging", "urging goes with relation URGES and a 'regarding' entity"));
		}
	}

	/** A tally names a known instrument and body, adds up, agrees with the votes its file names, and is quoted. */
	private void checkVotes(Map<String, Located<EntityDefinition>> entities, Map<String, SourceDocument> documents,
			List<Located<VoteRecord>> votes, List<Located<ClaimDefinition>> claims, List<Problem> problems) {
		Set<String> ids = new HashSet<>();
		claims.forEach(c -> ids.add(c.value().id()));
		for (var located : votes) {
			VoteRecord vote = located.value();
			if (!ids.add(vote.id())) {
				problems.add(located.problem("id", "duplicate id '" + vote.id() + "' (claim and vote ids share one namespace)"));
			}
			for (String field : List.of("instrument", "body")) {
				String id = field.equals("instrument") ? vote.instrument() : vote.body();
				if (!entities.containsKey(id)) {
					problems.add(located.problem(field, "unknown entity '" + id + "'"));
				}
			}
			if (vote.date() != null && vote.date().isAfter(today)) {
				problems.add(located.problem("date", "date " + vote.date() + " is in the future"));
			}
			if (!normalize(documents.get(vote.source()).text()).contains(normalize(vote.quote()))) {
				problems.add(located.problem("quote", "quote does not occur in the text of '" + vote.source() + "': \""
						+ abbreviate(vote.quote()) + "\""));
			}
			for (String side : VOTE_RELATIONS.keySet()) {
				long named = claims.stream().map(Located::value)
					.filter(c -> side.equals(c.vote()) && c.target().equals(vote.instrument()) && c.source().equals(vote.source()))
					.map(ClaimDefinition::holder).distinct().count();
				int stated = switch (side) {
					case "for" -> vote.votesFor();
					case "against" -> vote.against();
					default -> vote.abstain();
				};
				if (named > stated) {
					problems.add(located.problem(side, "the same document names " + named + " '" + side + "' votes but the tally says " + stated));
				}
			}
		}
	}

	private void checkDates(Located<ClaimDefinition> located, List<Problem> problems) {
		ClaimDefinition claim = located.value();
		if (claim.date() != null && claim.date().isAfter(today)) {
			problems.add(located.problem("date", "date " + claim.date() + " is in the future"));
		}
		if (claim.validFrom() != null && claim.validUntil() != null && claim.validFrom().isAfter(claim.validUntil())) {
			problems.add(located.problem("validUntil", "validUntil " + claim.validUntil() + " is before validFrom " + claim.validFrom()));
		}
	}

	/** Every speaksFor in the entity file is backed by a SPEAKS_FOR claim with a quote. */
	private static void checkSpeakersBacked(Map<String, Located<EntityDefinition>> entities, List<Located<ClaimDefinition>> claims,
			List<Problem> problems) {
		Set<String> backed = new HashSet<>();
		for (var claim : claims) {
			if (claim.value().relation() == Relation.SPEAKS_FOR) {
				backed.add(claim.value().holder() + ">" + claim.value().target());
			}
		}
		for (var located : entities.values()) {
			List<String> speaksFor = located.value().speaksFor();
			for (int i = 0; i < speaksFor.size(); i++) {
				if (!backed.contains(located.value().id() + ">" + speaksFor.get(i))) {
					problems.add(located.problem("speaksFor/" + i, "'" + located.value().id() + "' speaks for '" + speaksFor.get(i)
							+ "' but no SPEAKS_FOR claim states it with a quote"));
				}
			}
		}
	}

	private static boolean requireEntity(Map<String, Located<EntityDefinition>> entities, Located<ClaimDefinition> claim,
			String field, String id, List<Problem> problems) {
		if (id == null) {
			return false;
		}
		if (!entities.containsKey(id)) {
			problems.add(claim.problem(field, "unknown entity '" + id + "'"));
			return false;
		}
		return true;
	}

	private LocatedYaml parseAndCheck(RawFile file, Schema schema, List<Problem> problems) {
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

	private LocalDate date(LocatedYaml yaml, String pointer, String value, List<Problem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			problems.add(yaml.problemAt(pointer, "'" + value + "' is not a date (YYYY-MM-DD)"));
			return null;
		}
	}

	static String normalize(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static List<String> texts(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		value.forEach(v -> texts.add(v.asString()));
		return List.copyOf(texts);
	}

	/**
	 * A schema of the classpath with the closed lists of the graph's vocabulary put in as enums (at each JSON pointer
	 * of {@code enums}): the lists live in {@link Relation} and {@link EntityKind} alone.
	 */
	private static Schema schema(String resource, Map<String, List<String>> enums) {
		try (InputStream in = ClaimValidator.class.getClassLoader().getResourceAsStream(resource)) {
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
