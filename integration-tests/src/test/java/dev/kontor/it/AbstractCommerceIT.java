package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Shared plumbing of the commerce integration tests: customers with their own customer numbers and
 * roles, their tokens (real PKCE logins of {@code kontor-shop}, fetched once per user), the
 * {@code kontor-backend} service account token (client credentials), and JSON calls.
 */
abstract class AbstractCommerceIT extends AbstractKontorIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BACKEND_CLIENT = "kontor-backend";
    static final String BACKEND_SECRET = "kontor-backend-dev-secret";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @InjectWebDriver
    ManagedWebDriver browser;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A test customer: login email, user id, customer number. */
    record Buyer(String email, String id, String customerNumber) {
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asText();
        }

        /** Asserts a problem document with this status and code (and says what came instead). */
        Reply problem(int expectedStatus, String expectedCode) {
            assertEquals(expectedStatus, status, raw.body());
            assertEquals("application/problem+json", header("Content-Type").split(";")[0], raw.body());
            assertEquals(expectedCode, code(), raw.body());
            return this;
        }

        Reply ok(int expectedStatus) {
            assertEquals(expectedStatus, status, raw.body());
            return this;
        }

        List<String> fieldCodes() {
            List<String> codes = new ArrayList<>();
            if (body != null && body.has("errors")) {
                body.get("errors").forEach(e -> codes.add(e.get("field").asText() + ":" + e.get("code").asText()));
            }
            return codes;
        }
    }

    Buyer buyer(String prefix, String customerNumber, String... realmRoles) {
        TestUsers.inDirectory(realm, customerNumber, "Buyer");
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName("Buyer");
        user.setAttributes(Map.of("customerNumber", List.of(customerNumber), "locale", List.of("en")));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TestUsers.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = realm.admin().users().create(user)) {
            assertEquals(201, response.getStatus(), "creating " + email);
        }
        String id = TestUsers.id(realm, email);
        if (realmRoles.length > 0) {
            List<RoleRepresentation> roles = new ArrayList<>();
            for (String role : realmRoles) {
                roles.add(realm.admin().roles().get(role).toRepresentation());
            }
            realm.admin().users().get(id).roles().realmLevel().add(roles);
        }
        return new Buyer(email, id, customerNumber);
    }

    /** 10 digits (the user profile's pattern), random enough that tests never share a company by accident. */
    static String newCustomerNumber() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    String token(Buyer buyer) throws Exception {
        String token = TOKENS.get(buyer.email());
        if (token == null) {
            token = PkceTokens.accessToken(browser.driver(), http, realmUrl(), KontorRealm.SHOP_CLIENT,
                    KontorRealm.SHOP_REDIRECT, buyer.email(), TestUsers.PASSWORD);
            TOKENS.put(buyer.email(), token);
        }
        return token;
    }

    String backendToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + BACKEND_CLIENT
                        + "&client_secret=" + BACKEND_SECRET))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    String portal(String path) {
        return realmUrl() + "/portal" + path;
    }

    String admin(String path) {
        return realmUrl().replace("/realms/", "/admin/realms/") + "/portal" + path;
    }

    Reply call(String method, String url, String token, Object body, String... headers) throws Exception {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (checksOpenApi()) {
            OpenApiContract.check(response);
        }
        JsonNode json = null;
        if (!response.body().isEmpty() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            json = JSON.readTree(response.body());
        }
        return new Reply(response.statusCode(), json, response);
    }

    /**
     * Whether every answer of {@link #call} is held against the OpenAPI document ({@link OpenApiContract}).
     * The API tests say yes; tests that send broken requests on purpose, or only set up data, need not.
     */
    boolean checksOpenApi() {
        return false;
    }

    Reply get(String url, String token) throws Exception {
        return call("GET", url, token, null);
    }

    /** An order body for the back-end import; lines are {sku, name, quantity, unitPrice, taxRate[, orderable]}. */
    static Map<String, Object> order(Buyer buyer, String status, Instant placedAt, List<Map<String, Object>> lines) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("userId", buyer.id());
        order.put("status", status);
        order.put("placedAt", placedAt.toString());
        order.put("currency", "EUR");
        order.put("billingAddress", address("Hauptstraße", "10115", "DE"));
        order.put("shippingAddress", address("Lagerweg", "20095", "DE"));
        order.put("lines", lines);
        order.put("shipping", "4.90");
        order.put("discount", "0.00");
        return order;
    }

    static Map<String, Object> line(String sku, String name, int quantity, String unitPrice, String taxRate, boolean orderable) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        line.put("name", name);
        line.put("quantity", quantity);
        line.put("unitPrice", unitPrice);
        line.put("taxRate", taxRate);
        line.put("orderable", orderable);
        return line;
    }

    static Map<String, Object> address(String street, String postcode, String country) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("firstName", "Anna");
        address.put("lastName", "Schmidt");
        address.put("street", street);
        address.put("houseNumber", "5");
        address.put("postcode", postcode);
        address.put("city", "Berlin");
        address.put("country", country);
        return address;
    }

    static String uniqueNumber(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Imports an order as the back end and returns its detail. */
    JsonNode importOrder(String backendToken, String number, Map<String, Object> order) throws Exception {
        Reply reply = call("PUT", admin("/orders/" + number), backendToken, order);
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("import of " + number + ": " + reply.raw().body());
        }
        return reply.body();
    }

    interface Attempt {
        Reply send(int index) throws Exception;
    }

    /** Sends the attempts at the same moment from their own threads; the replies in order. */
    static List<Reply> parallel(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Reply> task = () -> {
                    start.await();
                    return attempt.send(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
