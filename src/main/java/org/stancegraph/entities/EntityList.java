package org.stancegraph.entities;

import java.util.List;

import org.stancegraph.web.Page;

/** A page of entities: of a search, best match first, or of all entities (of a kind) by name. */
public record EntityList(List<EntitySummary> items, Page.Info page) {
}
