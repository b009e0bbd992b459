package org.verbatim.search.internal.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of query times (nearest rank: p99 of 2,000 queries is the 1,980th fastest).
 *
 * @param count   queries
 * @param p50Nanos the median
 * @param p90Nanos the 90th percentile
 * @param p99Nanos the 99th percentile
 * @param meanNanos the mean
 * @param maxNanos the slowest
 */
public record Latencies(int count, long p50Nanos, long p90Nanos, long p99Nanos, long meanNanos, long maxNanos) {

	/** The percentiles of {@code nanos} (which is not changed). */
	public static Latencies of(long[] nanos) {
		if (nanos.length == 0) {
			return new Latencies(0, 0, 0, 0, 0, 0);
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		long sum = 0;
		for (long n : sorted) {
			sum += n;
		}
		return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sum / sorted.length,
				sorted[sorted.length - 1]);
	}

	private static long rank(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** The median in milliseconds. */
	public double p50Millis() {
		return p50Nanos / 1e6;
	}

	/** The 90th percentile in milliseconds. */
	public double p90Millis() {
		return p90Nanos / 1e6;
	}

	/** The 99th percentile in milliseconds. */
	public double p99Millis() {
		return p99Nanos / 1e6;
	}

	/** The mean in milliseconds. */
	public double meanMillis() {
		return meanNanos / 1e6;
	}

	/** The slowest in milliseconds. */
	public double maxMillis() {
		return maxNanos / 1e6;
	}
}
