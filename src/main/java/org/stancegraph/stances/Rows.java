package org.stancegraph.stances;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.SourceRef;

/** Turns the maps Neo4jClient returns for map projections into the answer records. */
final class Rows {

	private Rows() {
	}

	static EntitySummary summary(Object value) {
		return value instanceof Map<?, ?> map
				? new EntitySummary((String) map.get("id"), (String) map.get("name"), (String) map.get("kind")) : null;
	}

	static SourceRef source(Object value) {
		Map<?, ?> map = (Map<?, ?>) value;
		return new SourceRef((String) map.get("id"), (String) map.get("title"), (String) map.get("publisher"),
				(LocalDate) map.get("published"), (String) map.get("corpusFile"));
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object list) {
		return list == null ? List.of() : List.copyOf((List<String>) list);
	}
}
