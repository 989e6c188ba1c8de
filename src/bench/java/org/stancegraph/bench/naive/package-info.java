/**
 * The naive baseline the benchmark compares the product with: the same claims as Spring Data Neo4j entities,
 * written with {@code saveAll} and read with derived finders that load whole entities. Outside the application's
 * entity scan on purpose: only the benchmark maps it.
 */
package org.stancegraph.bench.naive;
