package org.stancegraph.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.HdrHistogram.Histogram;

/**
 * Latency of one call, from an HdrHistogram, after a warm-up: the figures the report gives per query. In src/test/java
 * because the benchmark (src/bench/java) and the load run (src/load/java) both use it, each compiled only in its profile.
 */
public record Latency(long calls, double p50, double p99, double max, double mean, int timeouts) {

	/** How long and how often to call: warm-up first, then until the budget or the call count runs out. */
	public record Budget(long warmupMillis, int warmupCalls, long measureMillis, int maxCalls) {

		public Budget scaled(double factor) {
			return new Budget((long) (warmupMillis * factor), Math.max(1, (int) (warmupCalls * factor)),
					(long) (measureMillis * factor), Math.max(1, (int) (maxCalls * factor)));
		}
	}

	/** A call that gave up (a query over its transaction timeout); counted, and recorded at the time it took. */
	public static final class TimedOut extends RuntimeException {
		public TimedOut(Throwable cause) {
			super(cause);
		}
	}

	/** Calls {@code call} with 0, 1, 2, ... (each picks its parameters from the index) and records each call's time. */
	public static Latency measure(Budget budget, IntConsumer call) {
		int i = 0;
		int timeouts = 0;
		long warmupEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget.warmupMillis());
		for (int w = 0; w < budget.warmupCalls() && System.nanoTime() < warmupEnd; w++) {
			try {
				call.accept(i++);
			}
			catch (TimedOut ex) {
				// a warm-up call counts for nothing
			}
		}
		Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget.measureMillis());
		long calls = 0;
		do {
			long started = System.nanoTime();
			try {
				call.accept(i++);
			}
			catch (TimedOut ex) {
				timeouts++;
			}
			histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), System.nanoTime() - started));
			calls++;
		}
		while (calls < budget.maxCalls() && System.nanoTime() < end);
		return of(histogram, timeouts);
	}

	public static Latency of(Histogram histogram, int timeouts) {
		return new Latency(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
				millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()), histogram.getMean() / 1e6, timeouts);
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e3) / 1e3;
	}
}
