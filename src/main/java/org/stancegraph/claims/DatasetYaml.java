package org.stancegraph.claims;

import java.util.regex.Pattern;

import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Dataset files as Stancegraph writes them (a new document's metadata, a document's files from the graph), in the
 * style of the seeds: no document marker, quotes only where YAML needs them, and every date and number-like string
 * quoted. A plain {@code 2025-11-19} is a timestamp to YAML 1.1 readers (PyYAML, Ruby), not the string the schemas
 * want; the project's own reader takes either.
 */
public final class DatasetYaml {

	/** A date as the files give one: a day, a month or a year (the year is number-like, quoted anyway). */
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

	private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder().stringQuotingChecker(new DatesQuoted()).build())
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.build();

	private DatasetYaml() {
	}

	/** A tree (a map, a JSON node ...) as the bytes of a dataset file. */
	public static byte[] write(Object tree) {
		return YAML.writeValueAsBytes(tree);
	}

	/** Jackson's quoting, and a date-shaped value quoted too. */
	private static final class DatesQuoted extends StringQuotingChecker.Default {

		private static final long serialVersionUID = 1L;

		@Override
		public boolean needToQuoteValue(String value) {
			return DATE.matcher(value).matches() || super.needToQuoteValue(value);
		}
	}
}
