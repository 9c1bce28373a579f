package dev.kontor.bench;

import java.util.ArrayList;
import java.util.List;

/** The measured requests of one API scenario (or of one data-growth point), summed over rounds. */
public final class ApiResult {

    private final List<Long> latencies = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int errorCount;
    private double wallSeconds;
    private double cpuSeconds;

    public synchronized void add(List<Long> roundLatencies, List<String> roundErrors, double wall, double cpu) {
        latencies.addAll(roundLatencies);
        errorCount += roundErrors.size();
        roundErrors.stream().limit(Math.max(0, 5 - errors.size())).forEach(errors::add);
        wallSeconds += wall;
        cpuSeconds += cpu;
    }

    public LatencyStats stats() { return new LatencyStats(latencies); }
    public int requests() { return latencies.size(); }
    public int errorCount() { return errorCount; }
    public List<String> sampleErrors() { return errors; }

    public double throughput() {
        return wallSeconds > 0 ? requests() / wallSeconds : 0;
    }

    public double cpuPerRequest() {
        return requests() > 0 ? cpuSeconds / requests() : Double.NaN;
    }
}
