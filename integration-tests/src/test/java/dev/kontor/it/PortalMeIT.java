package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /realms/kontor/portal/me}: authentication and CORS, with a token the
 * {@code kontor-shop} client obtained through a real PKCE login.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class PortalMeIT extends AbstractKontorIT {

    private static final String EVIL_ORIGIN = "https://evil.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWebDriver
    ManagedWebDriver browser;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String meUrl() {
        return realmUrl() + "/portal/me";
    }

    @Test
    void withoutTokenAnswers401ProblemJson() throws Exception {
        HttpResponse<String> response = OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(meUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString()));

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("unauthorized", body.get("code").asText());
        assertEquals(401, body.get("status").asInt());
    }

    @Test
    void withForgedTokenAnswers401() throws Exception {
        HttpResponse<String> response = OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(meUrl()))
                        .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        assertEquals(401, response.statusCode());
    }

    @Test
    void withShopTokenAnswersTheCustomer() throws Exception {
        String token = shopToken(KontorRealm.JOHN);

        HttpResponse<String> response = OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(meUrl()))
                        .header("Authorization", "Bearer " + token)
                        .header("Origin", KontorRealm.SHOP_ORIGIN)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString()));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode me = JSON.readTree(response.body());
        assertEquals(userId(KontorRealm.JOHN), me.get("userId").asText());
        assertEquals(KontorRealm.JOHN.email(), me.get("email").asText());
        assertEquals(KontorRealm.JOHN.customerNumber(), me.get("customerNumber").asText());
        assertEquals(KontorRealm.SHOP_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void tokenRequestFromForeignOriginGetsNoCorsHeaders() throws Exception {
        String token = shopToken(KontorRealm.MARCO);

        HttpResponse<String> response = OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(meUrl()))
                        .header("Authorization", "Bearer " + token)
                        .header("Origin", EVIL_ORIGIN)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString()));

        assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "a foreign origin must not be allowed to read the answer");
    }

    @Test
    void preflightFromShopOriginIsAllowed() throws Exception {
        HttpResponse<String> response = preflight(KontorRealm.SHOP_ORIGIN);

        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, "status " + response.statusCode());
        assertEquals(KontorRealm.SHOP_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertEquals("true", response.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }

    @Test
    void preflightFromForeignOriginIsRefused() throws Exception {
        HttpResponse<String> response = preflight(EVIL_ORIGIN);

        assertEquals(403, response.statusCode());
        assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(meUrl()))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "authorization")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String shopToken(KontorRealm.DemoUser user) throws Exception {
        return PkceTokens.accessToken(browser.driver(), http, realmUrl(), KontorRealm.SHOP_CLIENT,
                KontorRealm.SHOP_REDIRECT, user.email(), KontorRealm.DEMO_PASSWORD);
    }
}
