package org.stancegraph.export;

import java.util.List;
import java.util.Map;

import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;


/**
 * The Cypher of the export. Every query returns one row per record written, in id order, so that the writers
 * stream rows to the client as the driver fetches them, and the same graph always exports to the same bytes.
 */
final class ExportQueries {

	private ExportQueries() {
	}

	/** The relationship types of the derived edges: one per relation a claim can state (not CONCERNS). */
	static final List<String> RELATIONS = Relation.names();

	static Map<String, Object> relations() {
		return Map.of("relations", RELATIONS);
	}

	static final String DOCUMENTS = """
			MATCH (s:Source) WHERE s.id IS NOT NULL
			""" + ExportQueries.DOCUMENT_COLUMNS;

	/** One document: {@code $source}. */
	static final String DOCUMENT = """
			MATCH (s:Source {id: $source})
			""" + ExportQueries.DOCUMENT_COLUMNS;

	private static final String DOCUMENT_COLUMNS = """
			RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published,
			       s.publishedBasis AS publishedBasis, s.authors AS authors, s.corpusFile AS corpusFile, s.outlet AS outlet,
			       s.text AS text, s.url AS url, s.contentHash AS contentHash
			ORDER BY s.id
			""";

	/** speaksFor: the targets of the person's SPEAKS_FOR claims, i.e. of its derived SPEAKS_FOR edges. */
	static final String ENTITIES = """
			MATCH (e:Entity) WHERE e.id IS NOT NULL
			""" + ExportQueries.ENTITY_COLUMNS;

	/**
	 * The entities one document's claims and votes name ({@code $source}: holder, target, speaker, claimant, chain,
	 * what they regard, are conditional on or addressed to, instrument and body) and its outlet.
	 */
	static final String ENTITIES_OF_DOCUMENT = """
			MATCH (s:Source {id: $source})
			CALL (s) {
			  MATCH (s)<-[:EVIDENCED_BY]-(c:Claim)-->(e:Entity) WHERE c.source = s.id RETURN e
			  UNION
			  MATCH (s)<-[:EVIDENCED_BY]-(v:Vote)-->(e:Entity) WHERE v.source = s.id RETURN e
			  UNION
			  MATCH (e:Entity {id: s.outlet}) RETURN e
			}
			WITH DISTINCT e
			""" + ExportQueries.ENTITY_COLUMNS;

	private static final String ENTITY_COLUMNS = """
			RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description,
			       e.role AS role, e.belongsTo AS belongsTo,
			       COLLECT { MATCH (e)-[:SPEAKS_FOR]->(x:Entity) RETURN DISTINCT x.id AS x ORDER BY x } AS speaksFor,
			       COLLECT { MATCH (e)-[:CONCERNS]->(x:Entity) RETURN DISTINCT x.id AS x ORDER BY x } AS concerns
			ORDER BY e.id
			""";

	/**
	 * What a claim file says of a claim beyond holder, relation and target, as the graph holds it: who says it, how
	 * sure, through whom, the date's precision, when reported, quantity, period, the condition's kind and subject,
	 * the addressee. {@code certaintyGiven} is whether the claim file gave a certainty (see {@link #certaintyGiven}).
	 */
	private static final String QUALIFIERS = """
			       c.certainty AS certainty, c.certaintyGiven AS certaintyGiven, c.certaintyBasis AS certaintyBasis,
			       c.hedges AS hedges, c.claimant AS claimant, c.via AS via, c.datePrecision AS datePrecision,
			       c.reported AS reported, c.quantityValue AS quantityValue, c.quantityUnit AS quantityUnit,
			       c.quantityApproximate AS quantityApproximate, c.quantityBound AS quantityBound,
			       c.periodDuration AS periodDuration, c.periodExtendable AS periodExtendable, c.periodMinimum AS periodMinimum,
			       c.conditionKind AS conditionKind, c.conditionOn AS conditionOn, c.addressee AS addressee,
			""";

	/** Each claim with all its evidence; the writer tells the claim's own quote from the alsoIn ones. */
	static final String CLAIMS = """
			MATCH (c:Claim) WHERE c.id IS NOT NULL
			""" + ExportQueries.CLAIM_COLUMNS;

	/** The claims of one document ({@code $source}), those its claim file states; not those that cite it in alsoIn. */
	static final String CLAIMS_OF_DOCUMENT = """
			MATCH (:Source {id: $source})<-[:EVIDENCED_BY]-(c:Claim) WHERE c.source = $source
			WITH DISTINCT c
			""" + ExportQueries.CLAIM_COLUMNS;

	private static final String CLAIM_COLUMNS = """
			RETURN c.id AS id, c.source AS source, c.holder AS holder, c.relation AS relation, c.target AS target,
			       c.date AS date, c.quote AS quote, c.speaker AS speaker,
			""" + QUALIFIERS + """
			       c.condition AS condition, c.detail AS detail, c.regarding AS regarding, c.validFrom AS validFrom,
			       c.validUntil AS validUntil, c.vote AS vote, c.urging AS urging,
			       COLLECT { MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			                 RETURN {source: s.id, quote: e.quote} AS evidence ORDER BY s.id, e.quote } AS evidence
			ORDER BY c.id
			""";

	/**
	 * Each claim with the names of its holder and target and its own source, and that source's outlet (its other
	 * evidence: CLAIM_EVIDENCE).
	 */
	static final String CLAIM_ROWS = """
			MATCH (c:Claim) WHERE c.id IS NOT NULL
			OPTIONAL MATCH (h:Entity {id: c.holder})
			OPTIONAL MATCH (t:Entity {id: c.target})
			OPTIONAL MATCH (s:Source {id: c.source})
			RETURN c.id AS claimId, c.holder AS holder, h.name AS holderName, c.relation AS relation, c.target AS target,
			       t.name AS targetName, c.date AS date, c.condition AS condition, c.speaker AS speaker,
			       c.via[0] AS reportedBy, c.source AS sourceId, s.title AS sourceTitle, s.publisher AS publisher,
			       s.published AS published, s.outlet AS outlet, c.quote AS quote, c.detail AS detail, c.regarding AS regarding,
			""" + QUALIFIERS + """
			       c.validFrom AS validFrom, c.validUntil AS validUntil, c.vote AS vote, c.urging AS urging
			ORDER BY c.id
			""";

	/**
	 * Whether a claim's file gave its certainty, as the graph records it; where it records nothing (a graph loaded
	 * before it did), a certainty other than the default must have been given, and the default is taken as not given:
	 * written back without it, the claim reads as it was stored (its certainty) and is spared the hedge check a
	 * stated certainty brings, as the claim it was loaded from was.
	 */
	static boolean certaintyGiven(String certainty, Boolean recorded) {
		if (certainty == null) {
			return false;
		}
		return recorded != null ? recorded : !Certainty.DEFAULT.word().equals(certainty);
	}

	/** sourceTitle ... bodyName: for the CSV and GraphML exports, which name what the ids stand for. */
	static final String VOTES = """
			MATCH (v:Vote) WHERE v.id IS NOT NULL
			""" + ExportQueries.VOTE_COLUMNS;

	/** The vote tallies one document ({@code $source}) states. */
	static final String VOTES_OF_DOCUMENT = """
			MATCH (:Source {id: $source})<-[:EVIDENCED_BY]-(v:Vote) WHERE v.source = $source
			WITH DISTINCT v
			""" + ExportQueries.VOTE_COLUMNS;

	private static final String VOTE_COLUMNS = """
			OPTIONAL MATCH (s:Source {id: v.source})
			OPTIONAL MATCH (i:Entity {id: v.instrument})
			OPTIONAL MATCH (b:Entity {id: v.body})
			RETURN v.id AS id, v.source AS source, v.instrument AS instrument, v.body AS body, v.date AS date,
			       v.`for` AS votesFor, v.against AS against, v.abstain AS abstain, v.quote AS quote,
			       s.title AS sourceTitle, s.publisher AS publisher, s.published AS published,
			       i.name AS instrumentName, b.name AS bodyName
			ORDER BY v.id
			""";

	/** The derived edges (holder)-[:RELATION]->(target), with what the loader summarised from their claims. */
	static final String EDGES = """
			MATCH (h:Entity)-[r]->(t:Entity) WHERE type(r) IN $relations
			RETURN h.id AS holder, h.name AS holderName, type(r) AS relation, t.id AS target, t.name AS targetName,
			       r.claimIds AS claimIds, r.sourceIds AS sourceIds, r.sources AS sources,
			       r.publisherNames AS publisherNames, r.publishers AS publishers, r.condition AS condition,
			       r.firstDate AS firstDate, r.lastDate AS lastDate, r.certainty AS certainty,
			       r.statedClaims AS statedClaims, r.reportedClaims AS reportedClaims, r.probableClaims AS probableClaims,
			       r.possibleClaims AS possibleClaims
			ORDER BY holder, relation, target
			""";

	/** Where each holder stands on each target it took a position on, at each minimum certainty (the loader keeps it). */
	static final String STANDINGS = """
			MATCH (h:Entity)-[s:STANDS_ON]->(t:Entity)
			RETURN h.id AS holder, t.id AS target, s.statedOrStrongerSide AS statedOrStrongerSide,
			       s.reportedOrStrongerSide AS reportedOrStrongerSide, s.probableOrStrongerSide AS probableOrStrongerSide,
			       s.possibleOrStrongerSide AS possibleOrStrongerSide
			ORDER BY holder, target
			""";

	/** What a proposition or instrument is about: edges the entity file states, with no claims behind them. */
	static final String CONCERNS = """
			MATCH (h:Entity)-[:CONCERNS]->(t:Entity)
			RETURN h.id AS holder, h.name AS holderName, 'CONCERNS' AS relation, t.id AS target, t.name AS targetName
			ORDER BY holder, target
			""";

	/** Whose an unnamed source, a group or a person is, as the entity file states it (belongsTo). */
	static final String BELONGS_TO = """
			MATCH (h:Entity)-[:BELONGS_TO]->(t:Entity)
			RETURN h.id AS holder, h.name AS holderName, 'BELONGS_TO' AS relation, t.id AS target, t.name AS targetName
			ORDER BY holder, target
			""";

	/**
	 * Every relationship from a claim or vote to an entity or source (BY, ABOUT, SPOKEN_BY, CLAIMED_BY, REPORTED_BY,
	 * REGARDING, CONDITIONAL_ON, ADDRESSED_TO, EVIDENCED_BY with its quote; ON, IN, EVIDENCED_BY), by what it joins
	 * rather than by a list of types, so that none is left out. Each end is its label and id.
	 */
	static final String PROVENANCE = """
			MATCH (n)-[r]->(x) WHERE (n:Claim OR n:Vote) AND (x:Entity OR x:Source) AND n.id IS NOT NULL AND x.id IS NOT NULL
			RETURN CASE WHEN n:Claim THEN 'Claim' ELSE 'Vote' END AS fromLabel, n.id AS fromId, type(r) AS relation,
			       CASE WHEN x:Entity THEN 'Entity' ELSE 'Source' END AS toLabel, x.id AS toId, r.quote AS quote
			ORDER BY fromLabel, fromId, relation, toLabel, toId, quote
			""";

	/** One row per claim and piece of evidence: the claim's own quote first, then its alsoIn quotes. */
	static final String CLAIM_EVIDENCE = """
			MATCH (c:Claim) WHERE c.id IS NOT NULL
			MATCH (c)-[e:EVIDENCED_BY]->(s:Source)
			OPTIONAL MATCH (h:Entity {id: c.holder})
			OPTIONAL MATCH (t:Entity {id: c.target})
			RETURN c.id AS claimId, c.holder AS holder, h.name AS holderName, c.relation AS relation, c.target AS target,
			       t.name AS targetName, c.date AS date, c.condition AS condition, c.speaker AS speaker,
			       c.via[0] AS reportedBy, s.id AS sourceId, s.title AS sourceTitle, s.publisher AS publisher,
			       s.published AS published, e.quote AS quote
			ORDER BY c.id, CASE WHEN s.id = c.source AND e.quote = c.quote THEN 0 ELSE 1 END, s.id, e.quote
			""";
}
