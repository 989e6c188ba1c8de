package org.stancegraph.entities;

import java.util.List;

import org.stancegraph.web.Paging;

/** A page of entities: of a search, best match first, or of all entities (of a kind) by name. */
public record EntityList(List<EntitySummary> items, Paging.Info page) {
}
