package org.stancegraph.entities;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.stancegraph.web.Paging;

class EntitySearchImpl implements EntitySearch {

	private final Neo4jClient neo4j;

	EntitySearchImpl(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The ranking of a search, stated here only: first the entities whose name, alias or id is exactly the user's
	 * words, then those where one of them starts with the words, then the rest of what the index found (a word of
	 * a name or alias starting with each word); within each, Lucene's score, then name. "Exactly" ignores case and
	 * accents: $q and every name are folded alike, in this one expression (lower case, decomposed, combining marks
	 * U+0300 to U+036F dropped), so "Türkiye" is "turkiye". $q is folded as the first of the list, so that the same
	 * expression folds both sides.
	 */
	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $terms) YIELD node, score
			WHERE $kind IS NULL OR node.kind = $kind
			WITH node, score, [name IN [$q, node.name, node.id] + coalesce(node.aliases, []) |
			       reduce(folded = '', c IN split(normalize(toLower(trim(name)), NFD), '') |
			              folded + CASE WHEN c >= '\\u0300' AND c <= '\\u036f' THEN '' ELSE c END)] AS folded
			WITH node, score, head(folded) AS q, tail(folded) AS names
			WITH node, score, CASE WHEN q IN names THEN 0
			                       WHEN any(name IN names WHERE name STARTS WITH q) THEN 1
			                       ELSE 2 END AS rank
			RETURN node.id AS id, node.name AS name, node.kind AS kind
			ORDER BY rank, score DESC, node.name, node.id
			SKIP $offset LIMIT $limit
			""";

	@Override
	public List<EntitySummary> search(String terms, String q, String kind, Paging page) {
		return summaries(SEARCH, Map.of("terms", terms, "q", q, "offset", page.offset(), "limit", page.limit()), kind);
	}

	private static final String COUNT_SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $terms) YIELD node
			WHERE $kind IS NULL OR node.kind = $kind
			RETURN count(node) AS total
			""";

	@Override
	public long countSearch(String terms, String kind) {
		return count(COUNT_SEARCH, Map.of("terms", terms), kind);
	}

	private static final String LIST = """
			MATCH (node:Entity)
			WHERE $kind IS NULL OR node.kind = $kind
			RETURN node.id AS id, node.name AS name, node.kind AS kind
			ORDER BY node.name, node.id
			SKIP $offset LIMIT $limit
			""";

	@Override
	public List<EntitySummary> list(String kind, Paging page) {
		return summaries(LIST, Map.of("offset", page.offset(), "limit", page.limit()), kind);
	}

	/** Without a kind from the count store; with one, from the entity_kind index. */
	private static final String COUNT = """
			MATCH (node:Entity)
			WHERE $kind IS NULL OR node.kind = $kind
			RETURN count(node) AS total
			""";

	@Override
	public long count(String kind) {
		return count(COUNT, Map.of(), kind);
	}

	private long count(String query, Map<String, Object> parameters, String kind) {
		return neo4j.query(query).bindAll(parameters).bind(kind).to("kind").fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("total").asLong()).one().orElse(0L);
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
