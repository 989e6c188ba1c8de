package org.stancegraph.entities;

/** An entity as other answers name it. */
public record EntitySummary(String id, String name, String kind) {
}
