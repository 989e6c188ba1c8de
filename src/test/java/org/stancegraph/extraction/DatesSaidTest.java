package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Dates said, relative to the document's date and as precise as the text: the curation guide's examples. */
class DatesSaidTest {

	static List<String> values(String text, String published) {
		return DatesSaid.in(text, LocalDate.parse(published)).stream().map(DatesSaid.DateSaid::value).toList();
	}

	@Test
	void aWeekdayIsTheLastOneOnOrBeforeTheDocument() {
		// Saturday 15 November 2025
		assertThat(values("On Friday, the Kremlin said", "2025-11-15")).containsExactly("2025-11-14");
		assertThat(values("on Saturday", "2025-11-15")).containsExactly("2025-11-15");
		assertThat(values("set for a vote next Monday", "2025-11-15")).containsExactly("2025-11-17");
	}

	@Test
	void aMonthIsAMonthAndADayADay() {
		assertThat(values("demanded a clarification of the prospective ISF’s mandate in October", "2025-11-19"))
			.containsExactly("2025-10");
		assertThat(values("back in September", "2025-11-07")).containsExactly("2025-09");
		assertThat(values("passed by the council on November 17 that", "2025-11-19")).containsExactly("2025-11-17");
		assertThat(values("Netanyahu on 18 November called on", "2025-11-18")).containsExactly("2025-11-18");
		assertThat(values("in Istanbul, Turkey, Nov. 3, 2025.", "2025-11-04")).containsExactly("2025-11-03");
		// December is last year's in a document of November
		assertThat(values("in December", "2025-11-19")).containsExactly("2024-12");
	}

	@Test
	void yearsAndRelativeWords() {
		assertThat(values("seized total control of Gaza in 2007", "2025-11-04")).containsExactly("2007");
		assertThat(values("spoke with Netanyahu by phone today", "2025-11-15")).containsExactly("2025-11-15");
		assertThat(values("said late last month that", "2025-11-07")).containsExactly("2025-10");
		assertThat(values("yesterday", "2025-11-01")).containsExactly("2025-10-31");
		assertThat(values("no date here, only February 30 and May", "2025-11-01")).isEmpty();
	}
}
