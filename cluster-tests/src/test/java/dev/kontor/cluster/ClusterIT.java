package dev.kontor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kontor.bench.AdminClient;
import dev.kontor.bench.BenchUser;
import dev.kontor.bench.CookieJar;
import dev.kontor.bench.LoginDriver;
import dev.kontor.bench.UserFactory;
import dev.kontor.bench.UserKind;
import dev.kontor.cluster.ClusterApi.Reply;
import dev.kontor.cluster.ClusterApi.Tokens;
import dev.kontor.cluster.RoundRobinProxy.Exchange;

/**
 * Kontor on two nodes behind a round-robin proxy (issue 18): one cluster for the class, the
 * checks in order, the kill of node B last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String REALM = ClusterApi.REALM;
    private static final Pattern VIEW_OF_TWO = Pattern.compile(
            "ISPN000094: Received new cluster view for channel ISPN: \\[[^]]*\\] \\(2\\) \\[node-[ab][^,\\]]*, node-[ab]");
    private static final int IMPORTS = 400;
    private static final int IMPORT_THREADS = 3;

    private static TwoNodeCluster cluster;
    private static ClusterApi api;
    private static ClusterOrders orders;
    private static AdminClient admin;
    private static LoginDriver login;
    private static UserFactory users;
    private static String runId;
    private long testStarted;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new TwoNodeCluster().start();
        api = new ClusterApi(TwoNodeCluster.PUBLIC_URL);
        orders = new ClusterOrders(api, cluster);
        admin = new AdminClient(api.http, TwoNodeCluster.PUBLIC_URL, "admin", "admin");
        login = new LoginDriver(api.http, TwoNodeCluster.PUBLIC_URL, REALM, cluster.mail);
        runId = UUID.randomUUID().toString().substring(0, 6);
        users = new UserFactory(admin, REALM, runId);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster == null) {
            return;
        }
        try {
            String report = cluster.timings.entrySet().stream()
                    .map(e -> String.format("%-60s %7.1f s", e.getKey(), e.getValue() / 1000.0))
                    .collect(Collectors.joining("\n"));
            System.out.println("Cluster test timings:\n" + report);
            Files.writeString(Path.of(System.getProperty("kontor.cluster.dir")).getParent().resolve("cluster-timings.txt"), report + "\n");
        } finally {
            cluster.close();
            cluster = null;
        }
    }

    @BeforeEach
    void startClock() {
        testStarted = System.nanoTime();
        cluster.proxy.unpin();
    }

    @AfterEach
    void stopClock(TestInfo test) {
        cluster.proxy.unpin();
        cluster.timings.put("test " + test.getTestMethod().map(m -> m.getName()).orElse("?"), (System.nanoTime() - testStarted) / 1_000_000);
    }

    @Test
    @Order(1)
    void bothNodesSeeEachOther() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((cluster.a.clusterSize() != 2 || cluster.b.clusterSize() != 2) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(2, cluster.a.clusterSize(), "vendor_cluster_size on node a's /metrics");
        assertEquals(2, cluster.b.clusterSize(), "vendor_cluster_size on node b's /metrics");
        assertTrue(cluster.a.logMatches(VIEW_OF_TWO), "node a logged a cluster view of 2");
        assertTrue(cluster.b.logMatches(VIEW_OF_TWO), "node b logged a cluster view of 2");

        // Round-robin really alternates, and both nodes name the same public URLs.
        Reply first = api.call("GET", "/realms/" + REALM + "/.well-known/openid-configuration", null, null, null);
        Reply second = api.call("GET", "/realms/" + REALM + "/.well-known/openid-configuration", null, null, null);
        assertEquals(200, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertNotEquals(first.node(), second.node(), "consecutive requests go to different nodes");
        assertEquals(TwoNodeCluster.PUBLIC_URL + "/realms/" + REALM, first.body().get("issuer").asText());
        assertEquals(first.body().get("issuer"), second.body().get("issuer"));
    }

    @Test
    @Order(2)
    void emailCodeMailedByOneNodeIsAcceptedByTheOther() throws Exception {
        BenchUser user = users.create("code", UserKind.EMAIL_CODE, 1).get(0);
        int seen = cluster.proxy.exchanges().size();
        // Nothing else runs through the proxy now: strict alternation puts every step on the other node.
        LoginDriver.Result result = login.login(user, ClusterApi.SHOP_CLIENT, new CookieJar(), "none");
        assertTrue(result.askedForCode(), "the email code was asked");

        List<Exchange> steps = cluster.proxy.exchanges().subList(seen, cluster.proxy.exchanges().size());
        int submit = -1;
        for (int i = 0; i < steps.size(); i++) {
            if ("POST".equals(steps.get(i).method()) && steps.get(i).formFields().contains("code")) {
                submit = i;
            }
        }
        assertTrue(submit > 0, "the code was submitted: " + steps);
        Exchange codePage = steps.get(submit - 1);
        Exchange codeSubmit = steps.get(submit);
        assertTrue(codePage.pageAsksForCode(), "the step before the submit served the code page: " + codePage);
        assertEquals(302, codeSubmit.status(), "the code was accepted: " + codeSubmit);
        assertNotEquals(codePage.node(), codeSubmit.node(),
                "code page by node " + codePage.node() + ", code accepted by node " + codeSubmit.node());
        assertEquals(200, api.userinfo(api.tokens(result, codePage.node()).access(), codeSubmit.node()).status(),
                "the login's token works on both nodes");
    }

    @Test
    @Order(3)
    void browserSavedViaAIsSkippedOnBAndItsDeleteOnBRevokesItOnA() throws Exception {
        BenchUser user = users.create("trust", UserKind.EMAIL_CODE, 1).get(0);
        String prefix = LoginDriver.TRUST_COOKIE_PREFIX;

        cluster.proxy.pin("a");
        CookieJar browser = new CookieJar();
        assertTrue(login.login(user, ClusterApi.SHOP_CLIENT, browser, "save").askedForCode(), "first login on a asks the code");
        assertTrue(browser.hasCookieStartingWith(prefix), "node a set the trust cookie");

        cluster.proxy.pin("b");
        CookieJar savedOnB = browser.onlyStartingWith(prefix);
        LoginDriver.Result onB = login.login(user, ClusterApi.SHOP_CLIENT, savedOnB, "none");
        assertFalse(onB.askedForCode(), "node b skips the code for the browser saved via node a");
        String token = api.tokens(onB, "b").access();

        Reply list = api.call("GET", "/realms/" + REALM + "/portal/trusted-browsers", token, null, "b");
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.body().get("total").asInt(), list.toString());
        String id = list.body().get("items").get(0).get("id").asText();
        Reply deleted = api.call("DELETE", "/realms/" + REALM + "/portal/trusted-browsers/" + id, token, null, "b");
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals("b", deleted.node());

        cluster.proxy.pin("a");
        assertTrue(login.login(user, ClusterApi.SHOP_CLIENT, savedOnB.onlyStartingWith(prefix), "none").askedForCode(),
                "node a asks the code again for the browser deleted via node b");
        assertEquals(0, api.call("GET", "/realms/" + REALM + "/portal/trusted-browsers", token, null, "a").body().get("total").asInt());
    }

    @Test
    @Order(4)
    void concurrentReturnsSplitOverBothNodesAcceptExactlyOne() throws Exception {
        BenchUser user = users.create("return", UserKind.PASSWORD_ONLY, 1).get(0);
        String token = api.tokens(login.login(user, ClusterApi.SHOP_CLIENT, new CookieJar(), "none"), null).access();
        String backend = api.backendToken();
        JsonNode order = orders.importOrder(backend, "R-" + runId, ClusterOrders.delivered(userId(user), 1), null).body();
        String lineId = order.get("lines").get(0).get("id").asText();
        Map<String, Object> request = Map.of("orderId", order.get("id").asText(), "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 1)));

        int requests = 20;
        List<Reply> replies = Parallel.run(requests, i -> api.call("POST", "/realms/" + REALM + "/portal/returns", token, request, i % 2 == 0 ? "a" : "b"));
        int accepted = 0;
        Map<String, Integer> byNode = new HashMap<>();
        for (Reply r : replies) {
            byNode.merge(r.node(), 1, Integer::sum);
            if (r.status() == 201) {
                accepted++;
            } else {
                assertTrue((r.status() == 422 && "quantity_exceeded".equals(r.code())) || (r.status() == 409 && "order_busy".equals(r.code())),
                        "a loser is told why, never a 5xx: " + r);
            }
        }
        System.out.println("returns: " + replies.stream().collect(Collectors.groupingBy(r -> r.status() + "/" + r.node()
                + (r.code() == null ? "" : "/" + r.code()), java.util.TreeMap::new, Collectors.counting())));
        assertEquals(Map.of("a", requests / 2, "b", requests / 2), byNode, "the requests were split over both nodes");
        assertEquals(1, accepted, "exactly one return of the one piece: " + replies.stream().map(Reply::status).toList());
        Reply mine = api.call("GET", "/realms/" + REALM + "/portal/returns", token, null, null);
        assertEquals(1, mine.body().get("total").asInt(), mine.toString());
        Reply detail = api.call("GET", "/realms/" + REALM + "/portal/orders/" + order.get("id").asText(), token, null, null);
        assertEquals(0, detail.body().get("lines").get(0).get("returnableQuantity").asInt(), detail.toString());
    }

    /**
     * The portal's read cache is per node: node A serves the detail and the list from memory, so a
     * change committed on node B must reach A's memory too (Keycloak's cluster messages), or A
     * would go on showing the old order.
     */
    @Test
    @Order(5)
    void aChangeOnNodeBReachesWhatNodeAServesFromItsReadCache() throws Exception {
        BenchUser user = users.create("cache", UserKind.PASSWORD_ONLY, 1).get(0);
        String token = api.tokens(login.login(user, ClusterApi.SHOP_CLIENT, new CookieJar(), "none"), null).access();
        String backend = api.backendToken();
        String number = "C-" + runId;
        Map<String, Object> body = ClusterOrders.delivered(userId(user), 1);
        String id = orders.importOrder(backend, number, body, "a").body().get("id").asText();
        String detailPath = "/realms/" + REALM + "/portal/orders/" + id;
        String listPath = "/realms/" + REALM + "/portal/orders";
        String before = total(orders.importOrder(backend, number, body, "a").body()); // unchanged re-import: the back end's view
        for (int read = 0; read < 2; read++) { // the second read is served from A's memory
            assertEquals(before, total(api.call("GET", detailPath, token, null, "a").body()));
            assertEquals(before, listTotal(api.call("GET", listPath, token, null, "a").body()));
        }

        body.put("lines", List.of(Map.of("sku", "SKU-0", "name", "Chair 0", "quantity", 2, "unitPrice", "49.00", "taxRate", "19.00",
                "orderable", true)));
        Reply changedOnB = orders.importOrder(backend, number, body, "b");
        assertEquals(200, changedOnB.status(), "the re-import on B: " + changedOnB);
        String after = total(changedOnB.body());
        assertNotEquals(before, after);

        long changed = System.nanoTime();
        String detailTotal;
        String listTotal;
        do {
            detailTotal = total(api.call("GET", detailPath, token, null, "a").body());
            listTotal = listTotal(api.call("GET", listPath, token, null, "a").body());
        } while ((!detailTotal.equals(after) || !listTotal.equals(after)) && System.nanoTime() - changed < 5_000_000_000L);
        long millis = (System.nanoTime() - changed) / 1_000_000;
        System.out.println("read cache: node A showed node B's change after " + millis + " ms");
        assertEquals(after, detailTotal, "A's detail after B's change");
        assertEquals(after, listTotal, "A's list after B's change");
    }

    private static String listTotal(JsonNode page) {
        return page.get("items").get(0).get("total").get("amount").asText();
    }

    private static String total(JsonNode detail) {
        return detail.get("costs").get("total").get("amount").asText();
    }

    @Test
    @Order(6)
    void killOfNodeBDuringImportsLosesAndDuplicatesNoAcknowledgedOrder() throws Exception {
        BenchUser user = users.create("kill", UserKind.PASSWORD_ONLY, 1).get(0);
        String userId = userId(user);
        cluster.proxy.pin("b");
        Tokens session = api.tokens(login.login(user, ClusterApi.SHOP_CLIENT, new CookieJar(), "none"), "b");
        cluster.proxy.unpin();
        String backend = api.backendToken();

        String prefix = "K-" + runId + "-";
        ImportStream imports = new ImportStream(orders, backend, userId, prefix, IMPORTS, IMPORT_THREADS);
        Set<String> acknowledged = imports.acknowledged;
        Set<String> failed = imports.failed;
        Map<String, Integer> statuses = imports.statuses;
        imports.awaitAThird();
        // Kill while node b is working on an import: its outcome is unknown to the client (502).
        long waitForWork = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (cluster.proxy.inFlight("b") == 0 && System.nanoTime() < waitForWork) {
            Thread.sleep(1); // a poll, not a spin: the two cores are busy with the nodes
        }
        int inFlightOnB = cluster.proxy.inFlight("b");
        long killedAt = System.nanoTime();
        cluster.b.killHard();
        // How long node a keeps a view with the dead node in it (its /metrics, polled from now on).
        CompletableFuture<Long> viewOfOne = CompletableFuture.supplyAsync(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (cluster.a.clusterSize() == 1) {
                    return (System.nanoTime() - killedAt) / 1_000_000;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1L;
                }
            }
            return -1L;
        });
        imports.awaitAll();
        cluster.timings.put("kill: imports after the kill", (System.nanoTime() - killedAt) / 1_000_000);
        System.out.println("imports by status/node: " + statuses + "; acknowledged " + acknowledged.size() + ", failed " + failed.size()
                + "; in flight on node b at the kill: " + inFlightOnB);

        assertFalse(cluster.b.isAlive(), "node b's JVM is gone");
        assertTrue(statuses.keySet().stream().anyMatch(s -> s.endsWith("/b") && s.startsWith("2")), "node b acknowledged imports before the kill: " + statuses);
        assertFalse(failed.isEmpty(), "imports sent to node b after the kill failed: " + statuses);
        assertTrue(acknowledged.size() >= IMPORTS / 3, "node a kept acknowledging: " + statuses);

        Map<String, Integer> stored = orders.storedOrders(prefix);
        for (String number : acknowledged) {
            assertEquals(1, stored.getOrDefault(number, 0), "acknowledged order " + number + " is stored exactly once");
        }
        assertTrue(stored.values().stream().allMatch(n -> n == 1), "no order is stored twice: " + stored);

        // The failed ones are retried on the surviving node (the import is idempotent by number):
        // 201 if the first attempt wrote nothing, 200 if it was written but its answer was lost.
        Map<Integer, Integer> retries = new java.util.TreeMap<>();
        for (String number : failed) {
            Reply r = orders.importOrder(backend, number, imports.body(number), "a");
            assertTrue(r.status() == 200 || r.status() == 201, "retry of " + number + ": " + r);
            retries.merge(r.status(), 1, Integer::sum);
        }
        System.out.println("retries on node a by status: " + retries);
        stored = orders.storedOrders(prefix);
        assertEquals(IMPORTS, stored.size(), "every order exists after the retries");
        assertTrue(stored.values().stream().allMatch(n -> n == 1), "still no order stored twice");
        assertEquals(imports.expectedLines(), orders.storedLines(prefix), "no order line written twice");

        // The user who signed in on node b before the kill is still signed in.
        assertEquals(200, api.userinfo(session.access(), "a").status(), "userinfo on node a with the token of node b");
        Reply refreshed = api.refresh(session, "a");
        assertEquals(200, refreshed.status(), "refresh on node a of the session made on node b: " + refreshed);

        long untilViewOfOne = viewOfOne.get(2, TimeUnit.MINUTES);
        cluster.timings.put("kill: until node a's cluster view is 1", untilViewOfOne);
        assertTrue(untilViewOfOne >= 0, "node a's cluster view dropped to 1 within 90 s of the kill");
    }

    private static String userId(BenchUser user) {
        return admin.expect(admin.get(REALM + "/users?exact=true&email=" + ClusterApi.enc(user.email())), "find " + user.email())
                .json().get(0).get("id").asText();
    }
}
