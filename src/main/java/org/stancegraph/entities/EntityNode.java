package org.stancegraph.entities;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A named thing as stored: every entity has the label Entity plus one kind label (State, Person, ...). */
@Node("Entity")
record EntityNode(@Id String id, String name, String kind, List<String> aliases, String description, String role) {
}
