package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences as the seed documents' hard cases need them split. */
class SentencesTest {

	static List<String> split(String text) {
		return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
	}

	@Test
	void abbreviationsEndNoSentence() {
		assertThat(split("The U.S. is reportedly considering skipping the clause. Mr. Waltz said so. The U.S. Army agreed."))
			.containsExactly("The U.S. is reportedly considering skipping the clause.", "Mr. Waltz said so.", "The U.S. Army agreed.");
	}

	@Test
	void aQuotationEndsWithItsSentence() {
		// from seeds/documents/fdd-2025-11-19-hamas-rejects-resolution-2803.txt
		String text = "However, Israeli leaders consider this change a non-starter, as Israeli Prime Minister Benjamin Netanyahu said "
				+ "that “there will be no such thing [as] so-called non-demilitarization.”\n\n“In the 20-point plan, and in any "
				+ "other case, this area will be demilitarized, and Hamas will be disarmed—either the easy way or the hard way,” "
				+ "Netanyahu added.";
		List<String> sentences = split(text);
		assertThat(sentences).hasSize(2);
		assertThat(sentences.getFirst()).endsWith("non-demilitarization.”");
		assertThat(sentences.get(1)).startsWith("“In the 20-point plan").endsWith("Netanyahu added.");
	}

	@Test
	void aLineIsASentence() {
		assertThat(split("US Proposes International Gaza Force to UN as Turkey Pushes for Role\nTurkish Foreign Minister Hakan "
				+ "Fidan poses with his counterparts in Istanbul, Turkey, Nov. 3, 2025. Photo: REUTERS/Murad Sezer"))
			.containsExactly("US Proposes International Gaza Force to UN as Turkey Pushes for Role",
					"Turkish Foreign Minister Hakan Fidan poses with his counterparts in Istanbul, Turkey, Nov. 3, 2025.",
					"Photo: REUTERS/Murad Sezer");
	}
}
