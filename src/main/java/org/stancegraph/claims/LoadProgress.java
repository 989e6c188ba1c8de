package org.stancegraph.claims;

/** Told after every batch a load writes, so that a long load can show how far it is and how fast it goes. */
@FunctionalInterface
public interface LoadProgress {

	LoadProgress NONE = (step, done, total) -> {
	};

	/**
	 * @param step  what is being written: sources, entities, claims, links, evidence, votes, edges
	 * @param done  rows of this step written so far
	 * @param total rows of this step in all
	 */
	void written(String step, int done, int total);
}
