package org.stancegraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What an export wrote: records per kind, in the order written ({@code documents=5, entities=110, ...}). */
public record ExportSummary(ExportFormat format, Map<String, Long> counts) {

	public ExportSummary {
		counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	public long count(String what) {
		return counts.getOrDefault(what, 0L);
	}

	@Override
	public String toString() {
		return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
	}
}
