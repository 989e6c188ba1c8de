package org.stancegraph.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;

/**
 * A claim set as the input of Neo4j's offline importer: the nodes, properties, relationships and summary edges the
 * loader writes into an empty graph, from the same rows ({@link NodeRows}, {@link EdgeSummaries}) and with the same
 * value types (an integer as a long, a list as a string array, an empty one included), so that both make one graph.
 * Each id is unique within its kind (source, entity, claim, vote), the importer's id groups.
 */
final class ImportInput {

	/** A node ({@code type} null: its labels) or a relationship ({@code labels} null: its type and end). */
	private record Entity(Group group, String id, String[] labels, String type, Group endGroup, String endId,
			Map<String, Object> properties) {
	}

	/** Entities the importer's threads take at a time. */
	private static final int CHUNK = 10_000;

	private final Groups groups = new Groups();
	private final Group sources = groups.getOrCreate("Source");
	private final Group entities = groups.getOrCreate("Entity");
	private final Group claims = groups.getOrCreate("Claim");
	private final Group votes = groups.getOrCreate("Vote");
	private final List<Entity> nodes = new ArrayList<>();
	private final List<Entity> relationships = new ArrayList<>();
	private long nodeProperties;
	private long relationshipProperties;
	private long labels;
	private int edges;

	/** The set's input, built in memory (about as large as the set's rows for the loader's statements). */
	@SuppressWarnings("unchecked")
	static ImportInput of(ClaimSet set) {
		ImportInput input = new ImportInput();
		set.documents().forEach(d -> input.node(input.sources, NodeRows.source(d), "Source"));
		set.entities().forEach(e -> {
			Map<String, Object> row = NodeRows.entity(e);
			input.node(input.entities, row, "Entity", e.kind());
			((List<Map<String, Object>>) row.get("links")).forEach(link -> input.relationship(input.entities, e.id(),
					(String) link.get("type"), input.entities, (String) link.get("entity"), Map.of()));
		});
		set.claims().forEach(c -> {
			Map<String, Object> row = NodeRows.claim(c);
			input.node(input.claims, row, "Claim");
			((List<Map<String, Object>>) row.get("links")).forEach(link -> input.relationship(input.claims, c.id(),
					(String) link.get("type"), input.entities, (String) link.get("entity"), Map.of()));
			// the rows the loader links a new claim's evidence from
			((List<Map<String, Object>>) row.get("evidenceRows")).forEach(e -> input.relationship(input.claims, c.id(),
					"EVIDENCED_BY", input.sources, (String) e.get("source"), Map.of("quote", e.get("quote"))));
		});
		set.votes().forEach(v -> {
			input.node(input.votes, NodeRows.vote(v), "Vote");
			input.relationship(input.votes, v.id(), "ON", input.entities, v.instrument(), Map.of());
			input.relationship(input.votes, v.id(), "IN", input.entities, v.body(), Map.of());
			input.relationship(input.votes, v.id(), "EVIDENCED_BY", input.sources, v.source(), Map.of("quote", v.quote()));
		});
		// every triple is new: its edge is worked out from the set alone, as the loader does in an empty graph
		Map<String, String> publishers = new HashMap<>();
		set.documents().forEach(d -> publishers.put(d.id(), d.publisher()));
		Set<Triple> triples = new LinkedHashSet<>();
		set.claims().forEach(c -> triples.add(Triple.of(c)));
		EdgeSummaries summaries = new EdgeSummaries(triples, publishers);
		set.claims().forEach(summaries::addFromSet);
		summaries.stated(false).forEach(edge -> {
			Map<String, Object> row = edge.row();
			input.relationship(input.entities, edge.triple().holder(), edge.triple().relation(), input.entities,
					edge.triple().target(), (Map<String, Object>) row.get("properties"));
			input.edges++;
		});
		summaries.standings(false).forEach(standing -> input.relationship(input.entities, standing.holder(), "STANDS_ON",
				input.entities, standing.target(), (Map<String, Object>) standing.row().get("properties")));
		return input;
	}

	@SuppressWarnings("unchecked")
	private void node(Group group, Map<String, Object> row, String... nodeLabels) {
		Map<String, Object> values = (Map<String, Object>) row.get("properties");
		nodes.add(new Entity(group, (String) row.get("id"), nodeLabels, null, null, null, values));
		labels += nodeLabels.length;
		// and the id
		nodeProperties += count(values) + 1;
	}

	private void relationship(Group group, String from, String type, Group endGroup, String to, Map<String, Object> values) {
		relationships.add(new Entity(group, from, null, type, endGroup, to, values));
		relationshipProperties += count(values);
	}

	private static long count(Map<String, Object> properties) {
		return properties.values().stream().filter(value -> value != null).count();
	}

	/** The importer's input: string ids in the four groups. */
	Input input() {
		// the sizes only guide the importer's memory planning: about 40 bytes a property
		return Input.input(iterable(nodes), iterable(relationships), IdType.STRING,
				Input.knownEstimates(nodes.size(), relationships.size(), nodeProperties, relationshipProperties,
						nodeProperties * 40, relationshipProperties * 40, labels), groups, false);
	}

	long nodes() {
		return nodes.size();
	}

	long relationships() {
		return relationships.size();
	}

	/** Properties written, ids included. */
	long properties() {
		return nodeProperties + relationshipProperties;
	}

	long labels() {
		return labels;
	}

	/** The summary edges among the relationships. */
	int edges() {
		return edges;
	}

	/** Hands out the entities {@value #CHUNK} at a time to the importer's threads. */
	private static InputIterable iterable(List<Entity> all) {
		return () -> new InputIterator() {
			private final AtomicInteger next = new AtomicInteger();

			@Override
			public InputChunk newChunk() {
				return new Chunk(all);
			}

			@Override
			public boolean next(InputChunk chunk) {
				int from = next.getAndAdd(CHUNK);
				if (from >= all.size()) {
					return false;
				}
				((Chunk) chunk).range(from, Math.min(all.size(), from + CHUNK));
				return true;
			}

			@Override
			public void close() {
			}
		};
	}

	private static final class Chunk implements InputChunk {

		private final List<Entity> all;
		private int at;
		private int end;

		Chunk(List<Entity> all) {
			this.all = all;
		}

		void range(int from, int to) {
			at = from;
			end = to;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws java.io.IOException {
			if (at >= end) {
				return false;
			}
			Entity entity = all.get(at++);
			if (entity.type() == null) {
				visitor.id(entity.id(), entity.group());
				visitor.labels(entity.labels());
				// the id is a property too, as the loader's MERGE (n {id: ...}) makes it
				visitor.property("id", entity.id(), true);
			}
			else {
				visitor.startId(entity.id(), entity.group());
				visitor.endId(entity.endId(), entity.endGroup());
				visitor.type(entity.type());
			}
			entity.properties().forEach((key, value) -> {
				if (value != null) {
					visitor.property(key, stored(value), false);
				}
			});
			visitor.endOfEntity();
			return true;
		}

		@Override
		public void close() {
		}
	}

	/** A value as the driver sends the loader's: an int as a long, a list (of strings, all the loader writes) as an array. */
	private static Object stored(Object value) {
		return switch (value) {
			case Integer i -> (long) i;
			case List<?> list -> list.stream().map(String.class::cast).toArray(String[]::new);
			default -> value;
		};
	}
}
