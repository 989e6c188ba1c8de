package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;
import org.stancegraph.graph.Relation;

/** The figures of evaluate-extraction, on a dataset whose counts are known. */
class ExtractionEvaluationTest {

	static final Path DATASET = Path.of("src/test/resources/datasets/extraction");

	static final ClaimSet SET = new ClaimValidator().validate(DatasetFiles.fromPath(DATASET));

	static Candidate candidate(String holder, Relation relation, String target, String certainty) {
		return new Candidate("zz-test-cand", holder, relation, target, certainty, null, List.of(), null, null, null, "2025-11-20",
				null, "Russia", 0, 6, new Candidate.Why("", 0, 0, "test", List.of()));
	}

	static Map<String, ExtractionEvaluation.Row> byRelation(ExtractionEvaluation.Report report) {
		return report.rows().stream().collect(java.util.stream.Collectors.toMap(ExtractionEvaluation.Row::relation, r -> r));
	}

	@Test
	void recallCountsCuratedClaimsFoundAndPrecisionCandidatesRight() {
		// 8 curated claims; 5 candidates: 3 right, 1 wrong relation, 1 wrong target
		ExtractionEvaluation.Report report = ExtractionEvaluation.score(SET, document -> List.of(
				candidate("russia", Relation.ABSTAINED, "resolution-9", "stated"),
				candidate("china", Relation.ABSTAINED, "resolution-9", "stated"),
				candidate("algeria", Relation.SUPPORTS, "resolution-9", "stated"),
				candidate("egypt", Relation.SUPPORTS, "resolution-9", "reported"),
				candidate("russia", Relation.MEMBER_OF, "resolution-9", "reported")));
		assertThat(report.overall()).isEqualTo(new ExtractionEvaluation.Row("overall", 8, 3, 5, 3, 2));
		assertThat(report.overall().recall()).isEqualTo(3.0 / 8);
		assertThat(report.overall().precision()).isEqualTo(0.6);
		Map<String, ExtractionEvaluation.Row> rows = byRelation(report);
		assertThat(rows.get("ABSTAINED")).isEqualTo(new ExtractionEvaluation.Row("ABSTAINED", 2, 2, 2, 2, 1));
		assertThat(rows.get("SUPPORTS")).isEqualTo(new ExtractionEvaluation.Row("SUPPORTS", 2, 1, 2, 1, 1));
		assertThat(rows.get("MEMBER_OF")).isEqualTo(new ExtractionEvaluation.Row("MEMBER_OF", 2, 0, 1, 0, 0));
		assertThat(report.missed()).extracting(ExtractionEvaluation.Miss::holder, ExtractionEvaluation.Miss::relation)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("security-council", Relation.SUPPORTS),
					org.assertj.core.groups.Tuple.tuple("russia", Relation.MEMBER_OF),
					org.assertj.core.groups.Tuple.tuple("algeria", Relation.MEMBER_OF),
					org.assertj.core.groups.Tuple.tuple("egypt", Relation.OPPOSES),
					org.assertj.core.groups.Tuple.tuple("resolution-9", Relation.AUTHORIZES));
		assertThat(report.wrong()).hasSize(2);
		assertThat(report.markdown("test")).contains("| ABSTAINED | 2 | 2 | 100% | 2 | 2 | 100% | 1/2 |")
			.contains("| overall | 8 | 3 | 38% | 5 | 3 | 60% | 2/3 |");
	}

	@Test
	void noCandidatesIsNoRecallAndNoPrecisionToSpeakOf() {
		ExtractionEvaluation.Report report = ExtractionEvaluation.score(SET, document -> List.of());
		assertThat(report.overall()).isEqualTo(new ExtractionEvaluation.Row("overall", 8, 0, 0, 0, 0));
		assertThat(report.overall().recall()).isZero();
		assertThat(report.overall().precision()).isNaN();
		assertThat(report.markdown("test")).contains("| overall | 8 | 0 | 0% | 0 | 0 | - | - |");
	}

	@Test
	void theExtractorOnTheDocument() {
		// what the cues find: the council's passing, both abstentions and Algeria's vote (and each voter's membership
		// of the council named before), Egypt's rejection; not what "sets up" says, which is no cue
		ExtractionEvaluation.Report report = ExtractionEvaluation.score(SET);
		assertThat(report.overall()).isEqualTo(new ExtractionEvaluation.Row("overall", 8, 7, 8, 7, 6));
		assertThat(report.missed()).extracting(ExtractionEvaluation.Miss::holder, ExtractionEvaluation.Miss::relation)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("resolution-9", Relation.AUTHORIZES));
		assertThat(report.wrong()).extracting(ExtractionEvaluation.Miss::holder, ExtractionEvaluation.Miss::relation)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("china", Relation.MEMBER_OF));
	}

	@Test
	void theSpeedIsMeasuredOnAsManyWordsAsAsked() {
		ExtractionEvaluation.Speed speed = ExtractionEvaluation.speed(new Extractor(SET.entities()), SET.documents(), 100);
		assertThat(speed.words()).isEqualTo(100);
		assertThat(speed.runs()).isOdd();
		assertThat(speed.extractionMillis()).isPositive();
		assertThat(speed.tokenisationMillis()).isPositive();
	}
}
