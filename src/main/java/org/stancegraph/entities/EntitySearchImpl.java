package org.stancegraph.entities;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;

class EntitySearchImpl implements EntitySearch {

	private final Neo4jClient neo4j;

	EntitySearchImpl(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $terms) YIELD node, score
			WHERE $kind IS NULL OR node.kind = $kind
			RETURN node.id AS id, node.name AS name, node.kind AS kind
			ORDER BY score DESC, node.name
			LIMIT $limit
			""";

	@Override
	public List<EntitySummary> search(String terms, String kind, int limit) {
		return summaries(SEARCH, Map.of("terms", terms, "limit", limit), kind);
	}

	private static final String LIST = """
			MATCH (node:Entity)
			WHERE $kind IS NULL OR node.kind = $kind
			RETURN node.id AS id, node.name AS name, node.kind AS kind
			ORDER BY node.name
			LIMIT $limit
			""";

	@Override
	public List<EntitySummary> list(String kind, int limit) {
		return summaries(LIST, Map.of("limit", limit), kind);
	}

	private static final String SUMMARIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			RETURN e.id AS id, e.name AS name, e.kind AS kind
			""";

	@Override
	public List<EntitySummary> summaries(List<String> ids) {
		return summaries(SUMMARIES, Map.of("ids", ids), null);
	}

	private List<EntitySummary> summaries(String query, Map<String, Object> parameters, String kind) {
		return List.copyOf(neo4j.query(query).bindAll(parameters).bind(kind).to("kind")
				.fetchAs(EntitySummary.class)
				.mappedBy((types, row) -> summary(row))
				.all());
	}

	private static final String SPEAKERS = """
			MATCH (:Entity {id: $id})<-[r:SPEAKS_FOR]-(p:Entity)
			RETURN p.id AS id, p.name AS name, p.role AS role, r.claimIds AS claims
			ORDER BY p.name
			""";

	@Override
	public List<EntityDetails.Speaker> speakersFor(String id) {
		Collection<EntityDetails.Speaker> speakers = neo4j.query(SPEAKERS).bind(id).to("id")
				.fetchAs(EntityDetails.Speaker.class)
				.mappedBy((types, row) -> new EntityDetails.Speaker(row.get("id").asString(), row.get("name").asString(),
						string(row.get("role")), row.get("claims").asList(Value::asString)))
				.all();
		return List.copyOf(speakers);
	}

	private static final String SPOKEN_FOR = """
			MATCH (:Entity {id: $id})-[:SPEAKS_FOR]->(a:Entity)
			RETURN a.id AS id, a.name AS name, a.kind AS kind
			ORDER BY a.name
			""";

	@Override
	public List<EntitySummary> spokenForBy(String id) {
		return List.copyOf(neo4j.query(SPOKEN_FOR).bind(id).to("id").fetchAs(EntitySummary.class)
				.mappedBy((types, row) -> summary(row))
				.all());
	}

	/** What the entity concerns, and the propositions and instruments that concern it: "Turkish participation" and Turkey. */
	private static final String CONCERNS = """
			MATCH (e:Entity {id: $id})
			RETURN COLLECT { MATCH (e)-[:CONCERNS]->(x:Entity) RETURN x {.id, .name, .kind} AS x ORDER BY x.name } AS concerns,
			       COLLECT { MATCH (e)<-[:CONCERNS]-(x:Entity) RETURN x {.id, .name, .kind} AS x ORDER BY x.name } AS concernedBy
			""";

	@Override
	public EntityDetails.Concerns concerns(String id) {
		return neo4j.query(CONCERNS).bind(id).to("id").fetchAs(EntityDetails.Concerns.class)
			.mappedBy((types, row) -> new EntityDetails.Concerns(summaries(row.get("concerns")), summaries(row.get("concernedBy"))))
			.one().orElse(new EntityDetails.Concerns(List.of(), List.of()));
	}

	private static List<EntitySummary> summaries(Value list) {
		return list.asList(EntitySearchImpl::summary);
	}

	/** A row or a map with id, name and kind. */
	private static EntitySummary summary(MapAccessor row) {
		return new EntitySummary(row.get("id").asString(), row.get("name").asString(), row.get("kind").asString());
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}
}
