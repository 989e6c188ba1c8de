package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stancegraph.graph.Relation;

/** The cue file: read and checked at start; one cue, however inflected. */
class CueLexiconTest {

	@Test
	void theJarsCuesCoverTheStanceRelations() {
		CueLexicon cues = CueLexicon.standard();
		assertThat(cues.cues()).extracting(CueLexicon.Cue::relation).contains(Relation.SUPPORTS, Relation.OPPOSES, Relation.ABSTAINED,
				Relation.PROPOSED, Relation.OFFERS_TROOPS, Relation.DECLINES, Relation.DEMANDS, Relation.ACCUSES, Relation.THREATENS,
				Relation.CONTROLS, Relation.MEMBER_OF, Relation.SPEAKS_FOR);
		assertThat(cues.attribution()).extracting(CueLexicon.Marker::kind).contains("speech", "source", "told");
		assertThat(cues.conditions()).extracting(CueLexicon.Marker::kind).contains("if", "only-if", "unless");
		// longest first: "will not participate" is tried before "participate in"
		assertThat(cues.cues().getFirst().terms().size()).isGreaterThanOrEqualTo(cues.cues().getLast().terms().size());
	}

	@Test
	void aCueIsFoundHoweverItIsInflected() {
		CueLexicon cues = CueLexicon.parse("""
				relations:
				  OPPOSES:
				    acts: [rejected]
				titles: [minister]
				attribution: {speech: [said]}
				conditions: {if: [if]}
				bodies: [council]
				gatherings: [meeting]
				negations: [not]
				paraphrases: {disarm: [give up weapons]}
				""");
		assertThat(cues.cues().getFirst().terms()).isEqualTo(TextAnalysis.terms("rejects")).isEqualTo(TextAnalysis.terms("Rejecting"));
		assertThat(cues.paraphrases()).containsEntry(TextAnalysis.terms("gives up weapons"), "disarm");
	}

	@Test
	void anUnknownRelationOrShapeOrACueOfTwoRelationsStopsTheStart() {
		assertThatThrownBy(() -> CueLexicon.parse("""
				relations:
				  LOVES: {acts: [loved]}
				  OPPOSES: {acts: [rejected], shouts: [booed]}
				  SUPPORTS: {states: [rejects, ""]}
				titles: [minister]
				attribution: {speech: [said], gossip: [heard]}
				conditions: {if: [if]}
				"""))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("extraction/cues.yaml")
			.hasMessageContaining("relations.LOVES: not a relation")
			.hasMessageContaining("relations.OPPOSES.shouts: not a shape")
			.hasMessageContaining("relations.SUPPORTS.states: 'rejects' is a cue of OPPOSES too")
			.hasMessageContaining("relations.SUPPORTS.states: '\"\"' is no cue")
			.hasMessageContaining("attribution.gossip: not one of");
	}
}
