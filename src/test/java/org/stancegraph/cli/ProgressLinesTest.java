package org.stancegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The load's progress lines give each step's rate from when the step began, not from when the load started. */
class ProgressLinesTest {

	static final long SECOND = 1_000_000_000L;

	@Test
	void eachStepIsTimedFromTheLineBeforeIt() {
		AtomicLong clock = new AtomicLong(100 * SECOND);
		StringWriter text = new StringWriter();
		// made when the database is up, after validation: the load's clock starts here
		ProgressLines lines = new ProgressLines(new PrintWriter(text, true), clock::get);

		clock.addAndGet(2 * SECOND);
		lines.written("sources", 1000, 2000);
		clock.addAndGet(2 * SECOND);
		lines.written("sources", 2000, 2000);
		clock.addAndGet(SECOND);
		lines.written("claims", 1000, 1000);

		assertThat(text.toString().lines()).containsExactly(
				"  sources: 1000/2000 written (500 rows/s)",
				"  sources: 2000/2000 written (500 rows/s)",
				"  claims: 1000/1000 written (1000 rows/s)");
	}
}
