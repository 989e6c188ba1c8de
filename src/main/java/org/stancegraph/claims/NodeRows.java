package org.stancegraph.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.stancegraph.graph.EntityKind;

/**
 * The rows a load sends as {@code $rows}: one per source, entity, claim and vote tally, each with its node's properties
 * and a hash of them. A row whose hash the graph already has is not written at all, so loading the same files again
 * writes nothing.
 */
final class NodeRows {

	private NodeRows() {
	}

	/** The rows of some items by id, in the items' order. */
	static <T> Map<String, Map<String, Object>> byId(List<T> items, Function<T, String> id, Function<T, Map<String, Object>> row) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		items.forEach(item -> rows.put(id.apply(item), row.apply(item)));
		return rows;
	}

	/** The rows that are new or differ from the graph's: those whose id it lacks or whose hash it holds another. */
	static List<Map<String, Object>> changed(Map<String, Map<String, Object>> rows, Map<String, Map<String, Object>> existing) {
		return rows.values().stream().filter(row -> {
			Map<String, Object> before = existing.get((String) row.get("id"));
			return before == null || !Objects.equals(before.get("hash"), row.get("hash"));
		}).toList();
	}

	static Map<String, Object> source(SourceDocument d) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("title", d.title());
		p.put("publisher", d.publisher());
		p.put("published", d.published());
		p.put("publishedBasis", d.publishedBasis());
		p.put("authors", d.authors());
		p.put("corpusFile", d.corpusFile());
		p.put("outlet", d.outlet());
		p.put("url", d.url());
		p.put("text", d.text());
		// finds a document posted again under another id (POST /api/documents refuses it)
		p.put("contentHash", d.contentHash());
		return row(d.id(), p);
	}

	static Map<String, Object> entity(EntityDefinition e) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", e.name());
		p.put("kind", e.kind());
		p.put("aliases", e.aliases());
		p.put("description", e.description());
		p.put("role", e.role());
		p.put("belongsTo", e.belongsTo());
		// one string for the full-text index, which does not index lists
		p.put("searchText", String.join(" | ", names(e)));
		Map<String, Object> row = row(e.id(), p, e.concerns());
		List<Map<String, String>> links = new ArrayList<>();
		e.concerns().forEach(concerned -> links.add(Map.of("type", "CONCERNS", "entity", concerned)));
		if (e.belongsTo() != null) {
			links.add(Map.of("type", "BELONGS_TO", "entity", e.belongsTo()));
		}
		row.put("links", links);
		row.put("kind", e.kind());
		row.put("otherKinds", EntityKind.names().stream().filter(k -> !k.equals(e.kind())).toList());
		return row;
	}

	private static List<String> names(EntityDefinition e) {
		List<String> names = new ArrayList<>();
		names.add(e.name());
		names.addAll(e.aliases());
		names.add(e.id().replace('-', ' '));
		return names;
	}

	static Map<String, Object> vote(VoteRecord v) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("source", v.source());
		p.put("instrument", v.instrument());
		p.put("body", v.body());
		p.put("date", v.date());
		p.put("for", v.votesFor());
		p.put("against", v.against());
		p.put("abstain", v.abstain());
		p.put("quote", v.quote());
		Map<String, Object> row = row(v.id(), p);
		row.putAll(Map.of("instrument", v.instrument(), "body", v.body(), "source", v.source(), "quote", v.quote()));
		return row;
	}

	static Map<String, Object> claim(ClaimDefinition c) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("source", c.source());
		p.put("holder", c.holder());
		p.put("relation", c.relation().name());
		// stored so that Cypher can pick the latest claim per question ("as of") and find contradictions
		p.put("axis", c.relation().axis());
		p.put("side", c.relation().side().name());
		p.put("target", c.target());
		p.put("date", c.date());
		p.put("quote", c.quote());
		p.put("speaker", c.speaker());
		Attribution a = c.attribution();
		p.put("certainty", a.certainty().word());
		// whether the file gave it or the default stands in: an export writes it back only in the first case
		p.put("certaintyGiven", a.certaintyGiven());
		// the minimums it meets: "$certainty IN c.meetsCertainty" filters with no ordering in Cypher
		p.put("meetsCertainty", a.certainty().meets());
		p.put("certaintyBasis", a.certaintyBasis());
		p.put("hedges", a.hedges());
		p.put("claimant", a.claimant());
		p.put("via", a.via());
		Qualifiers q = c.qualifiers();
		p.put("datePrecision", q.datePrecision());
		p.put("reported", q.reported());
		if (q.quantity() != null) {
			p.put("quantityValue", q.quantity().value());
			p.put("quantityUnit", q.quantity().unit());
			p.put("quantityApproximate", q.quantity().approximate());
			p.put("quantityBound", q.quantity().bound());
		}
		if (q.period() != null) {
			p.put("periodDuration", q.period().duration());
			p.put("periodExtendable", q.period().extendable());
			p.put("periodMinimum", q.period().minimum());
		}
		p.put("condition", c.condition());
		p.put("conditionKind", q.conditionKind());
		p.put("conditionOn", q.conditionOn());
		p.put("addressee", q.addressee());
		p.put("detail", c.detail());
		p.put("regarding", c.regarding());
		p.put("validFrom", c.validFrom());
		p.put("validUntil", c.validUntil());
		p.put("vote", c.vote());
		p.put("urging", c.urging() == null ? null : c.urging().name());
		// the evidence is relationships, not properties, but a change to it must change the hash
		Map<String, Object> row = row(c.id(), p, c.evidence());
		// not stored on the node, used to write its relationships and to name the file in errors
		row.put("links", claimLinks(c));
		row.put("evidenceRows", c.evidence().stream()
				.map(e -> Map.<String, Object>of("claim", c.id(), "source", e.source(), "quote", e.quote())).toList());
		row.put("file", c.file());
		// never sent to Neo4j (the statements take their own maps from the row): the edge summaries read it
		row.put("definition", c);
		row.putAll(Map.of("holder", c.holder(), "relation", c.relation().name(), "target", c.target(), "source", c.source()));
		return row;
	}

	private static List<Map<String, Object>> claimLinks(ClaimDefinition c) {
		List<Map<String, Object>> links = new ArrayList<>();
		links.add(Map.of("claim", c.id(), "type", "BY", "entity", c.holder()));
		links.add(Map.of("claim", c.id(), "type", "ABOUT", "entity", c.target()));
		if (c.speaker() != null) {
			links.add(Map.of("claim", c.id(), "type", "SPOKEN_BY", "entity", c.speaker()));
		}
		if (c.attribution().claimant() != null) {
			links.add(Map.of("claim", c.id(), "type", "CLAIMED_BY", "entity", c.attribution().claimant()));
		}
		// the chain's order is the claim's via list; a link per entity lets the graph be walked from the outlet too
		c.attribution().via().stream().distinct()
			.forEach(outlet -> links.add(Map.of("claim", c.id(), "type", "REPORTED_BY", "entity", outlet)));
		optionalLink(links, c, "REGARDING", c.regarding());
		optionalLink(links, c, "CONDITIONAL_ON", c.qualifiers().conditionOn());
		optionalLink(links, c, "ADDRESSED_TO", c.qualifiers().addressee());
		return links;
	}

	private static void optionalLink(List<Map<String, Object>> links, ClaimDefinition c, String type, String entity) {
		if (entity != null) {
			links.add(Map.of("claim", c.id(), "type", type, "entity", entity));
		}
	}

	/** The claim a claim row was built from. */
	static ClaimDefinition definition(Map<String, Object> claimRow) {
		return (ClaimDefinition) claimRow.get("definition");
	}

	/** What a new claim is created from: its node with its links and evidence, all in one statement. */
	static Map<String, Object> newClaim(Map<String, Object> claimRow) {
		return Map.of("id", claimRow.get("id"), "properties", claimRow.get("properties"), "links", claimRow.get("links"),
				"evidence", claimRow.get("evidenceRows"));
	}

	/** What a claim node is written from: its id and properties, not the links and file name the row also carries. */
	static Map<String, Object> claimNode(Map<String, Object> claimRow) {
		return Map.of("id", claimRow.get("id"), "properties", claimRow.get("properties"));
	}

	/** The links of claims to their holder, target, speaker... one row a relationship. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> links(List<Map<String, Object>> claimRows) {
		return claimRows.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("links")).stream()).toList();
	}

	/** The evidence of claims, one row a quote in a source. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> evidence(List<Map<String, Object>> claimRows) {
		return claimRows.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("evidenceRows")).stream()).toList();
	}

	/** A row: the id, the node's properties with a hash of them, so that an unchanged row is never written again. */
	private static Map<String, Object> row(String id, Map<String, Object> properties) {
		return row(id, properties, List.of());
	}

	private static Map<String, Object> row(String id, Map<String, Object> properties, List<?> alsoHashed) {
		properties.put("hash", hash(properties, alsoHashed));
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("properties", properties);
		row.put("hash", properties.get("hash"));
		return row;
	}

	private static String hash(Map<String, Object> properties, List<?> alsoHashed) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			properties.forEach((key, value) -> digest.update((key + "\u001E" + value + "\u001D").getBytes(StandardCharsets.UTF_8)));
			alsoHashed.forEach(value -> digest.update((value + "\u001D").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
