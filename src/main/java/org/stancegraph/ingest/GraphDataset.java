package org.stancegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.stancegraph.claims.RawFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph written out as the files of a dataset (documents/*.yaml and .txt, entities.yaml), so that a posted claim
 * file or document is checked by {@link org.stancegraph.claims.ClaimValidator} exactly as one on disk: what both
 * {@code POST /api/claims} and {@code POST /api/documents} validate against. Runs in the caller's transaction.
 */
@Component
class GraphDataset {

	/** How the graph's files are named in problems. */
	static final String GRAPH = "graph";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	GraphDataset(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The documents/*.yaml and .txt of the graph's documents with these ids, and the entities that are their outlets. */
	record Documents(List<RawFile> metadata, List<RawFile> texts, Set<String> outlets) {
	}

	Documents documents(Set<String> ids) {
		List<RawFile> documents = new ArrayList<>();
		List<RawFile> texts = new ArrayList<>();
		Set<String> outlets = new LinkedHashSet<>();
		if (ids.isEmpty()) {
			return new Documents(documents, texts, outlets);
		}
		neo4j.query("""
				MATCH (s:Source) WHERE s.id IN $ids
				RETURN s.id AS id, s.title AS title, s.publisher AS publisher, toString(s.published) AS published,
				       s.publishedBasis AS publishedBasis, s.authors AS authors, s.corpusFile AS corpusFile, s.text AS text,
				       s.outlet AS outlet, s.url AS url
				""").bind(List.copyOf(ids)).to("ids").fetch().all().forEach(row -> {
			Map<String, Object> source = new LinkedHashMap<>(row);
			String id = (String) source.get("id");
			String text = (String) source.remove("text");
			source.values().removeIf(v -> v == null || (v instanceof Collection<?> c && c.isEmpty()));
			if (source.get("outlet") instanceof String outlet) {
				outlets.add(outlet);
			}
			documents.add(new RawFile(GRAPH + "/documents/" + id + ".yaml", JSON.writeValueAsBytes(source)));
			texts.add(new RawFile(GRAPH + "/documents/" + id + ".txt", text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
		});
		return new Documents(documents, texts, outlets);
	}

	/**
	 * The entities a request may name, as an entity file would define them, but those with the ids {@code except}:
	 * those whose id is among {@code named} (every string of the request, so that none it refers to is missed) or is
	 * the outlet of one of the documents it cites, and those they lead to by SPEAKS_FOR, CONCERNS or BELONGS_TO, so that the
	 * validator finds every entity these name in turn. Not the whole graph: at 10^6 claims its 72,000 entities took a
	 * posted document 1.8 s to read and validate. speaksFor from the graph and from {@code speaksForAdded} (the
	 * SPEAKS_FOR claims being posted).
	 */
	List<Map<String, Object>> entities(Collection<String> named, Documents cited, Map<String, Set<String>> speaksForAdded,
			Set<String> except) {
		Set<String> ids = new LinkedHashSet<>(named);
		ids.addAll(cited.outlets());
		return neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $named
				MATCH (n)-[:SPEAKS_FOR|CONCERNS|BELONGS_TO]->*(e:Entity)
				// not WITH DISTINCT e: Neo4j 2026.08 plans it without a Distinct after this expand and repeats e
				WITH collect(DISTINCT e) AS found
				UNWIND found AS e
				RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description,
				       e.role AS role, e.belongsTo AS belongsTo,
				       COLLECT { MATCH (e)-[:SPEAKS_FOR]->(x:Entity) RETURN x.id } AS speaksFor,
				       COLLECT { MATCH (e)-[:CONCERNS]->(x:Entity) RETURN x.id } AS concerns
				ORDER BY id
				""").bind(List.copyOf(ids)).to("named").fetch().all().stream()
			.filter(row -> !except.contains((String) row.get("id"))).map(row -> {
				Map<String, Object> entity = new LinkedHashMap<>(row);
				Set<String> speaksFor = new LinkedHashSet<>(strings(entity.get("speaksFor")));
				speaksFor.addAll(speaksForAdded.getOrDefault((String) entity.get("id"), Set.of()));
				entity.put("speaksFor", List.copyOf(speaksFor));
				entity.values().removeIf(v -> v == null || (v instanceof Collection<?> c && c.isEmpty()));
				return entity;
			}).toList();
	}

	/** Every string value in these parts of a request, at any depth: the ids it may name among them. */
	static Set<String> stringsIn(JsonNode... parts) {
		Set<String> strings = new LinkedHashSet<>();
		// a part may be absent (null)
		List<JsonNode> open = new ArrayList<>(Arrays.asList(parts));
		while (!open.isEmpty()) {
			JsonNode node = open.removeLast();
			if (node == null) {
				continue;
			}
			if (node.isString()) {
				strings.add(node.asString());
			}
			else {
				node.forEach(open::add);
			}
		}
		return strings;
	}

	/** The SPEAKS_FOR claims among these (a claim file's {@code claims}), person to actors, read leniently. */
	static Map<String, Set<String>> speaksFor(JsonNode claims) {
		Map<String, Set<String>> speaksFor = new HashMap<>();
		for (JsonNode claim : claims) {
			if ("SPEAKS_FOR".equals(claim.path("relation").asString(null)) && claim.path("holder").isString()
					&& claim.path("target").isString()) {
				speaksFor.computeIfAbsent(claim.path("holder").asString(), k -> new LinkedHashSet<>())
					.add(claim.path("target").asString());
			}
		}
		return speaksFor;
	}

	/** The sources that {@code alsoIn} cites among these claims, read leniently. */
	static Set<String> alsoInSources(JsonNode claims) {
		Set<String> sources = new LinkedHashSet<>();
		for (JsonNode claim : claims) {
			for (JsonNode also : claim.path("alsoIn")) {
				if (also.path("source").isString()) {
					sources.add(also.path("source").asString());
				}
			}
		}
		return sources;
	}

	boolean hasDocument(String id) {
		return neo4j.query("MATCH (s:Source {id: $id}) RETURN count(s) > 0").bind(id).to("id").fetchAs(Boolean.class).one()
			.orElse(false);
	}

	/**
	 * The id of a document with this text (the first by id, should there be several): by its hash, or by the text
	 * itself for a source loaded before sources had a hash, until it is loaded again.
	 */
	Optional<String> documentWithText(String contentHash, String text) {
		return neo4j.query("""
				CALL () {
				  MATCH (s:Source {contentHash: $hash}) RETURN s.id AS id
				  UNION
				  MATCH (s:Source) WHERE s.contentHash IS NULL AND s.text = $text RETURN s.id AS id
				}
				RETURN id ORDER BY id LIMIT 1
				""").bindAll(Map.of("hash", contentHash, "text", text)).fetchAs(String.class).one();
	}

	/** Those of these entity ids the graph has. */
	Set<String> existingEntities(Collection<String> ids) {
		return new LinkedHashSet<>(neo4j.query("MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id").bind(List.copyOf(ids)).to("ids")
			.fetchAs(String.class).all());
	}

	static byte[] json(Object value) {
		return JSON.writeValueAsBytes(value);
	}

	private static List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof Collection<?> c) {
			c.forEach(v -> strings.add(String.valueOf(v)));
		}
		return strings;
	}
}
