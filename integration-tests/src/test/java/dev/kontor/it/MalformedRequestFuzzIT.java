package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kontor.it.FuzzEndpoints.Api;
import dev.kontor.it.MalformedRequests.Case;
import dev.kontor.it.FuzzEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, "every error is problem+json": generated malformed requests (seeded, so a failure can be
 * replayed) against every endpoint of the customer API (customer token), the back-end API
 * ({@code kontor-backend} token) and the directory API (admin token): wrong content types,
 * garbage, oversize and deeply nested bodies, wrong JSON types, unknown fields, repeated and
 * garbage query parameters, bad ids, bad If-Match. Each request is malformed by construction, so
 * each must be a 4xx problem document with a {@code code} — never a 5xx, never a success — and
 * afterwards the customer's data, read through the APIs, is exactly as before.
 * <p>
 * Not generated: paths with {@code ..} segments (Keycloak's HTTP layer refuses them with its own 400
 * before any resource is matched) and bodies above 10 MB (refused by the HTTP layer with an empty 413).
 * Replay a run with {@code -Dfuzz.seed=<seed>} (the seed is printed).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class MalformedRequestFuzzIT extends AbstractCommerceIT {

    private static final int CASES = 1200;

    @InjectAdminClient
    Keycloak admin;

    @Test
    void malformedRequestsAreProblemsAndChangeNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        Fixture fixture = fixture();
        Map<String, JsonNode> before = snapshot(fixture);

        List<Endpoint> endpoints = FuzzEndpoints.endpoints(fixture);
        List<Case> cases = MalformedRequests.cases(endpoints, random, CASES);

        // the admin token lives a minute: the admin client hands out a fresh one when needed
        Map<Api, java.util.function.Supplier<String>> tokens = Map.of(Api.CUSTOMER, fixture::customerToken,
                Api.BACKEND, fixture::backendToken, Api.DIRECTORY, () -> admin.tokenManager().getAccessTokenString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new java.util.TreeMap<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Case c : cases) {
                running.add(pool.submit(() -> {
                    String failure = check(c, tokens.get(c.endpoint().api()).get(), statuses);
                    if (failure != null) {
                        failures.add(failure);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("MalformedRequestFuzzIT: " + cases.size() + " requests, seed " + seed + ", statuses " + statuses);
        failures.forEach(f -> System.out.println("MalformedRequestFuzzIT failure: " + f));
        assertTrue(cases.size() >= 1000, "at least 1,000 malformed requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " requests were answered wrongly (seed "
                + seed + "):\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        assertEquals(before, snapshot(fixture), "no row changed");
    }

    private String check(Case c, String token, Map<Integer, Integer> statuses) {
        String url = endpointUrl(c.endpoint().api(), c.path()) + (c.query() == null ? "" : "?" + c.query());
        try {
            HttpResponse<String> response = send(c.endpoint().method(), url, token, c.contentType(), c.body(), c.headers());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String what = c.label() + " " + c.endpoint().method() + " " + url.replaceFirst("^.*?/realms/", "/realms/")
                    + " → " + response.statusCode() + " " + abbreviate(response.body());
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                return what;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return what + " [Content-Type " + type + "]";
            }
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.hasNonNull("code") || problem.get("code").asText().isBlank()
                    || problem.path("status").asInt() != response.statusCode()) {
                return what + " [no code or wrong status in the problem]";
            }
            return null;
        } catch (Exception e) {
            return c.label() + " " + c.endpoint().method() + " " + url + " → " + e;
        }
    }

    private HttpResponse<String> send(String method, String url, String token, String contentType, byte[] body,
                                      Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Reply reply(String method, String url, String token, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = send(method, url, token, contentType, body, Map.of());
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Reply(response.statusCode(), json && !response.body().isEmpty() ? JSON.readTree(response.body()) : null, response);
    }

    /** The attacks of issue 12 row 8 one by one, as they were seen. */
    @Test
    void rowEightAttacksAreProblems() throws Exception {
        Fixture f = fixture();
        Map<String, JsonNode> before = snapshot(f);
        String multipart = "------kontor\r\nContent-Disposition: form-data; name=\"firstName\"\r\n\r\nAnna\r\n------kontor--\r\n";
        int customerEndpoints = 0;
        for (Endpoint e : FuzzEndpoints.endpoints(f)) {
            if (e.api() != Api.CUSTOMER) {
                continue;
            }
            customerEndpoints++;
            String url = portal(e.path().replace("{id}", e.realId() == null ? "" : e.realId()));
            String json = e.takesBody() ? e.validBody() : "{}";
            reply(e.method(), url, f.customerToken(), "multipart/form-data; boundary=----kontor",
                    multipart.getBytes(StandardCharsets.UTF_8)).problem(415, "unsupported_media_type");
            reply(e.method(), url, f.customerToken(), "multipart/form-data", json.getBytes(StandardCharsets.UTF_8))
                    .problem(415, "unsupported_media_type");
            reply(e.method(), url, f.customerToken(), "text/plain", json.getBytes(StandardCharsets.UTF_8))
                    .problem(415, "unsupported_media_type");
            reply(e.method(), url, f.customerToken(), "application/xml", "<address/>".getBytes(StandardCharsets.UTF_8))
                    .problem(415, "unsupported_media_type");
        }
        assertEquals(18, customerEndpoints, "every customer endpoint");

        // Almost 10 MB: read to the end and answered with a problem, not a reset connection.
        byte[] big = ("{\"firstName\":\"" + "x".repeat(10 * 1024 * 1024 - 200) + "\"}").getBytes(StandardCharsets.UTF_8);
        reply("POST", portal("/addresses"), f.customerToken(), "application/json", big).problem(413, "payload_too_large");
        reply("PUT", admin("/customers/" + f.customerNumber()), admin.tokenManager().getAccessTokenString(), "application/json", big)
                .problem(413, "payload_too_large");

        for (String list : List.of("/addresses", "/orders", "/returns", "/invoices", "/trusted-browsers")) {
            get(portal(list + "?max=500"), f.customerToken()).problem(400, "invalid_parameter");
            get(portal(list + "?max=101"), f.customerToken()).problem(400, "invalid_parameter");
            get(portal(list + "?max=5&max=6"), f.customerToken()).problem(400, "invalid_parameter");
        }
        get(admin("/orders?userId=" + f.buyer().id() + "&max=500"), f.backendToken()).problem(400, "invalid_parameter");
        get(admin("/orders?userId=" + f.buyer().id() + "&userId=" + f.buyer().id()), f.backendToken()).problem(400, "invalid_parameter");

        // The directory API answers problem documents like the others.
        String adminToken = admin.tokenManager().getAccessTokenString();
        get(admin("/customers?max=500"), adminToken).problem(400, "invalid_parameter");
        get(admin("/customers/" + f.customerNumber()), f.customerToken()).problem(403, "forbidden");
        get(admin("/customers"), "not-a-token").problem(401, "unauthorized");
        reply("PUT", admin("/customers/" + f.customerNumber()), adminToken, "application/json", "{".getBytes(StandardCharsets.UTF_8))
                .problem(400, "malformed_json");
        assertEquals(List.of("isAdmin:unknown_field"), reply("PUT", admin("/customers/" + f.customerNumber()), adminToken,
                "application/json", "{\"name\":\"X\",\"isAdmin\":true}".getBytes(StandardCharsets.UTF_8))
                .problem(422, "validation_failed").fieldCodes());
        reply("POST", admin("/customers/import"), adminToken, "text/csv", "1,2".getBytes(StandardCharsets.UTF_8))
                .problem(415, "unsupported_media_type");
        reply("PATCH", admin("/customers/" + f.customerNumber()), adminToken, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .problem(405, "method_not_allowed");
        get(admin("/customers/" + f.customerNumber() + "/nothing"), adminToken).problem(404, "not_found");
        get(portal("/nothing-here"), f.customerToken()).problem(404, "not_found");
        assertEquals(before, snapshot(f), "no row changed");
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private String endpointUrl(Api api, String path) {
        return api == Api.CUSTOMER ? portal(path) : admin(path);
    }

    // --- the data the requests aim at, and what must stay as it is ---

    record Fixture(Buyer buyer, String customerToken, String backendToken, String addressId, String addressEtag,
                   String orderId, String orderNumber, String lineId, String returnId, String invoiceNumber,
                   String customerNumber) {
    }

    private Fixture fixture() throws Exception {
        Buyer buyer = buyer("fuzz", newCustomerNumber());
        String token = token(buyer);
        String backend = backendToken();
        Reply address = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        String number = uniqueNumber("F");
        Map<String, Object> order = order(buyer, "delivered", Instant.now().minus(2, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Chair", 3, "49.00", "19.00", true)));
        order.put("deliveredAt", Instant.now().toString());
        JsonNode imported = importOrder(backend, number, order);
        String lineId = imported.get("lines").get(0).get("id").asText();
        String orderId = imported.get("id").asText();
        String invoice = uniqueNumber("FI");
        call("PUT", admin("/orders/" + number + "/invoices/" + invoice), backend, Map.of("amount", "150.00", "currency", "EUR",
                "issuedOn", "2026-01-05", "dueOn", "2026-02-05")).ok(201);
        String returnId = call("POST", portal("/returns"), token, Map.of("orderId", orderId, "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 1)))).ok(201).body().get("id").asText();
        String customerNumber = CustomerDirectoryApi.unknownNumber();
        call("PUT", admin("/customers/" + customerNumber), admin.tokenManager().getAccessTokenString(),
                Map.of("name", "Fuzz GmbH", "type", "company")).ok(201);
        return new Fixture(buyer, token, backend, address.body().get("id").asText(), address.header("ETag"), orderId, number,
                lineId, returnId, invoice, customerNumber);
    }

    private Map<String, JsonNode> snapshot(Fixture f) throws Exception {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        for (String path : List.of("/addresses", "/addresses/" + f.addressId(), "/orders", "/orders/" + f.orderId(),
                "/returns", "/returns/" + f.returnId(), "/invoices", "/trusted-browsers")) {
            state.put(path, get(portal(path), f.customerToken()).ok(200).body());
        }
        for (String path : List.of("/orders/" + f.orderNumber(), "/returns/" + f.returnId(),
                "/orders?userId=" + f.buyer().id(), "/returns?userId=" + f.buyer().id(), "/invoices?userId=" + f.buyer().id(),
                "/addresses?userId=" + f.buyer().id())) {
            state.put("backend " + path, get(admin(path), f.backendToken()).ok(200).body());
        }
        String adminToken = admin.tokenManager().getAccessTokenString();
        state.put("directory", get(admin("/customers/" + f.customerNumber()), adminToken).ok(200).body());
        state.put("directory list", get(admin("/customers?search=" + f.customerNumber()), adminToken).ok(200).body());
        return state;
    }
}
