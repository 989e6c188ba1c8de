package org.stancegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stancegraph.claims.ClaimLoader;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.Dataset;
import org.stancegraph.claims.RawFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One claim file over HTTP: validated against the entities and source documents the graph already holds, then
 * loaded all or nothing. The graph's entities and the documents the file cites are written out as the files of a
 * dataset ({@link GraphDataset}), so the validator checks a posted file exactly as it checks one on disk; only the
 * file's claims and votes are loaded, the entities and documents in the graph stay as they are.
 */
@Service
public class ClaimIngestService {

	/** How a posted file is named in every problem. */
	public static final String BODY = "request body";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final GraphDataset graph;
	private final ClaimLoader loader;

	ClaimIngestService(GraphDataset graph, ClaimLoader loader) {
		this.graph = graph;
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
		GraphDataset.Documents documents = graph.documents(cited.sources());
		RawFile entities = new RawFile(GraphDataset.GRAPH + "/entities.yaml",
				GraphDataset.json(Map.of("entities", graph.entities(cited.named(), documents, cited.speaksFor(), Set.of()))));
		ClaimSet set = new ClaimValidator().validate(new Dataset(GraphDataset.GRAPH, entities, documents.metadata(),
				documents.texts(), List.of(file), false));
		// the entities and documents came from the graph: only the file's own claims and votes are written
		var report = loader.load(new ClaimSet(List.of(), List.of(), set.claims(), set.votes()));
		return IngestReport.of(cited.source(), report, set.defaultCertainty().values().stream().flatMap(List::stream).toList());
	}

	/**
	 * The source documents a file quotes, the SPEAKS_FOR claims it states and every string in it (the entities it may
	 * name), read leniently: the validator judges.
	 */
	private record Cited(String source, Set<String> sources, Map<String, Set<String>> speaksFor, Set<String> named) {
	}

	private static Cited cited(byte[] body) {
		Set<String> sources = new LinkedHashSet<>();
		Map<String, Set<String>> speaksFor = Map.of();
		Set<String> named = Set.of();
		String source = null;
		try {
			JsonNode root = YAML.readTree(new String(body, StandardCharsets.UTF_8));
			if (root != null && root.isObject()) {
				source = root.path("source").isString() ? root.path("source").asString() : null;
				if (source != null) {
					sources.add(source);
				}
				sources.addAll(GraphDataset.alsoInSources(root.path("claims")));
				speaksFor = GraphDataset.speaksFor(root.path("claims"));
				named = GraphDataset.stringsIn(root);
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// the validator parses it again and says where it is broken
		}
		return new Cited(source, sources, speaksFor, named);
	}
}
