package org.stancegraph.database;

import java.nio.file.Path;

/**
 * Writes the graph of an embedded store that holds no database yet, before Neo4j starts on it: a first load of a large
 * set through Neo4j's offline importer, which writes a store several times faster than transactions can. When the
 * context has one, {@link EmbeddedNeo4jConfiguration} calls it if the store's database does not exist, and not
 * otherwise: it never writes over a graph.
 */
public interface StoreImport {

	/** Writes the database of the Neo4j home {@code home}, which holds none; leaves none behind if it fails. */
	void importInto(Path home);
}
