package dev.kontor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The report's PNG charts, written next to the report. */
final class Charts {

    static final String LOGIN_LATENCY = "bench-login-latency.png";
    static final String API_LATENCY = "bench-api-latency.png";
    static final String GROWTH = "bench-orders-growth.png";

    private Charts() {}

    static void loginLatency(Path file, List<ScenarioResult> results) throws IOException {
        double[] median = new double[results.size()], p95 = new double[results.size()], p99 = new double[results.size()];
        List<String> names = results.stream().map(r -> r.scenario() + ": " + r.scenario().title()).toList();
        for (int i = 0; i < results.size(); i++) {
            LatencyStats s = results.get(i).stats();
            median[i] = s.percentileMillis(50);
            p95[i] = s.percentileMillis(95);
            p99[i] = s.percentileMillis(99);
        }
        Map<String, double[]> series = PngChart.series();
        series.put("median", median);
        series.put("p95", p95);
        series.put("p99", p99);
        PngChart.bars(file, "Login latency per scenario (ms, HTTP exchanges of one login)", "ms", names, series);
    }

    static void apiLatency(Path file, PortalApiBenchmark.Outcome api) throws IOException {
        List<ApiScenario> scenarios = List.of(ApiScenario.values());
        Map<String, double[]> series = PngChart.series();
        series.put("median", scenarios.stream().mapToDouble(s -> api.scenarios().get(s).stats().percentileMillis(50)).toArray());
        series.put("p95", scenarios.stream().mapToDouble(s -> api.scenarios().get(s).stats().percentileMillis(95)).toArray());
        series.put("p99", scenarios.stream().mapToDouble(s -> api.scenarios().get(s).stats().percentileMillis(99)).toArray());
        PngChart.bars(file, "Portal API latency per request (ms), " + String.format(java.util.Locale.ROOT, "%,d", api.totalOrders())
                + " orders in the database", "ms", scenarios.stream().map(s -> s + ": " + s.title().replace("`", "")).toList(), series);
    }

    static void growth(Path file, PortalApiBenchmark.Outcome api) throws IOException {
        double[] x = api.growth().stream().mapToDouble(PortalApiBenchmark.GrowthPoint::totalOrders).toArray();
        Map<String, double[]> series = PngChart.series();
        series.put("median", api.growth().stream().mapToDouble(g -> g.result().stats().percentileMillis(50)).toArray());
        series.put("p95", api.growth().stream().mapToDouble(g -> g.result().stats().percentileMillis(95)).toArray());
        series.put("p99", api.growth().stream().mapToDouble(g -> g.result().stats().percentileMillis(99)).toArray());
        PngChart.lines(file, "GET /portal/orders (first page of 20) against total orders in the database",
                "total orders (log scale)", "ms", x, series);
    }
}
