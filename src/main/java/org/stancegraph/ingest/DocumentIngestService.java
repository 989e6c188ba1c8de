package org.stancegraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.EntityDefinition;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.LoadReport;
import org.stancegraph.claims.NewDocument;
import org.stancegraph.claims.Problem;
import org.stancegraph.claims.RawFile;
import org.stancegraph.claims.SourceDocument;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A new document over HTTP, with the new entities and the claims it states: checked as {@link NewDocument} says (its
 * text, its metadata, a new id and a new text), then validated together with the graph's entities and documents by
 * {@link ClaimValidator}, as {@code load} validates files (schemas, ids, speakers, every quote in the text), and loaded
 * all or nothing in one transaction. Every problem is named by its field in the request ({@code claims[3].quote}).
 */
@Service
public class DocumentIngestService {

	/** The fields a request may have: the document's metadata, its text, and what it adds. */
	static final Set<String> FIELDS = Set.of("id", "title", "publisher", "published", "publishedBasis", "authors", "url",
			"outlet", "corpusFile", "text", "textBase64", "entities", "claims", "votes");

	// the request written out as dataset files; a problem with one of them is a problem with a field of the request
	private static final String ENTITY_FILE = "request/entities.yaml";
	private static final String CLAIM_FILE = "request/claims.yaml";
	private static final String DOCUMENTS = "request/documents/";
	private static final Pattern ENTITY_INDEX = Pattern.compile("^entities\\[(\\d+)]");

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private final GraphDataset graph;
	private final ClaimLoader loader;

	DocumentIngestService(GraphDataset graph, ClaimLoader loader) {
		this.graph = graph;
		this.loader = loader;
	}

	/**
	 * Validates the request and, unless {@code dryRun}, loads it; throws {@link DocumentRejectedException} with every
	 * problem, writing nothing. One write transaction: the checks see the graph the document is written into, and
	 * a load that commits meanwhile is waited for ({@link ClaimLoader#takeTurn}).
	 */
	@Transactional
	public DocumentReport save(byte[] body, boolean dryRun) {
		long started = System.nanoTime();
		ObjectNode request = parse(body);
		List<Problem> problems = new ArrayList<>();
		request.propertyNames().stream().filter(f -> !FIELDS.contains(f))
			.forEach(f -> problems.add(problem(f, "unknown field (the fields are " + FIELDS.stream().sorted().toList() + ")")));
		String textField = request.has("textBase64") && !request.has("text") ? "textBase64" : "text";
		NewDocument document = new NewDocument(string(request, "id", problems), string(request, "title", problems),
				string(request, "publisher", problems), string(request, "published", problems),
				string(request, "publishedBasis", problems), strings(request, "authors", problems), string(request, "url", problems),
				string(request, "outlet", problems), string(request, "corpusFile", problems), text(request, problems));
		ArrayNode entities = array(request, "entities", problems);
		ArrayNode claims = array(request, "claims", problems);
		ArrayNode votes = array(request, "votes", problems);

		if (!dryRun) {
			loader.takeTurn();
		}
		NewDocument.Checked checked = document.check(places(textField), new NewDocument.Existing() {
			@Override
			public boolean hasDocument(String id) {
				return graph.hasDocument(id);
			}

			@Override
			public Optional<String> documentWithText(String contentHash, String text) {
				return graph.documentWithText(contentHash, text);
			}
		}, LocalDate.now());
		problems.addAll(checked.problems());
		List<Problem> conflicts = new ArrayList<>(checked.conflicts());

		List<String> newEntityIds = new ArrayList<>();
		entities.forEach(e -> newEntityIds.add(e.path("id").isString() ? e.path("id").asString() : null));
		Set<String> existingEntities = graph.existingEntities(newEntityIds.stream().filter(id -> id != null).toList());
		for (int i = 0; i < newEntityIds.size(); i++) {
			if (existingEntities.contains(newEntityIds.get(i))) {
				conflicts.add(problem("entities[" + i + "].id", "an entity '" + newEntityIds.get(i)
						+ "' exists already: name it in the claims, do not create it again"));
			}
		}
		checkSpeakersBacked(entities, claims, problems);

		ClaimSet set = null;
		if (checked.text() != null) {
			set = validated(checked, entities, claims, votes, GraphDataset.stringsIn(entities, claims, votes, request.get("outlet")),
					existingEntities, problems);
		}
		if (!problems.isEmpty() || !conflicts.isEmpty()) {
			List<Problem> all = new ArrayList<>(problems);
			all.addAll(conflicts);
			HttpStatus status = checked.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE
					: !conflicts.isEmpty() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
			throw new DocumentRejectedException(status, all, checked.duplicateOf());
		}

		List<String> withoutCertainty = set.defaultCertainty().values().stream().flatMap(List::stream).toList();
		List<String> claimIds = set.claims().stream().map(c -> c.id()).toList();
		Set<String> created = new LinkedHashSet<>(newEntityIds);
		if (dryRun) {
			return new DocumentReport(checked.id(), checked.contentHash(), false, List.copyOf(created), claimIds,
					set.votes().size(), 0, 0, 0, (System.nanoTime() - started) / 1_000_000, withoutCertainty);
		}
		SourceDocument source = set.documents().stream().filter(d -> d.id().equals(checked.id())).findFirst().orElseThrow();
		List<EntityDefinition> newEntities = set.entities().stream().filter(e -> created.contains(e.id())).toList();
		LoadReport report = loader.load(new ClaimSet(List.of(source), newEntities, set.claims(), set.votes()));
		return new DocumentReport(checked.id(), checked.contentHash(), true, List.copyOf(created), claimIds, set.votes().size(),
				report.derivedEdges(), report.nodesCreated(), report.relationshipsCreated(),
				(System.nanoTime() - started) / 1_000_000, withoutCertainty);
	}

	/** The body as a JSON object, or a 422 saying where it is not UTF-8 or not JSON. */
	private static ObjectNode parse(byte[] body) {
		int offset = NewDocument.malformedOffset(body);
		if (offset >= 0) {
			throw rejected(new Problem(ClaimIngestService.BODY, NewDocument.lineOf(body, offset), "", NewDocument.notUtf8(body, offset)));
		}
		JsonNode root;
		try {
			root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : Math.max(ex.getLocation().getLineNr(), 0);
			throw rejected(new Problem(ClaimIngestService.BODY, line, "", "not valid JSON: " + ex.getOriginalMessage()));
		}
		if (!(root instanceof ObjectNode object)) {
			throw rejected(new Problem(ClaimIngestService.BODY, 0, "",
					"a JSON object is expected: {title, publisher, published, publishedBasis, text, ...}"));
		}
		return object;
	}

	private static DocumentRejectedException rejected(Problem problem) {
		return new DocumentRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, List.of(problem), null);
	}

	private static Problem problem(String field, String message) {
		return new Problem(ClaimIngestService.BODY, 0, field, message);
	}

	private static NewDocument.Places places(String textField) {
		return new NewDocument.Places() {
			@Override
			public Problem field(String field, String message) {
				return problem(field, message);
			}

			@Override
			public Problem text(int line, String message) {
				return problem(textField, line == 0 ? message : "line " + line + ": " + message);
			}
		};
	}

	private static String string(ObjectNode request, String field, List<Problem> problems) {
		JsonNode value = request.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			problems.add(problem(field, "must be a string"));
			return null;
		}
		return value.asString();
	}

	private static List<String> strings(ObjectNode request, String field, List<Problem> problems) {
		List<String> strings = new ArrayList<>();
		JsonNode value = request.get(field);
		if (value == null || value.isNull()) {
			return strings;
		}
		if (!value.isArray()) {
			problems.add(problem(field, "must be a list of strings"));
			return strings;
		}
		for (int i = 0; i < value.size(); i++) {
			if (value.get(i).isString()) {
				strings.add(value.get(i).asString());
			}
			else {
				problems.add(problem(field + "[" + i + "]", "must be a string"));
			}
		}
		return strings;
	}

	private static ArrayNode array(ObjectNode request, String field, List<Problem> problems) {
		JsonNode value = request.get(field);
		if (value == null || value.isNull()) {
			return JsonNodeFactory.instance.arrayNode();
		}
		if (!value.isArray()) {
			problems.add(problem(field, "must be a list"));
			return JsonNodeFactory.instance.arrayNode();
		}
		return (ArrayNode) value;
	}

	/** The text's bytes: {@code text} as UTF-8, or {@code textBase64} (a file as uploaded) decoded; null when neither. */
	private static byte[] text(ObjectNode request, List<Problem> problems) {
		boolean plain = request.has("text") && !request.get("text").isNull();
		boolean base64 = request.has("textBase64") && !request.get("textBase64").isNull();
		if (plain && base64) {
			problems.add(problem("textBase64", "give the text once: text or textBase64, not both"));
		}
		if (plain) {
			String text = string(request, "text", problems);
			if (text == null) {
				return new byte[0];
			}
			try {
				// a lone surrogate ("\ud800") is no character: refused rather than stored as '?'
				ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
				byte[] array = new byte[bytes.remaining()];
				bytes.get(array);
				return array;
			}
			catch (CharacterCodingException ex) {
				problems.add(problem("text", "holds a lone surrogate (an escape such as \\ud800 that is half of a character)"));
				return new byte[0];
			}
		}
		if (base64) {
			String encoded = string(request, "textBase64", problems);
			if (encoded == null) {
				return new byte[0];
			}
			try {
				return Base64.getMimeDecoder().decode(encoded);
			}
			catch (IllegalArgumentException ex) {
				problems.add(problem("textBase64", "not Base64: " + ex.getMessage()));
				return new byte[0];
			}
		}
		return null;
	}

	/**
	 * A new person's speaksFor must be stated by a SPEAKS_FOR claim of the request, with its quote: the graph keeps
	 * whom a person speaks for only as such claims.
	 */
	private static void checkSpeakersBacked(ArrayNode entities, ArrayNode claims, List<Problem> problems) {
		var stated = GraphDataset.speaksFor(claims);
		for (int i = 0; i < entities.size(); i++) {
			JsonNode entity = entities.get(i);
			JsonNode speaksFor = entity.path("speaksFor");
			for (int j = 0; j < speaksFor.size(); j++) {
				String actor = speaksFor.get(j).asString(null);
				if (actor != null && !stated.getOrDefault(entity.path("id").asString(""), Set.of()).contains(actor)) {
					problems.add(problem("entities[" + i + "].speaksFor[" + j + "]", "'" + entity.path("id").asString("")
							+ "' speaks for '" + actor + "' but no claim of the request states it (relation SPEAKS_FOR, with its quote)"));
				}
			}
		}
	}

	/**
	 * The request as dataset files (its entities before the graph's, its document, its claims as the claim file of
	 * the document) validated with the graph's entities and the documents its claims cite; null on problems, which are
	 * added, named by the request's fields.
	 */
	private ClaimSet validated(NewDocument.Checked checked, ArrayNode entities, ArrayNode claims, ArrayNode votes,
			Set<String> named, Set<String> existingEntities, List<Problem> problems) {
		List<RawFile> documentFiles = new ArrayList<>(checked.files(DOCUMENTS));
		Set<String> cited = new LinkedHashSet<>(GraphDataset.alsoInSources(claims));
		cited.remove(checked.id());
		GraphDataset.Documents others = graph.documents(cited);

		ArrayNode entityList = JsonNodeFactory.instance.arrayNode();
		entityList.addAll(entities);
		Set<String> replaced = new HashSet<>(existingEntities);
		graph.entities(named, others, GraphDataset.speaksFor(claims), replaced).forEach(e -> entityList.add(JSON.valueToTree(e)));
		RawFile entityFile = new RawFile(ENTITY_FILE, GraphDataset.json(Map.of("entities", entityList)));
		List<RawFile> metadata = new ArrayList<>(others.metadata());
		metadata.add(documentFiles.get(0));
		List<RawFile> texts = new ArrayList<>(others.texts());
		texts.add(documentFiles.get(1));

		List<RawFile> claimFiles = new ArrayList<>();
		if (!claims.isEmpty() || !votes.isEmpty()) {
			Map<String, Object> claimFile = new LinkedHashMap<>();
			claimFile.put("source", checked.id());
			if (!claims.isEmpty()) {
				claimFile.put("claims", claims);
			}
			if (!votes.isEmpty()) {
				claimFile.put("votes", votes);
			}
			claimFiles.add(new RawFile(CLAIM_FILE, GraphDataset.json(claimFile)));
		}
		try {
			return new ClaimValidator().validate(new Dataset("request", entityFile, metadata, texts, claimFiles, false));
		}
		catch (InvalidClaimFilesException ex) {
			String metadataFile = documentFiles.get(0).name();
			Set<String> reported = new HashSet<>();
			problems.forEach(p -> reported.add(p.field()));
			boolean documentInvalid = ex.problems().stream().anyMatch(p -> p.file().equals(metadataFile)) || !checked.problems().isEmpty();
			for (Problem p : ex.problems()) {
				if (p.file().equals(metadataFile)) {
					// NewDocument said it already where it checks the same field
					if (!reported.contains(p.field())) {
						problems.add(problem(p.field(), p.message()));
					}
				}
				else if (p.file().equals(ENTITY_FILE)) {
					Matcher index = ENTITY_INDEX.matcher(p.field());
					boolean ofRequest = !index.find() || Integer.parseInt(index.group(1)) < entities.size();
					problems.add(ofRequest ? problem(p.field(), p.message()) : new Problem(GraphDataset.GRAPH, 0, p.field(), p.message()));
				}
				else if (p.file().equals(CLAIM_FILE)) {
					if (p.field().equals("source")) {
						// the claims' source is the document: unknown only when the document is invalid, said above
						if (!documentInvalid) {
							problems.add(problem("id", p.message()));
						}
					}
					else {
						problems.add(problem(p.field(), p.message()));
					}
				}
				else {
					problems.add(p);
				}
			}
			return null;
		}
	}
}
