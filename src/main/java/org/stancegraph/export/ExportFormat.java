package org.stancegraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

/** The forms the whole graph can be exported in, each with its media type and the file name it is offered as. */
public enum ExportFormat {

	/** The dataset form (documents, entities, claims, votes, plus the derived edges): {@link ExportReader} reads it back. */
	JSON("json", "application/json", "stancegraph-export.json"),
	/** Every record as a row of one RFC 4180 table, its kind in the first column ({@link CsvExport}), for spreadsheets. */
	CSV("csv", "text/csv;charset=UTF-8", "stancegraph.csv"),
	/** Entities, sources, claims and votes as nodes, every relationship as an edge, GraphML 1.0, for Gephi, yEd, NetworkX, igraph... */
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

	/**
	 * The format an Accept header asks for (its media ranges, as parsed), or empty when it accepts none of them. A
	 * format's quality is that of the most specific range that includes its media type (RFC 9110 12.5.1: "text/csv;q=0,
	 * *&#47;*" excludes CSV); the highest quality above 0 wins, a tie goes to the more specific range, then to the
	 * range named first, then to the order here (so *&#47;* is JSON).
	 */
	public static Optional<ExportFormat> negotiate(List<MediaType> accepted) {
		ExportFormat best = null;
		Match bestMatch = null;
		for (ExportFormat format : values()) {
			Match match = null;
			for (int i = 0; i < accepted.size(); i++) {
				MediaType range = accepted.get(i);
				if (range.includes(format.mediaType) && (match == null || specificity(range) > match.specificity())) {
					match = new Match(range.getQualityValue(), specificity(range), i);
				}
			}
			if (match != null && match.quality() > 0 && (bestMatch == null || match.betterThan(bestMatch))) {
				best = format;
				bestMatch = match;
			}
		}
		return Optional.ofNullable(best);
	}

	private record Match(double quality, int specificity, int index) {

		boolean betterThan(Match other) {
			if (quality != other.quality) {
				return quality > other.quality;
			}
			return specificity != other.specificity ? specificity > other.specificity : index < other.index;
		}
	}

	/** *&#47;* is 0, text/* and application/*+xml are 1, text/csv is 2. */
	private static int specificity(MediaType range) {
		return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
	}

	/** The media type without parameters, as the OpenAPI description and a 406 name it. */
	public MediaType baseMediaType() {
		return new MediaType(mediaType.getType(), mediaType.getSubtype());
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
