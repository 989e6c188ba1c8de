package org.stancegraph.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.stancegraph.claims.LoadProgress;

/**
 * One line per batch a load writes: the step, its rows so far, and its rate since the step began (since the previous
 * step's last line, or the load's start: the reads before a step count in its time), so that the first steps do not
 * look slow for the validation and start-up before them.
 */
final class ProgressLines implements LoadProgress {

	private final PrintWriter out;
	private final LongSupplier nanoTime;
	private String step;
	private long stepStarted;
	private long lastLine;

	ProgressLines(PrintWriter out, LongSupplier nanoTime) {
		this.out = out;
		this.nanoTime = nanoTime;
		this.lastLine = nanoTime.getAsLong();
	}

	@Override
	public void written(String step, int done, int total) {
		long now = nanoTime.getAsLong();
		if (!step.equals(this.step)) {
			this.step = step;
			stepStarted = lastLine;
		}
		lastLine = now;
		double seconds = Math.max(1e-3, (now - stepStarted) / 1e9);
		out.printf("  %s: %d/%d written (%.0f rows/s)%n", step, done, total, done / seconds);
	}
}
