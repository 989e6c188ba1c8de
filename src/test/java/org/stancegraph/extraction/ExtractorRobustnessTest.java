package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.stancegraph.claims.HedgeCues;
import org.stancegraph.graph.Certainty;

/**
 * Texts no rule was written for: the sentences of every document of the seeds and the held-out articles, shuffled,
 * cut mid-sentence and joined again (a fixed seed, so a failure repeats). Extraction never fails on them, and every
 * candidate it proposes quotes the text verbatim at its offsets, without space around it, and with no hedge its
 * certainty rules out.
 */
class ExtractorRobustnessTest {

	private static final int TEXTS = 300;

	@Test
	void anyMixOfTheCorpusExtractsAndEveryQuoteIsVerbatim() throws IOException {
		List<String> sentences = new ArrayList<>();
		for (Path folder : List.of(Path.of("seeds/documents"), Path.of("src/test/resources/datasets/held-out/documents"))) {
			try (Stream<Path> texts = Files.list(folder)) {
				for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
					String content = Files.readString(text);
					Sentences.of(content).forEach(s -> sentences.add(content.substring(s.start(), s.end())));
				}
			}
		}
		Random random = new Random(20251117);
		int candidates = 0;
		for (int n = 0; n < TEXTS; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = 0, length = 1 + random.nextInt(12); k < length; k++) {
				String sentence = sentences.get(random.nextInt(sentences.size()));
				if (random.nextInt(5) == 0) {
					sentence = sentence.substring(0, random.nextInt(sentence.length() + 1)); // cut mid-word, mid-quotation
				}
				text.append(sentence).append(random.nextBoolean() ? " " : "\n");
			}
			String mixed = text.toString();
			for (Candidate c : ExtractorTest.SEEDS.extract(mixed, LocalDate.parse("2025-11-20"), "zz-mix").candidates()) {
				assertThat(mixed.substring(c.quoteStart(), c.quoteEnd())).as(mixed).isEqualTo(c.quote()).isEqualTo(c.quote().strip());
				assertThat(HedgeCues.unexpected(Certainty.of(c.certainty()), c.quote())).as(c.quote()).isEmpty();
				assertThat(c.holder()).isNotEqualTo(c.target());
				candidates++;
			}
		}
		assertThat(candidates).as("the mixes propose something to check").isGreaterThan(TEXTS);
	}
}
