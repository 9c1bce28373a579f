package dev.kontor.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The login benchmark against a running Kontor server (started by {@code ./kontor bench}): prepares
 * the realm and users, warms up, measures the scenarios side by side and writes the Markdown report.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try (MailSink mail = new MailSink(settings.smtpPort())) {
            AdminClient admin = new AdminClient(http, settings.baseUrl(), settings.adminUser(), settings.adminPassword());
            log("preparing realm " + settings.realm());
            Map<String, String> realmChanges = new BenchRealmSetup(admin, settings.realm()).apply();

            String runId = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000);
            UserFactory factory = new UserFactory(admin, settings.realm(), runId);
            // first, while both servers are fresh: nothing else has filled Kontor's caches yet
            HeapComparison.Result heap = compareHeap(settings, http, admin, factory, mail);
            ServerCpu cpu = new ServerCpu(settings.keycloakPid(), settings.clockTicks());
            if (!cpu.available()) {
                log("WARNING: no readable /proc/<pid>/stat for Keycloak pid " + settings.keycloakPid() + "; CPU figures will be n/a");
            }
            List<ScenarioResult> ordered = settings.runs("logins") ? runLogins(settings, http, factory, mail, cpu) : List.of();

            PortalApiBenchmark.Outcome api = null;
            if (settings.dbUrl() != null && settings.runs("api")) {
                api = new PortalApiBenchmark(settings, http, admin, factory,
                        new LoginDriver(http, settings.baseUrl(), settings.realm(), mail),
                        new ApiRunner(http, cpu, settings.concurrency())).run();
            } else {
                log("no --db-url: portal API scenarios skipped");
            }

            double seconds = (System.nanoTime() - started) / 1e9;
            Path dir = settings.report().toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Charts.loginLatency(dir.resolve(Charts.LOGIN_LATENCY), ordered);
            if (api != null) {
                Charts.apiLatency(dir.resolve(Charts.API_LATENCY), api);
                Charts.growth(dir.resolve(Charts.GROWTH), api);
            }
            String report = MarkdownReport.document(settings, MachineInfo.describe(settings), realmChanges, ordered, heap, api, seconds);
            Files.writeString(settings.report(), report);
            System.out.println();
            System.out.println(MarkdownReport.table(ordered));
            if (api != null) {
                System.out.println(MarkdownReport.apiTable(api));
                System.out.println(MarkdownReport.growthTable(api));
            }
            log("report written to " + settings.report().toAbsolutePath() + " (driver ran " + Math.round(seconds) + " s)");
            int errors = ordered.stream().mapToInt(ScenarioResult::errorCount).sum();
            if (errors > 0) {
                log("WARNING: " + errors + " logins failed; see the report");
            }
        }
    }

    /** Scenarios 1 and 2: the login flows, alternating in rounds. */
    private static List<ScenarioResult> runLogins(Settings settings, HttpClient http, UserFactory factory, CodeMailbox mail,
                                                  ServerCpu cpu) throws Exception {
        Map<Scenario, List<BenchUser>> warmUsers = new EnumMap<>(Scenario.class);
        Map<Scenario, List<BenchUser>> measuredUsers = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            log("creating " + (settings.warmupPerScenario() + settings.usersPerScenario()) + " users for " + s);
            warmUsers.put(s, factory.create(s.name().toLowerCase() + "w", s.userKind(), settings.warmupPerScenario()));
            measuredUsers.put(s, factory.create(s.name().toLowerCase(), s.userKind(), settings.usersPerScenario()));
        }

        ScenarioRunner runner = new ScenarioRunner(new LoginDriver(http, settings.baseUrl(), settings.realm(), mail), cpu,
                settings.concurrency());

        for (Scenario s : Scenario.values()) {
            if (s.savedBrowser()) {
                log("saving browsers for " + s + " (one email-code login each, choice 'save')");
                runner.saveBrowsers(warmUsers.get(s));
                runner.saveBrowsers(measuredUsers.get(s));
            }
        }
        for (Scenario s : Scenario.values()) {
            log("warm-up " + s + " (" + warmUsers.get(s).size() + " logins)");
            runner.warmUp(s, warmUsers.get(s));
        }

        Map<Scenario, ScenarioResult> results = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            results.put(s, new ScenarioResult(s));
        }
        for (int round = 0; round < settings.rounds(); round++) {
            for (Scenario s : Scenario.values()) {
                List<BenchUser> users = slice(measuredUsers.get(s), round, settings.rounds());
                log("round " + (round + 1) + "/" + settings.rounds() + ": " + s + " (" + users.size() + " logins)");
                runner.measure(s, users, results.get(s));
            }
        }

        return new ArrayList<>(results.values());
    }

    /**
     * Scenario 5 on fresh servers, before anything else ran: the stock Keycloak first (then it is
     * stopped, so it takes no CPU from the rest of the run), then Kontor. {@code null} if no stock
     * server was given.
     */
    private static HeapComparison.Result compareHeap(Settings settings, HttpClient http, AdminClient admin,
                                                     UserFactory factory, CodeMailbox mail) throws Exception {
        if (!settings.runs("heap") || settings.stockBaseUrl() == null || settings.stockPid() <= 0 || settings.heapLogins() <= 0) {
            log("no stock server given: heap comparison skipped");
            return null;
        }
        AdminClient stockAdmin = new AdminClient(http, settings.stockBaseUrl(), settings.adminUser(), settings.adminPassword());
        StockRealmSetup.apply(stockAdmin);
        List<BenchUser> stockUsers = new UserFactory(stockAdmin, StockRealmSetup.REALM, "s", false)
                .create("heap", UserKind.PASSWORD_ONLY, HeapComparison.USERS);
        ScenarioRunner stockRunner = new ScenarioRunner(new LoginDriver(http, settings.stockBaseUrl(), StockRealmSetup.REALM, mail),
                new ServerCpu(settings.stockPid(), settings.clockTicks()), settings.concurrency());
        log("heap: " + settings.heapLogins() + " logins into the stock Keycloak");
        HeapComparison.Side stock = HeapComparison.measure("Keycloak " + settings.keycloakVersion() + " without Kontor",
                stockRunner, new HeapProbe(settings.stockPid()), stockUsers, StockRealmSetup.CLIENT, settings.heapLogins());
        ProcessHandle.of(settings.stockPid()).ifPresent(ProcessHandle::destroy);

        List<BenchUser> kontorUsers = factory.create("heap", UserKind.PASSWORD_ONLY, HeapComparison.USERS);
        ScenarioRunner kontorRunner = new ScenarioRunner(new LoginDriver(http, settings.baseUrl(), settings.realm(), mail),
                new ServerCpu(settings.keycloakPid(), settings.clockTicks()), settings.concurrency());
        log("heap: " + settings.heapLogins() + " logins into Kontor");
        HeapComparison.Side kontor = HeapComparison.measure("Kontor (providers, `kontor` realm and flow)",
                kontorRunner, new HeapProbe(settings.keycloakPid()), kontorUsers, BenchRealmSetup.SHOP_CLIENT, settings.heapLogins());
        HeapComparison.Result result = new HeapComparison.Result(stock, kontor, HeapComparison.TARGET_RATIO);
        log(String.format(java.util.Locale.ROOT, "heap after logins: stock %.1f MiB, Kontor %.1f MiB, ratio %.3f",
                stock.heapAfterMiB(), kontor.heapAfterMiB(), result.ratio()));
        return result;
    }

    static <T> List<T> slice(List<T> all, int index, int parts) {
        int from = all.size() * index / parts;
        int to = all.size() * (index + 1) / parts;
        return all.subList(from, to);
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
