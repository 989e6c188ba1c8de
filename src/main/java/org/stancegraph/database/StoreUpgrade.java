package org.stancegraph.database;

/**
 * Brings what a store written by an earlier version holds up to what this version's queries expect, after the schema
 * is applied at each start ({@link GraphSchema}). Finds nothing to do once a store is up to date.
 */
public interface StoreUpgrade {

	void upgrade();
}
