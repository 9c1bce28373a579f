package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 24-hour skip and saved browsers (2FA-4, 2FA-5): what skips the code, for whom, and how it ends.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class TrustedBrowserIT extends AbstractSecondFactorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twentyFourHourSkipSkipsTheCodeOnThisBrowser() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "skip");

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "no code within 24 hours");
        assertEquals(2, mailsTo(email));
    }

    @Test
    void skipEndsWhenItsDurationIsOver() throws Exception {
        // 0.002 hours = 7.2 seconds instead of 24 hours
        withStepSetting("kontor-remember-browser", "skipHours", "0.002", () -> {
            ShopLogin shop = shop();
            String email = customerWithEmailCode(shop);
            signInWithCode(shop, email, 2, "skip");
            long trustedAt = System.currentTimeMillis();

            shop.endKeycloakSession();
            assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "within the skip");

            Thread.sleep(Math.max(0, trustedAt + 8_000 - System.currentTimeMillis()));
            shop.endKeycloakSession();
            assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "after the skip the code is asked again");
        });
    }

    @Test
    void savedBrowserSkipsUntilAllAreDeleted() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String token = signInWithCode(shop, email, 2, "save");

        JsonNode list = JSON.readTree(call("GET", token, "").body());
        assertEquals(1, list.get("total").asInt());
        JsonNode saved = list.get("items").get(0);
        assertFalse(saved.get("name").asText().isBlank());
        // Named on the server by Keycloak's DeviceRepresentationProvider when the browser was saved.
        assertTrue(saved.get("browser").asText().contains("Chrome"), saved.toString());
        assertFalse(saved.get("os").isNull(), saved.toString());
        assertEquals(saved.get("browser").asText() + " on " + saved.get("os").asText(), saved.get("name").asText());
        assertTrue(saved.get("createdAt").asLong() > 0);

        JsonNode shownToAdmins = browsersSeenByAdmins(email);
        assertEquals(1, shownToAdmins.get("total").asInt(), "admins see the saved browser (the user page's Portal tab)");
        assertEquals(saved.get("name").asText(), shownToAdmins.get("items").get(0).get("name").asText());
        TestUsers.assertNoAttributeCopies(realm, TestUsers.id(realm, email));

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "a saved browser is not asked");

        HttpResponse<String> deleted = call("DELETE", token, "");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(JSON.readTree(deleted.body()).get("deleted").asInt() >= 1);
        assertEquals(0, JSON.readTree(call("GET", token, "").body()).get("total").asInt());
        assertEquals(0, browsersSeenByAdmins(email).get("total").asInt(), "the admin view empties too");

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "after delete-all the code is asked again");
    }

    @Test
    void deletingOneSavedBrowserAsksAgainAndOthersCannotDeleteIt() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String token = signInWithCode(shop, email, 2, "save");
        String id = JSON.readTree(call("GET", token, "").body()).get("items").get(0).get("id").asText();

        String stranger = TestUsers.create(realm, "stranger", "en");
        shop.endKeycloakSession();
        BrowserLogin.forgetSessions(browser.driver(), realmUrl());
        ShopLogin strangerShop = new ShopLogin(browser.driver(), realmUrl());
        assertEquals(ShopLogin.Page.SHOP, strangerShop.signIn(stranger));
        String strangerToken = strangerShop.accessToken(http);
        assertEquals(404, call("DELETE", strangerToken, "/" + id).statusCode(), "another customer's browser is not found");

        assertEquals(204, call("DELETE", token, "/" + id).statusCode());
        assertEquals(404, call("DELETE", token, "/" + id).statusCode());
    }

    @Test
    void anotherCustomerOnTheSameBrowserIsAsked() throws Exception {
        ShopLogin shop = shop();
        String anna = customerWithEmailCode(shop);
        String bert = customerWithEmailCode(shop);
        signInWithCode(shop, anna, 2, "save");

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(bert), "Anna's saved browser does not skip for Bert");
    }

    @Test
    void alteredTrustCookieIsIgnored() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "save");

        List<Cookie> trust = shop.trustCookies();
        assertEquals(1, trust.size());
        Cookie original = trust.get(0);
        assertTrue(original.isHttpOnly(), "trust cookie is HttpOnly");
        String value = original.getValue();
        char last = value.charAt(value.length() - 2);
        String tampered = value.substring(0, value.length() - 2) + (last == 'A' ? 'B' : 'A') + value.charAt(value.length() - 1);
        browser.driver().manage().deleteCookie(original);
        browser.driver().manage().addCookie(new Cookie.Builder(original.getName(), tampered)
                .path(original.getPath()).isHttpOnly(true).build());

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "a tampered cookie does not skip");
    }

    @Test
    void trustedBrowsersNeedAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/trusted-browsers"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }

    private HttpResponse<String> call(String method, String token, String path) throws Exception {
        return OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/trusted-browsers" + path))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
    }
}
