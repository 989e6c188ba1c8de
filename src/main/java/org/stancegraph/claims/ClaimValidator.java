package org.stancegraph.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * Checks a dataset without any database: each file against its JSON Schema ({@link FileSchemas}), then what a schema
 * cannot say ({@link DatasetChecks}): ids resolve, ids are unique across files, dates (of claims and of documents) are
 * real and not in the future, speakers speak for the holder, and every quote occurs verbatim (whitespace-normalised) in
 * its document. Collects every problem, each with file, line and field, rather than stopping at the first.
 */
public final class ClaimValidator {

	private final FileSchemas schemas = new FileSchemas();
	private final LocalDate today;
	private final DatasetChecks checks;

	public ClaimValidator() {
		this(LocalDate.now());
	}

	/** @param today claims dated after it are rejected (a claim cannot be said in the future) */
	public ClaimValidator(LocalDate today) {
		this.today = today;
		this.checks = new DatasetChecks(today);
	}

	/** The validated claim set; throws {@link InvalidClaimFilesException} with every problem found. */
	public ClaimSet validate(Dataset dataset) {
		List<Problem> problems = new ArrayList<>();

		Map<String, Located<EntityDefinition>> entities = readEntities(dataset, problems);
		Map<String, SourceDocument> documents = readDocuments(dataset, entities, problems);
		List<Located<ClaimDefinition>> claims = new ArrayList<>();
		List<Located<VoteRecord>> votes = new ArrayList<>();
		for (RawFile file : dataset.claimFiles()) {
			LocatedYaml yaml = schemas.claimFile(file, problems);
			if (yaml != null) {
				claims.addAll(readClaims(yaml, documents, problems));
				votes.addAll(readVotes(yaml, documents, problems));
			}
		}
		// checks across all claims only make sense when every file could be read; else they would only echo that
		boolean allRead = problems.isEmpty();
		// without a readable entity file every id would be "unknown": one problem, not one per reference
		if (entities != null) {
			checks.checkReferences(entities, documents, claims, problems);
			checks.checkVotes(entities, documents, votes, claims, problems);
		}
		if (dataset.wholeDataset() && allRead) {
			DatasetChecks.checkSpeakersBacked(entities, claims, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidClaimFilesException(problems);
		}
		return new ClaimSet(List.copyOf(documents.values()), entities.values().stream().map(Located::value).toList(),
				claims.stream().map(Located::value).toList(), votes.stream().map(Located::value).toList());
	}

	/** The entities by id, or null when the entity file is missing or not readable (the problem is reported). */
	private Map<String, Located<EntityDefinition>> readEntities(Dataset dataset, List<Problem> problems) {
		Map<String, Located<EntityDefinition>> entities = new LinkedHashMap<>();
		if (dataset.entities() == null) {
			problems.add(new Problem(dataset.root() + "/" + DatasetFiles.ENTITIES, 0, "", "missing: a dataset needs an entity file"));
			return null;
		}
		LocatedYaml yaml = schemas.entityFile(dataset.entities(), problems);
		if (yaml == null) {
			return null;
		}
		JsonNode list = yaml.root().get("entities");
		for (int i = 0; i < list.size(); i++) {
			JsonNode e = list.get(i);
			String pointer = "/entities/" + i;
			var entity = new EntityDefinition(text(e, "id"), text(e, "kind"), text(e, "name"), texts(e, "aliases"),
					text(e, "description"), text(e, "role"), texts(e, "speaksFor"), texts(e, "concerns"), text(e, "belongsTo"));
			var located = new Located<>(entity, yaml, pointer);
			var earlier = entities.putIfAbsent(entity.id(), located);
			if (earlier != null) {
				problems.add(located.problem("id", "duplicate entity id '" + entity.id() + "', first defined at " + earlier.where()));
			}
		}
		return entities;
	}

	private Map<String, SourceDocument> readDocuments(Dataset dataset, Map<String, Located<EntityDefinition>> entities,
			List<Problem> problems) {
		Map<String, RawFile> texts = new HashMap<>();
		for (RawFile text : dataset.texts()) {
			texts.put(text.baseName(), text);
		}
		Map<String, SourceDocument> documents = new LinkedHashMap<>();
		for (RawFile file : dataset.documents()) {
			LocatedYaml yaml = schemas.document(file, problems);
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
			if (published != null && published.isAfter(today)) {
				problems.add(yaml.problemAt("/published", "published " + published + " is in the future"));
			}
			String outlet = text(d, "outlet");
			if (outlet != null && entities != null && !entities.containsKey(outlet)) {
				problems.add(yaml.problemAt("/outlet", "unknown entity '" + outlet + "' (the outlet is an entity of the entity file)"));
			}
			documents.put(id, new SourceDocument(id, text(d, "title"), text(d, "publisher"), published,
					text(d, "publishedBasis"), texts(d, "authors"), text(d, "corpusFile"), text, outlet, text(d, "url")));
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
			SourceDocument document = documents.get(source);
			String when = text(c, "date");
			LocalDate date = date(yaml, pointer + "/date", when, problems);
			var qualifiers = new Qualifiers(precision(when), reported(yaml, pointer, c, document, problems), quantity(c.get("quantity")),
					period(c.get("period")), c.has("condition") ? textOr(c, "conditionKind", "if") : text(c, "conditionKind"),
					text(c, "conditionOn"), text(c, "addressee"));
			var claim = new ClaimDefinition(text(c, "id"), source, text(c, "holder"), Relation.valueOf(text(c, "relation")),
					text(c, "target"), date, text(c, "speaker"), attribution(c, document), text(c, "condition"),
					text(c, "detail"), text(c, "regarding"), date(yaml, pointer + "/validFrom", text(c, "validFrom"), problems),
					date(yaml, pointer + "/validUntil", text(c, "validUntil"), problems), text(c, "vote"),
					text(c, "urging") == null ? null : Relation.valueOf(text(c, "urging")), List.copyOf(evidence), file.name(),
					qualifiers);
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

	/**
	 * Who says it and how sure: the file's certainty, else {@link Certainty#DEFAULT}; its claimant, else the speaker,
	 * else the holder when it is the holder's own statement, else the document's outlet; its chain, {@code via} or the
	 * older {@code reportedBy}.
	 */
	private static Attribution attribution(JsonNode c, SourceDocument document) {
		String word = text(c, "certainty");
		Certainty certainty = ClaimDefaults.certainty(word);
		String claimant = text(c, "claimant");
		if (claimant == null) {
			claimant = ClaimDefaults.claimant(text(c, "speaker"), certainty, text(c, "holder"), document.outlet());
		}
		List<String> via = c.has("via") ? texts(c, "via") : text(c, "reportedBy") == null ? List.of() : List.of(text(c, "reportedBy"));
		return new Attribution(certainty, word != null, text(c, "certaintyBasis"), claimant, via, HedgeCues.in(text(c, "quote")));
	}

	/** The precision of a date as the file writes it: 2025-10-01 day, 2025-10 month, 2025 year. */
	private static String precision(String when) {
		if (when == null) {
			return null;
		}
		return switch (when.length()) {
			case 4 -> "year";
			case 7 -> "month";
			default -> Qualifiers.DAY;
		};
	}

	private LocalDate reported(LocatedYaml yaml, String pointer, JsonNode c, SourceDocument document, List<Problem> problems) {
		String reported = text(c, "reported");
		return reported == null ? ClaimDefaults.reported(document.published()) : date(yaml, pointer + "/reported", reported, problems);
	}

	private static Qualifiers.Quantity quantity(JsonNode q) {
		if (q == null) {
			return null;
		}
		JsonNode value = q.get("value");
		Number number = value.isIntegralNumber() ? (Number) value.asLong() : (Number) value.asDouble();
		return new Qualifiers.Quantity(number, text(q, "unit"), q.path("approximate").asBoolean(ClaimDefaults.FLAG),
				textOr(q, "bound", ClaimDefaults.BOUND));
	}

	private static Qualifiers.Period period(JsonNode p) {
		return p == null ? null : new Qualifiers.Period(text(p, "duration"), p.path("extendable").asBoolean(ClaimDefaults.FLAG),
				p.path("minimum").asBoolean(ClaimDefaults.FLAG));
	}

	private LocalDate date(LocatedYaml yaml, String pointer, String value, List<Problem> problems) {
		if (value == null) {
			return null;
		}
		try {
			// a month or a year stands for its first day; the claim's precision says which it was
			return LocalDate.parse(switch (value.length()) {
				case 4 -> value + "-01-01";
				case 7 -> value + "-01";
				default -> value;
			});
		}
		catch (DateTimeException ex) {
			problems.add(yaml.problemAt(pointer, "'" + value + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
			return null;
		}
	}


	private static String textOr(JsonNode node, String field, String otherwise) {
		String text = text(node, field);
		return text == null ? otherwise : text;
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
}
