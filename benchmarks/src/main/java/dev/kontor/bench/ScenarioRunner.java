package dev.kontor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the logins of a scenario with a fixed number of virtual users, measuring latency and server CPU. */
public final class ScenarioRunner {

    private final LoginDriver driver;
    private final ServerCpu cpu;
    private final int concurrency;

    public ScenarioRunner(LoginDriver driver, ServerCpu cpu, int concurrency) {
        this.driver = driver;
        this.cpu = cpu;
        this.concurrency = concurrency;
    }

    /** One login per user; adds latencies, errors, wall time and server CPU to the result. */
    public void measure(Scenario scenario, List<BenchUser> users, ScenarioResult into) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        double cpuBefore = cpu.seconds();
        long start = System.nanoTime();
        forEach(users, user -> {
            LoginDriver.Result r = login(scenario, user, "none");
            if (scenario.savedBrowser() && r.askedForCode()) {
                throw new IllegalStateException(user.email() + ": saved browser was asked for a code");
            }
            latencies.add(r.httpNanos());
        }, errors);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu.seconds() - cpuBefore;
        into.add(latencies, errors, wall, cpuSeconds);
    }

    /** One fresh-browser password login per entry of {@code users} (a user may repeat); returns the failures. */
    public int loginAll(List<BenchUser> users, String clientId) throws Exception {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        forEach(users, user -> driver.login(user, clientId, new CookieJar(), "none"), errors);
        failIfMostFailed("logins with " + clientId, users.size(), errors);
        return errors.size();
    }

    /** Logins that are not measured (warm-up); fails if most of them fail. */
    public void warmUp(Scenario scenario, List<BenchUser> users) throws Exception {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        forEach(users, user -> login(scenario, user, "none"), errors);
        failIfMostFailed("warm-up " + scenario, users.size(), errors);
    }

    /** One email-code login per user choosing "save this browser"; keeps the trust cookie for the user. */
    public void saveBrowsers(List<BenchUser> users) throws Exception {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        forEach(users, user -> {
            CookieJar jar = new CookieJar();
            driver.login(user, BenchRealmSetup.SHOP_CLIENT, jar, "save");
            if (!jar.hasCookieStartingWith(LoginDriver.TRUST_COOKIE_PREFIX)) {
                throw new IllegalStateException(user.email() + ": no " + LoginDriver.TRUST_COOKIE_PREFIX + " cookie after 'save'");
            }
            user.trustCookies(jar.onlyStartingWith(LoginDriver.TRUST_COOKIE_PREFIX));
        }, errors);
        failIfMostFailed("saving browsers", users.size(), errors);
    }

    private LoginDriver.Result login(Scenario scenario, BenchUser user, String trustChoice) throws Exception {
        CookieJar jar = scenario.savedBrowser() && user.trustCookies() != null
                ? user.trustCookies().onlyStartingWith(LoginDriver.TRUST_COOKIE_PREFIX)
                : new CookieJar();
        return driver.login(user, scenario.clientId(), jar, trustChoice);
    }

    interface UserTask {
        void run(BenchUser user) throws Exception;
    }

    private void forEach(List<BenchUser> users, UserTask task, List<String> errors) throws Exception {
        ConcurrentLinkedQueue<BenchUser> queue = new ConcurrentLinkedQueue<>(users);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> {
                    BenchUser user;
                    while ((user = queue.poll()) != null) {
                        try {
                            task.run(user);
                        } catch (Exception e) {
                            errors.add(e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void failIfMostFailed(String what, int total, List<String> errors) {
        if (!errors.isEmpty()) {
            System.err.println("[bench] " + what + ": " + errors.size() + " of " + total + " failed, e.g. " + errors.get(0));
        }
        if (errors.size() * 2 > total) {
            throw new IllegalStateException(what + ": " + errors.size() + " of " + total + " failed, e.g. " + errors.get(0));
        }
    }
}
