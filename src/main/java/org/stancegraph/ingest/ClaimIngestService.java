package org.stancegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.RawFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One claim file over HTTP: validated against the entities and source documents the graph already holds, then
 * loaded all or nothing. The graph's entities and the documents the file cites are written out as the files of a
 * dataset, so the validator checks a posted file exactly as it checks one on disk; only the file's claims and votes
 * are loaded, the entities and documents in the graph stay as they are.
 */
@Service
public class ClaimIngestService {

	/** How a posted file is named in every problem. */
	public static final String BODY = "request body";

	private static final String GRAPH = "graph";
	private static final YAMLMapper YAML = YAMLMapper.builder().build();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;
	private final ClaimLoader loader;

	public ClaimIngestService(Neo4jClient neo4j, ClaimLoader loader) {
		this.neo4j = neo4j;
		this.loader = loader;
	}

	/**
	 * Throws {@link org.stancegraph.claims.InvalidClaimFilesException} with every problem, writing nothing. One write
	 * transaction: the file is checked against the graph it is written into.
	 */
	@Transactional
	public IngestReport ingest(byte[] body) {
		RawFile file = new RawFile(BODY, body);
		Cited cited = cited(body);
		List<RawFile> documents = new ArrayList<>();
		List<RawFile> texts = new ArrayList<>();
		for (Map<String, Object> source : sources(cited.sources())) {
			String id = (String) source.get("id");
			String text = (String) source.remove("text");
			source.values().removeIf(v -> v == null || (v instanceof Collection<?> c && c.isEmpty()));
			documents.add(new RawFile(GRAPH + "/documents/" + id + ".yaml", JSON.writeValueAsBytes(source)));
			texts.add(new RawFile(GRAPH + "/documents/" + id + ".txt", text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
		}
		RawFile entities = new RawFile(GRAPH + "/entities.yaml",
				JSON.writeValueAsBytes(Map.of("entities", entities(cited.speaksFor()))));
		ClaimSet set = new ClaimValidator().validate(new Dataset(GRAPH, entities, documents, texts, List.of(file), false));
		// the entities and documents came from the graph: only the file's own claims and votes are written
		var report = loader.load(new ClaimSet(List.of(), List.of(), set.claims(), set.votes()));
		return IngestReport.of(cited.source(), report, set.defaultCertainty().values().stream().flatMap(List::stream).toList());
	}

	/** The source documents a file quotes, and the SPEAKS_FOR claims it states, read leniently: the validator judges. */
	private record Cited(String source, Set<String> sources, Map<String, Set<String>> speaksFor) {
	}

	private static Cited cited(byte[] body) {
		Set<String> sources = new LinkedHashSet<>();
		Map<String, Set<String>> speaksFor = new HashMap<>();
		String source = null;
		try {
			JsonNode root = YAML.readTree(new String(body, StandardCharsets.UTF_8));
			if (root != null && root.isObject()) {
				source = root.path("source").isString() ? root.path("source").asString() : null;
				if (source != null) {
					sources.add(source);
				}
				for (JsonNode claim : root.path("claims")) {
					for (JsonNode also : claim.path("alsoIn")) {
						if (also.path("source").isString()) {
							sources.add(also.path("source").asString());
						}
					}
					if ("SPEAKS_FOR".equals(claim.path("relation").asString(null)) && claim.path("holder").isString()
							&& claim.path("target").isString()) {
						speaksFor.computeIfAbsent(claim.path("holder").asString(), k -> new LinkedHashSet<>())
							.add(claim.path("target").asString());
					}
				}
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// the validator parses it again and says where it is broken
		}
		return new Cited(source, sources, speaksFor);
	}

	private List<Map<String, Object>> sources(Set<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return neo4j.query("""
				MATCH (s:Source) WHERE s.id IN $ids
				RETURN s.id AS id, s.title AS title, s.publisher AS publisher, toString(s.published) AS published,
				       s.publishedBasis AS publishedBasis, s.authors AS authors, s.corpusFile AS corpusFile, s.text AS text,
				       s.outlet AS outlet
				""").bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(row -> (Map<String, Object>) new LinkedHashMap<>(row)).toList();
	}

	/** Every entity in the graph as an entity file would define it; speaksFor from the graph and the posted file. */
	private List<Map<String, Object>> entities(Map<String, Set<String>> speaksForInFile) {
		return neo4j.query("""
				MATCH (e:Entity)
				RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description,
				       e.role AS role, e.belongsTo AS belongsTo,
				       COLLECT { MATCH (e)-[:SPEAKS_FOR]->(x:Entity) RETURN x.id } AS speaksFor,
				       COLLECT { MATCH (e)-[:CONCERNS]->(x:Entity) RETURN x.id } AS concerns
				ORDER BY id
				""").fetch().all().stream().map(row -> {
			Map<String, Object> entity = new LinkedHashMap<>(row);
			Set<String> speaksFor = new LinkedHashSet<>(strings(entity.get("speaksFor")));
			speaksFor.addAll(speaksForInFile.getOrDefault((String) entity.get("id"), Set.of()));
			entity.put("speaksFor", List.copyOf(speaksFor));
			entity.values().removeIf(v -> v == null || (v instanceof Collection<?> c && c.isEmpty()));
			return entity;
		}).toList();
	}

	private static List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof Collection<?> c) {
			c.forEach(v -> strings.add(String.valueOf(v)));
		}
		return strings;
	}
}
