package org.stancegraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.SourceDocument;
import org.stancegraph.graph.Relation;

/**
 * How well extraction finds what curators found: candidates of every document of a dataset scored against the
 * curated claims of the same document. A candidate is right when its holder, relation and target are those of a
 * curated claim; recall is the curated claims that some candidate matches, over all curated claims; precision the
 * candidates that match some curated claim, over all candidates. Per relation and overall, with how often the
 * certainty of a right candidate agrees with the curated claim's.
 */
public final class ExtractionEvaluation {

	/** Counts for one relation, or all ("overall"). */
	public record Row(String relation, int curated, int found, int candidates, int right, int certaintyAgrees) {

		public double recall() {
			return curated == 0 ? Double.NaN : (double) found / curated;
		}

		public double precision() {
			return candidates == 0 ? Double.NaN : (double) right / candidates;
		}
	}

	/** A curated claim no candidate matched, or a candidate no curated claim matches. */
	public record Miss(String source, String holder, Relation relation, String target, String quote) {
	}

	/** Extraction's time on a text of {@code words} words, beside the time to tokenise the same text (the baseline). */
	public record Speed(int words, double extractionMillis, double tokenisationMillis, int runs) {
	}

	public record Report(List<Row> rows, Row overall, List<Miss> missed, List<Miss> wrong, int documents, Speed speed) {

		/** The report as Markdown: the table, then what was missed and what was proposed wrongly. */
		public String markdown(String dataset) {
			StringBuilder md = new StringBuilder("# Extraction against the curated claims of " + dataset + "\n\n");
			md.append(documents).append(" documents. A candidate is right when holder, relation and target are a curated claim's "
					+ "of the same document. Recall: curated claims matched by a candidate / curated claims. Precision: candidates "
					+ "matching a curated claim / candidates. Certainty: right candidates whose certainty is the curated one's.\n\n");
			md.append("| relation | curated | found | recall | candidates | right | precision | certainty agrees |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
			for (Row row : rows) {
				line(md, row);
			}
			line(md, overall);
			if (speed != null) {
				md.append(String.format(Locale.ROOT, "%nSpeed: extraction of a %d-word text took %.1f ms (median of %d runs), "
						+ "its tokenisation alone %.1f ms.%n", speed.words(), speed.extractionMillis(), speed.runs(),
						speed.tokenisationMillis()));
			}
			md.append("\n## Curated claims no candidate found\n\n");
			missed.forEach(m -> md.append(String.format("- %s: %s %s %s: \"%s\"%n", m.source(), m.holder(), m.relation(), m.target(), m.quote())));
			md.append("\n## Candidates no curated claim matches\n\n");
			wrong.forEach(m -> md.append(String.format("- %s: %s %s %s: \"%s\"%n", m.source(), m.holder(), m.relation(), m.target(), m.quote())));
			return md.toString();
		}

		private static void line(StringBuilder md, Row row) {
			md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %s | %s |%n", row.relation(), row.curated(),
					row.found(), percent(row.recall()), row.candidates(), row.right(), percent(row.precision()),
					row.right() == 0 ? "-" : row.certaintyAgrees() + "/" + row.right()));
		}

		/** One line per figure, for a terminal. */
		public String summary() {
			return String.format(Locale.ROOT, "%d documents: recall %s (%d of %d curated claims found), precision %s (%d of %d "
					+ "candidates right), certainty agrees on %d of %d right candidates", documents, percent(overall.recall()),
					overall.found(), overall.curated(), percent(overall.precision()), overall.right(), overall.candidates(),
					overall.certaintyAgrees(), overall.right())
					+ (speed == null ? "" : String.format(Locale.ROOT, "; a %d-word text extracted in %.1f ms (tokenising it: %.1f ms)",
							speed.words(), speed.extractionMillis(), speed.tokenisationMillis()));
		}
	}

	private ExtractionEvaluation() {
	}

	/** Extraction scored on every document of a validated dataset, with its speed. */
	public static Report evaluate(ClaimSet set) {
		Report scores = score(set);
		return new Report(scores.rows(), scores.overall(), scores.missed(), scores.wrong(), scores.documents(),
				speed(new Extractor(set.entities()), set.documents(), 1_000));
	}

	/** The scores alone, without timing. */
	public static Report score(ClaimSet set) {
		Extractor extractor = new Extractor(set.entities());
		return score(set, document -> extractor.extract(document.text(), document.published(), document.id()).candidates());
	}

	/** The scores of the candidates a function proposes for each document. */
	static Report score(ClaimSet set, Function<SourceDocument, List<Candidate>> propose) {
		Map<String, int[]> counts = new TreeMap<>(); // relation -> curated, found, candidates, right, agrees
		List<Miss> missed = new ArrayList<>();
		List<Miss> wrong = new ArrayList<>();
		for (SourceDocument document : set.documents()) {
			List<ClaimDefinition> curated = set.claims().stream().filter(c -> c.source().equals(document.id())).toList();
			List<Candidate> candidates = propose.apply(document);
			Map<String, Set<String>> curatedCertainties = new HashMap<>();
			curated.forEach(c -> curatedCertainties.computeIfAbsent(key(c.holder(), c.relation(), c.target()), k -> new HashSet<>())
				.add(c.attribution().certainty().word()));
			Set<String> proposed = new HashSet<>();
			candidates.forEach(c -> proposed.add(key(c.holder(), c.relation(), c.target())));
			for (ClaimDefinition c : curated) {
				int[] row = counts.computeIfAbsent(c.relation().name(), r -> new int[5]);
				row[0]++;
				if (proposed.contains(key(c.holder(), c.relation(), c.target()))) {
					row[1]++;
				}
				else {
					missed.add(new Miss(document.id(), c.holder(), c.relation(), c.target(), c.quote()));
				}
			}
			for (Candidate c : candidates) {
				int[] row = counts.computeIfAbsent(c.relation().name(), r -> new int[5]);
				row[2]++;
				Set<String> certainties = curatedCertainties.get(key(c.holder(), c.relation(), c.target()));
				if (certainties != null) {
					row[3]++;
					if (certainties.contains(c.certainty())) {
						row[4]++;
					}
				}
				else {
					wrong.add(new Miss(document.id(), c.holder(), c.relation(), c.target(), c.quote()));
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		int[] all = new int[5];
		for (Relation relation : Relation.values()) {
			int[] row = counts.get(relation.name());
			if (row != null) {
				rows.add(new Row(relation.name(), row[0], row[1], row[2], row[3], row[4]));
				Arrays.setAll(all, i -> all[i] + row[i]);
			}
		}
		return new Report(rows, new Row("overall", all[0], all[1], all[2], all[3], all[4]), missed, wrong,
				set.documents().size(), null);
	}

	private static String key(String holder, Relation relation, String target) {
		return holder + " " + relation + " " + target;
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

	private static final Pattern WORD = Pattern.compile("\\S+");

	/**
	 * The median time to extract from a text of about {@code words} words (the documents one after another, cut
	 * there), beside the median time to tokenise the same text, after a warm-up: both in the same run, so that
	 * the machine's speed cancels out of the ratio.
	 */
	static Speed speed(Extractor extractor, List<SourceDocument> documents, int words) {
		StringBuilder all = new StringBuilder();
		documents.forEach(d -> all.append(d.text()).append("\n\n"));
		while (all.length() > 0 && WORD.matcher(all).results().count() < words) {
			all.append(all.toString()); // a small dataset: its text again, until the text is long enough
		}
		Matcher m = WORD.matcher(all);
		int end = 0;
		int counted = 0;
		while (counted < words && m.find()) {
			end = m.end();
			counted++;
		}
		String text = all.substring(0, end);
		LocalDate published = documents.isEmpty() ? LocalDate.now() : documents.getFirst().published();
		int runs = 21;
		for (int i = 0; i < 5; i++) {
			extractor.extract(text, published, "speed");
			TextAnalysis.tokens(text);
		}
		double[] extraction = new double[runs];
		double[] tokenisation = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			extractor.extract(text, published, "speed");
			long t1 = System.nanoTime();
			TextAnalysis.tokens(text);
			long t2 = System.nanoTime();
			extraction[i] = (t1 - t0) / 1e6;
			tokenisation[i] = (t2 - t1) / 1e6;
		}
		Arrays.sort(extraction);
		Arrays.sort(tokenisation);
		return new Speed(counted, extraction[runs / 2], tokenisation[runs / 2], runs);
	}
}
