package dev.kontor.bench;

import java.util.ArrayList;
import java.util.List;

/** The measured logins of one scenario, summed over the rounds of a run. */
public final class ScenarioResult {

    private final Scenario scenario;
    private final List<Long> latencies = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int errorCount;
    private double wallSeconds;
    private double cpuSeconds;

    public ScenarioResult(Scenario scenario) {
        this.scenario = scenario;
    }

    public synchronized void add(List<Long> roundLatencies, List<String> roundErrors, double roundWallSeconds, double roundCpuSeconds) {
        latencies.addAll(roundLatencies);
        errorCount += roundErrors.size();
        roundErrors.stream().limit(Math.max(0, 5 - errors.size())).forEach(errors::add);
        wallSeconds += roundWallSeconds;
        cpuSeconds += roundCpuSeconds;
    }

    public Scenario scenario() { return scenario; }
    public LatencyStats stats() { return new LatencyStats(latencies); }
    public int logins() { return latencies.size(); }
    public int errorCount() { return errorCount; }
    public List<String> sampleErrors() { return errors; }
    public double wallSeconds() { return wallSeconds; }
    public double cpuSeconds() { return cpuSeconds; }

    public double throughput() {
        return wallSeconds > 0 ? logins() / wallSeconds : 0;
    }

    /** Server CPU-seconds per successful login (NaN without CPU figures). */
    public double cpuPerLogin() {
        return logins() > 0 ? cpuSeconds / logins() : Double.NaN;
    }
}
