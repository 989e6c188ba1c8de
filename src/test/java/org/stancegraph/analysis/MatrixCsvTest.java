package org.stancegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stancegraph.analysis.AnalysisViews.CellRelation;
import org.stancegraph.analysis.AnalysisViews.Matrix;
import org.stancegraph.analysis.AnalysisViews.MatrixCell;
import org.stancegraph.entities.EntitySummary;
import org.stancegraph.stances.StanceViews.ClaimsByCertainty;

/** CSV quoting (RFC 4180), without the app: the seed conditions hold no comma, quote or line break. */
class MatrixCsvTest {

	@Test
	void fieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
		assertThat(MatrixCsv.field("plain text; with semicolon")).isEqualTo("plain text; with semicolon");
		assertThat(MatrixCsv.field("")).isEqualTo("");
		assertThat(MatrixCsv.field("if A, then B")).isEqualTo("\"if A, then B\"");
		assertThat(MatrixCsv.field("the \"board\"")).isEqualTo("\"the \"\"board\"\"\"");
		assertThat(MatrixCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(MatrixCsv.field("cr\rlf")).isEqualTo("\"cr\rlf\"");
	}

	@Test
	void oneRowPerCellAndRelationAndOneForAnEmptyCell() {
		EntitySummary a = new EntitySummary("a", "A", "State");
		EntitySummary x = new EntitySummary("x", "X", "Proposition");
		EntitySummary y = new EntitySummary("y", "Y", "Proposition");
		Matrix matrix = new Matrix(null, List.of(a), List.of(x, y), List.of(
				new MatrixCell("a", "x", List.of(
						new CellRelation("SUPPORTS", List.of("c1", "c2"), 2, 1, "if \"peace\", then yes", "stated",
								new ClaimsByCertainty(1, 1, 0, 0)),
						new CellRelation("OFFERS_TROOPS", List.of("c3"), 1, 1, null, "probable", new ClaimsByCertainty(0, 0, 1, 0)))),
				new MatrixCell("a", "y", List.of())));
		assertThat(MatrixCsv.render(matrix)).isEqualTo("""
				actor,target,relation,claims,sources,publishers,condition,certainty\r
				a,x,SUPPORTS,c1;c2,2,1,"if ""peace"", then yes",stated\r
				a,x,OFFERS_TROOPS,c3,1,1,,probable\r
				a,y,,,,,,\r
				""");
	}
}
