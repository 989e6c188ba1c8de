package org.stancegraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

/** The forms the whole graph can be exported in, each with its media type and the file name it is offered as. */
public enum ExportFormat {

	/** The dataset form (documents, entities, claims, votes, plus the derived edges): {@link ExportReader} reads it back. */
	JSON("json", "application/json", "stancegraph-export.json"),
	/** One row per claim and piece of evidence, RFC 4180, for spreadsheets. */
	CSV("csv", "text/csv;charset=UTF-8", "stancegraph-claims.csv"),
	/** Entities as nodes and derived edges as edges, GraphML 1.0, for Gephi, yEd, NetworkX, igraph... */
	GRAPHML("graphml", "application/graphml+xml;charset=UTF-8", "stancegraph.graphml");

	private final String parameter;
	private final MediaType mediaType;
	private final String fileName;

	ExportFormat(String parameter, String mediaType, String fileName) {
		this.parameter = parameter;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.fileName = fileName;
	}

	/** The format named by {@code format=} (case-insensitive); an unknown name is an {@link IllegalArgumentException}. */
	public static ExportFormat parse(String name) {
		String given = name == null ? "" : name.strip();
		return Arrays.stream(values()).filter(f -> f.parameter.equalsIgnoreCase(given)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("format: '" + abbreviate(given) + "' is not one of "
					+ Arrays.stream(values()).map(f -> f.parameter).collect(Collectors.joining(", "))));
	}

	public String parameter() {
		return parameter;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public String fileName() {
		return fileName;
	}

	@Override
	public String toString() {
		return parameter.toLowerCase(Locale.ROOT);
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 37) + "...";
	}
}
