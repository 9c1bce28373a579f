package dev.kontor.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line settings of a benchmark run ({@code --name value} pairs). {@code --stock-base-url} and
 * {@code --stock-pid} name a stock Keycloak (no Kontor providers) for the heap comparison; without
 * them that scenario is skipped. {@code --db-url} (JDBC, PostgreSQL) lets the portal API scenarios
 * seed the order table; without it they are skipped.
 */
public record Settings(String baseUrl, String realm, int smtpPort, int usersPerScenario, int warmupPerScenario,
                       int rounds, int concurrency, long keycloakPid, long clockTicks, Path report, String mode,
                       String keycloakVersion, String nproc, String pinning, String adminUser, String adminPassword,
                       String stockBaseUrl, long stockPid, int heapLogins,
                       String dbUrl, String dbUser, String dbPassword, long apiTotalOrders, int apiRequests, int apiWarmup,
                       java.util.Set<String> parts) {

    /** The parts of a run: {@code heap}, {@code logins}, {@code api} (all by default; {@code --only api,heap}). */
    public boolean runs(String part) {
        return parts.contains(part);
    }


    public static Settings parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            if (key.equals("quick")) {
                m.put("mode", "quick");
            } else if (i + 1 < args.length) {
                m.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + args[i]);
            }
        }
        boolean quick = "quick".equals(m.getOrDefault("mode", "full"));
        return new Settings(
                m.getOrDefault("base-url", "http://127.0.0.1:8580"),
                m.getOrDefault("realm", "kontor"),
                Integer.parseInt(m.getOrDefault("smtp-port", "3125")),
                Integer.parseInt(m.getOrDefault("users", quick ? "60" : "2000")),
                Integer.parseInt(m.getOrDefault("warmup", quick ? "20" : "100")),
                Integer.parseInt(m.getOrDefault("rounds", quick ? "2" : "4")),
                Integer.parseInt(m.getOrDefault("concurrency", "4")),
                Long.parseLong(m.getOrDefault("keycloak-pid", "0")),
                Long.parseLong(m.getOrDefault("clk-tck", "100")),
                Path.of(m.getOrDefault("report", "docs/BENCHMARKS.md")),
                quick ? "quick" : "full",
                m.getOrDefault("keycloak-version", "unknown"),
                m.getOrDefault("nproc", Integer.toString(Runtime.getRuntime().availableProcessors())),
                m.getOrDefault("pinning", "none"),
                m.getOrDefault("admin-user", "admin"),
                m.getOrDefault("admin-password", "admin"),
                m.get("stock-base-url"),
                Long.parseLong(m.getOrDefault("stock-pid", "0")),
                Integer.parseInt(m.getOrDefault("heap-logins", quick ? "500" : "10000")),
                m.get("db-url"),
                m.getOrDefault("db-user", "keycloak"),
                m.getOrDefault("db-password", "keycloak"),
                Long.parseLong(m.getOrDefault("api-total-orders", quick ? "100000" : "1000000")),
                Integer.parseInt(m.getOrDefault("api-requests", quick ? "600" : "5000")),
                Integer.parseInt(m.getOrDefault("api-warmup", quick ? "200" : "1000")),
                java.util.Set.of(m.getOrDefault("only", "heap,logins,api").split(",")));
    }
}
