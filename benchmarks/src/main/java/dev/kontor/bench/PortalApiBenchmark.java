package dev.kontor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenarios 3 and 4: the customer API on a growing order table. Two customers order through the
 * admin API (one template order each); {@link OrderSeeder} then copies the templates in bulk:
 * <ol>
 *   <li>the small customer's 100 orders (≈ 10² in all) — growth point;</li>
 *   <li>the big customer's 10 000 orders (≈ 10⁴) — growth point;</li>
 *   <li>other customers' orders up to the configured total (10⁶ in full mode) — growth point, then
 *       scenario 3 side by side with Keycloak's account endpoint, as the big customer.</li>
 * </ol>
 * The growth points all read the small customer's first page, so the answer is the same size at
 * every point and only the table grows.
 */
public final class PortalApiBenchmark {

    /** Latency of the small customer's first order page at one table size. */
    public record GrowthPoint(long totalOrders, ApiResult result) {}

    public record Outcome(Map<ApiScenario, ApiResult> scenarios, List<GrowthPoint> growth, long totalOrders) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int SMALL_CUSTOMER_ORDERS = 100;
    static final int BIG_CUSTOMER_ORDERS = 10_000;
    static final int BIG_CUSTOMER_ADDRESSES = 5;

    private final Settings settings;
    private final HttpClient http;
    private final AdminClient admin;
    private final UserFactory users;
    private final LoginDriver logins;
    private final ApiRunner runner;

    public PortalApiBenchmark(Settings settings, HttpClient http, AdminClient admin, UserFactory users,
                              LoginDriver logins, ApiRunner runner) {
        this.settings = settings;
        this.http = http;
        this.admin = admin;
        this.users = users;
        this.logins = logins;
        this.runner = runner;
    }

    public Outcome run() throws Exception {
        String realm = settings.realm();
        String realmId = admin.expect(admin.get(realm), "read realm").json().get("id").asText();
        BenchUser small = users.create("api-small", UserKind.PASSWORD_ONLY, 1).get(0);
        BenchUser big = users.create("api-big", UserKind.PASSWORD_ONLY, 1).get(0);
        String smallId = userId(small), bigId = userId(big);
        importTemplate("BENCH-SMALL-T", smallId);
        importTemplate("BENCH-BIG-T", bigId);
        String smallToken = token(small), bigToken = token(big);
        for (int i = 0; i < BIG_CUSTOMER_ADDRESSES; i++) {
            addAddress(bigToken, i);
        }

        String portal = settings.baseUrl() + "/realms/" + realm + "/portal";
        IntFunction<String> smallPage = newQuery(portal);
        List<GrowthPoint> growth = new ArrayList<>();
        Map<ApiScenario, ApiResult> results = new EnumMap<>(ApiScenario.class);
        try (OrderSeeder seeder = new OrderSeeder(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
            String smallTemplate = seeder.orderId(realmId, "BENCH-SMALL-T");
            String bigTemplate = seeder.orderId(realmId, "BENCH-BIG-T");

            seeder.copies(smallTemplate, smallId, 0, SMALL_CUSTOMER_ORDERS - 1, "BS");
            growth.add(growthPoint(seeder, smallPage, smallToken));
            seeder.copies(bigTemplate, bigId, 0, BIG_CUSTOMER_ORDERS - 1, "BB");
            growth.add(growthPoint(seeder, smallPage, smallToken));
            long others = settings.apiTotalOrders() - seeder.total();
            log("seeding " + others + " orders of 10 000 other customers");
            long started = System.nanoTime();
            seeder.copies(bigTemplate, null, 10_000, others, "BX");
            log("seeded in " + Math.round((System.nanoTime() - started) / 1e9) + " s");
            growth.add(growthPoint(seeder, smallPage, smallToken));

            Map<ApiScenario, String> urls = new EnumMap<>(ApiScenario.class);
            urls.put(ApiScenario.A3, settings.baseUrl() + "/realms/" + realm + "/account");
            urls.put(ApiScenario.P0, portal + "/me");
            urls.put(ApiScenario.P1, portal + "/orders?max=20");
            urls.put(ApiScenario.P2, portal + "/addresses");
            urls.put(ApiScenario.P3, portal + "/orders/" + bigTemplate);
            for (ApiScenario s : ApiScenario.values()) {
                log("warm-up " + s);
                if (s == ApiScenario.P1M) {
                    runner.warmUp(newQuery(portal), bigToken, settings.apiWarmup());
                } else {
                    runner.warmUp(urls.get(s), bigToken, settings.apiWarmup());
                }
                results.put(s, new ApiResult());
            }
            for (int round = 0; round < settings.rounds(); round++) {
                for (ApiScenario s : ApiScenario.values()) {
                    log("round " + (round + 1) + "/" + settings.rounds() + ": " + s + " (" + settings.apiRequests() + " requests)");
                    if (s == ApiScenario.P1M) {
                        runner.measure(newQuery(portal), bigToken, settings.apiRequests(), results.get(s));
                    } else {
                        runner.measure(urls.get(s), bigToken, settings.apiRequests(), results.get(s));
                    }
                }
            }
            return new Outcome(results, growth, seeder.total());
        }
    }

    /**
     * The first page of the orders with a {@code from} day that no request before used, all of them
     * long before any order: the same answer, but never one the read cache holds.
     */
    static IntFunction<String> newQuery(String portal) {
        return i -> portal + "/orders?max=20&from=" + LocalDate.of(1900, 1, 1).plusDays(i);
    }

    private GrowthPoint growthPoint(OrderSeeder seeder, IntFunction<String> url, String token) throws Exception {
        long total = seeder.total();
        log("growth point at " + total + " orders");
        runner.warmUp(url, token, settings.apiWarmup());
        ApiResult result = new ApiResult();
        runner.measure(url, token, settings.apiRequests(), result);
        return new GrowthPoint(total, result);
    }

    private String userId(BenchUser user) {
        return admin.expect(admin.get(settings.realm() + "/users?exact=true&email=" + AdminClient.path(user.email())), "find user")
                .json().get(0).get("id").asText();
    }

    private String token(BenchUser user) throws Exception {
        LoginDriver.Result login = logins.login(user, BenchRealmSetup.SHOP_CLIENT, new CookieJar(), "none");
        return logins.accessToken(BenchRealmSetup.SHOP_CLIENT, login);
    }

    private void importTemplate(String number, String userId) {
        Map<String, Object> address = address(0);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("userId", userId);
        order.put("status", "delivered");
        order.put("placedAt", "2026-11-01T09:00:00Z");
        order.put("deliveredAt", "2026-11-03T15:00:00Z");
        order.put("currency", "EUR");
        order.put("billingAddress", address);
        order.put("shippingAddress", address);
        order.put("shipping", "4.90");
        order.put("discount", "0.00");
        order.put("lines", List.of(
                Map.of("sku", "KON-1001", "name", "Ordner A4, blau", "quantity", 4, "unitPrice", "3.49", "taxRate", "19.00"),
                Map.of("sku", "KON-2040", "name", "Kugelschreiber, 10 Stück", "quantity", 2, "unitPrice", "5.99", "taxRate", "19.00"),
                Map.of("sku", "KON-9000", "name", "Fachbuch Buchhaltung", "quantity", 1, "unitPrice", "39.00", "taxRate", "7.00")));
        admin.expect(admin.put(settings.realm() + "/portal/orders/" + number, order), "import order " + number);
    }

    private void addAddress(String token, int i) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/realms/" + settings.realm() + "/portal/addresses"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(address(i)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("create address: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private static Map<String, Object> address(int i) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("firstName", "Bench");
        a.put("lastName", "Kunde " + i);
        a.put("street", "Hauptstraße");
        a.put("houseNumber", Integer.toString(i + 1));
        a.put("postcode", "10115");
        a.put("city", "Berlin");
        a.put("country", "DE");
        return a;
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
