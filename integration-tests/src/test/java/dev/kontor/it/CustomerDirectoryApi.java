package dev.kontor.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.Keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The customer directory's admin API ({@code /admin/realms/kontor/portal/customers}) for the tests. */
final class CustomerDirectoryApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final String baseUrl;
    private final Keycloak admin;

    CustomerDirectoryApi(HttpClient http, String realmUrl, Keycloak admin) {
        this.http = http;
        this.baseUrl = realmUrl.replace("/realms/", "/admin/realms/") + "/portal/customers";
        this.admin = admin;
    }

    /** A random 8-digit number starting with 7, far from the demo numbers and from other tests'. */
    static String unknownNumber() {
        return "7" + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    /** Puts a new customer into the directory and returns its number. */
    String importCustomer(String name, String type) throws Exception {
        String number = unknownNumber();
        HttpResponse<String> put = call("PUT", "/" + number, JSON.writeValueAsString(Map.of("name", name, "type", type)), adminToken());
        assertEquals(201, put.statusCode(), put.body());
        return number;
    }

    String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    /** As the test admin. */
    HttpResponse<String> call(String method, String path, String json) throws Exception {
        return call(method, path, json, adminToken());
    }

    HttpResponse<String> call(String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
