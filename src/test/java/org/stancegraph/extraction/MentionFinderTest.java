package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stancegraph.extraction.SeedEntities.entity;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Mentions: case, accents, inflection, the longest name, acronyms in capitals, and names of two entities. */
class MentionFinderTest {

	static final Extractor SEEDS = new Extractor(SeedEntities.ALL);

	static List<String> entities(List<Mention> mentions) {
		return mentions.stream().map(Mention::entity).toList();
	}

	@Test
	void accentsAndCaseAside() {
		String text = "Türkiye, Turkiye, TURKEY and turkey";
		List<Mention> mentions = SEEDS.mentions(text);
		assertThat(entities(mentions)).containsExactly("turkey", "turkey", "turkey", "turkey");
		assertThat(mentions.getFirst().text()).isEqualTo("Türkiye");
		assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
	}

	@Test
	void inflectionAside() {
		String text = "Turkey’s brigade, Turkey's offer, Hamas’s rejection; the guarantor countries met; Muslim nations";
		List<Mention> mentions = SEEDS.mentions(text);
		assertThat(entities(mentions)).containsExactly("turkey", "turkey", "hamas", "guarantor-countries", "muslim-states");
		assertThat(mentions.getFirst().text()).isEqualTo("Turkey’s");
	}

	@Test
	void theLongestNameWins() {
		List<Mention> mentions = SEEDS.mentions("Israel has repeatedly opposed Turkish participation in the ISF and the ISF itself.");
		assertThat(entities(mentions)).containsExactly("israel", "turkish-participation-in-isf", "isf");
		assertThat(mentions.get(1).text()).isEqualTo("Turkish participation in the ISF");
	}

	@Test
	void anAcronymNamesItsEntityOnlyInCapitals() {
		assertThat(entities(SEEDS.mentions("urging states to join us against Hamas"))).containsExactly("hamas");
		assertThat(entities(SEEDS.mentions("The US and the U.S. Army"))).containsExactly("united-states", "united-states");
		assertThat(entities(SEEDS.mentions("US Army"))).containsExactly("us-army");
	}

	@Test
	void wordsThatNameTwoEntitiesGiveAMentionOfEachMarkedAmbiguous() {
		Extractor extractor = new Extractor(List.of(entity("un-security-council", "Institution", "UN Security Council", "the council"),
				entity("city-council", "Institution", "City Council of Gaza", "the council"), entity("hamas", "Faction", "Hamas")));
		List<Mention> mentions = extractor.mentions("Hamas wrote to the Council.");
		assertThat(mentions).extracting(Mention::entity, Mention::text, Mention::ambiguous).containsExactly(
				org.assertj.core.groups.Tuple.tuple("hamas", "Hamas", false),
				org.assertj.core.groups.Tuple.tuple("un-security-council", "the Council", true),
				org.assertj.core.groups.Tuple.tuple("city-council", "the Council", true));
		assertThat(mentions.get(1).start()).isEqualTo(mentions.get(2).start()).isEqualTo(15);
	}
}
