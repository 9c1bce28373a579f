package dev.kontor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentiles() {
        List<Long> samples = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            samples.add(i * 1_000_000);
        }
        Collections.shuffle(samples);
        LatencyStats stats = new LatencyStats(samples);
        assertEquals(50.0, stats.percentileMillis(50));
        assertEquals(95.0, stats.percentileMillis(95));
        assertEquals(99.0, stats.percentileMillis(99));
        assertEquals(100.0, stats.percentileMillis(100));
        assertEquals(50.5, stats.meanMillis(), 1e-9);
    }

    @Test
    void smallAndEmptySamples() {
        LatencyStats three = new LatencyStats(List.of(30L, 10L, 20L));
        assertEquals(20L, three.percentileNanos(50));
        assertEquals(30L, three.percentileNanos(99));
        assertEquals(0L, new LatencyStats(List.of()).percentileNanos(50));
    }

    @Test
    void roundsAreSlicedWithoutGapsOrOverlap() {
        List<Integer> all = List.of(1, 2, 3, 4, 5, 6, 7);
        assertEquals(List.of(1, 2, 3), BenchmarkMain.slice(all, 0, 2));
        assertEquals(List.of(4, 5, 6, 7), BenchmarkMain.slice(all, 1, 2));
    }
}
