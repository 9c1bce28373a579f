package dev.kontor.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of latencies (nearest-rank method). */
public final class LatencyStats {

    private final long[] sortedNanos;

    public LatencyStats(List<Long> nanos) {
        this.sortedNanos = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile p (0 < p ≤ 100) in nanoseconds; 0 for no samples. */
    public long percentileNanos(double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
    }

    public double percentileMillis(double p) {
        return percentileNanos(p) / 1_000_000.0;
    }

    public double meanMillis() {
        return Arrays.stream(sortedNanos).average().orElse(0) / 1_000_000.0;
    }
}
