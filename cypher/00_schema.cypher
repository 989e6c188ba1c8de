// Stancegraph schema. Applied by the app at every start, in embedded and external mode alike: every statement
// is idempotent (IF NOT EXISTS, IF EXISTS). Run it by hand in Neo4j Browser or cypher-shell on a database of your own.

// Every id is unique and indexed: the loader MERGEs on them and every query anchors on them.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT vote_id IF NOT EXISTS FOR (v:Vote) REQUIRE v.id IS UNIQUE;
// One (:LoadLock {id: 'claims'}) node, which every load transaction locks first so that loads take turns.
CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (l:LoadLock) REQUIRE l.id IS UNIQUE;

// Nodes by label and relationships by type: the lookup indexes Neo4j gives a database it creates, which a store written
// by the offline importer (load's first load of a large set) lacks; without them a label scan reads every node.
CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS FOR (n) ON EACH labels(n);
CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r);

// An actor's claims on a target in date order: a page of a hub pair's timeline or evidence is read in the order it is
// shown, not sorted from all of the pair's claims; the loader finds the claims behind a derived edge by it too
// (holder and target, then the relation). Every claim has a date (the claim file's schema requires one).
CREATE INDEX claim_pair IF NOT EXISTS FOR (c:Claim) ON (c.holder, c.target, c.date);
// claim_pair serves what the (holder, relation, target) index did: a store made before it drops that one, which
// every claim written would otherwise update for nothing.
DROP INDEX claim_triple IF EXISTS;
// Claims by date: timelines and "as of" questions.
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);
// Claims regarding a target (an appeal about a proposal): the timeline on that target includes them.
CREATE INDEX claim_regarding IF NOT EXISTS FOR (c:Claim) ON (c.regarding);
// Sources by the SHA-256 of their text: a document posted again under another id is found and refused.
CREATE INDEX source_content_hash IF NOT EXISTS FOR (s:Source) ON (s.contentHash);
// Entities by kind: "all states", "all propositions".
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);

// The summary edges between an actor and a target, by the ids of their ends: how many claims and quotes an actor has
// on a target (the totals of a timeline or evidence page) is read from the few edges between the two, found by these
// indexes, rather than by walking every edge of the smaller end (tens of thousands of db hits at a pair of hubs).
// One index per relation: Neo4j indexes relationships by type, and a pattern naming several types seeks each index.
// (The app names the ends of the edges of a store written before them at start: GraphSchema.)
CREATE INDEX supports_ends IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.holder, r.target);
CREATE INDEX proposed_ends IF NOT EXISTS FOR ()-[r:PROPOSED]-() ON (r.holder, r.target);
CREATE INDEX opposes_ends IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.holder, r.target);
CREATE INDEX abstained_ends IF NOT EXISTS FOR ()-[r:ABSTAINED]-() ON (r.holder, r.target);
CREATE INDEX offers_troops_ends IF NOT EXISTS FOR ()-[r:OFFERS_TROOPS]-() ON (r.holder, r.target);
CREATE INDEX declines_ends IF NOT EXISTS FOR ()-[r:DECLINES]-() ON (r.holder, r.target);
CREATE INDEX backs_ends IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.holder, r.target);
CREATE INDEX member_of_ends IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.holder, r.target);
CREATE INDEX speaks_for_ends IF NOT EXISTS FOR ()-[r:SPEAKS_FOR]-() ON (r.holder, r.target);
CREATE INDEX oversees_ends IF NOT EXISTS FOR ()-[r:OVERSEES]-() ON (r.holder, r.target);
CREATE INDEX authorizes_ends IF NOT EXISTS FOR ()-[r:AUTHORIZES]-() ON (r.holder, r.target);
CREATE INDEX participates_in_ends IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.holder, r.target);
CREATE INDEX signed_ends IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.holder, r.target);
CREATE INDEX adopted_as_ends IF NOT EXISTS FOR ()-[r:ADOPTED_AS]-() ON (r.holder, r.target);
CREATE INDEX revises_ends IF NOT EXISTS FOR ()-[r:REVISES]-() ON (r.holder, r.target);
CREATE INDEX urges_ends IF NOT EXISTS FOR ()-[r:URGES]-() ON (r.holder, r.target);
CREATE INDEX demands_ends IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.holder, r.target);
CREATE INDEX accuses_ends IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.holder, r.target);
CREATE INDEX threatens_ends IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.holder, r.target);
CREATE INDEX controls_ends IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.holder, r.target);

// Search over names and aliases, case- and accent-insensitive (Türkiye = turkiye).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
