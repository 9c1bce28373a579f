package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authenticator app (TOTP), admin reset (2FA-6) and gradual rollout (2FA-7).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class SecondFactorAdminIT extends AbstractSecondFactorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectAdminClient
    Keycloak admin;

    @Test
    void authenticatorAppSetUpWithTheManualKeyThenAskedAtLogin() throws Exception {
        ShopLogin shop = shop();
        String email = TestUsers.create(realm, "totp", "en");
        requireAction(email, "CONFIGURE_TOTP");
        assertEquals(ShopLogin.Page.TOTP_SETUP, shop.signIn(email));
        String key = shop.completeTotpSetup();
        assertEquals(ShopLogin.Page.SHOP, shop.next());

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.TOTP, shop.signIn(email));
        // Keycloak accepts one step either side but not the set-up code again: take the next step
        // unless that was the set-up's (still in its window), then the current one.
        long step = System.currentTimeMillis() / 30_000;
        shop.enterTotp(Totp.code(Totp.base32(key), step + 1 != shop.totpSetupStep() ? step + 1 : step), "skip");
        assertEquals(ShopLogin.Page.SHOP, shop.next());

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "the 24-hour skip works for the app too");
    }

    @Test
    void adminSeesAndResetsSecondFactorAndSavedBrowsers() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String customerToken = signInWithCode(shop, email, 2, "save");
        String userId = TestUsers.id(realm, email);

        JsonNode status = JSON.readTree(adminCall("GET", userId, adminToken()).body());
        assertEquals("kontor-email-code", status.get("methods").get(0).get("type").asText());
        assertEquals(1, status.get("savedBrowserCount").asInt());

        assertEquals(403, adminCall("DELETE", userId, customerToken).statusCode(), "customers cannot reset anyone");
        HttpResponse<String> reset = adminCall("DELETE", userId, adminToken());
        assertEquals(200, reset.statusCode(), reset.body());

        JsonNode after = JSON.readTree(adminCall("GET", userId, adminToken()).body());
        assertEquals(0, after.get("methods").size());
        assertEquals(0, after.get("savedBrowserCount").asInt());
        assertFalse(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"));
        assertTrue(realm.admin().getAdminEvents().stream()
                .anyMatch(e -> e.getResourcePath() != null && e.getResourcePath().contains(userId + "/second-factor")));

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "after the reset the password alone is enough");
    }

    /**
     * The admin console's per-customer page: list the saved browsers, delete one (only that browser
     * is asked again), refuse what is not the user's, delete the rest; view-only callers cannot.
     */
    @Test
    void adminDeletesOneSavedBrowserThenAllOfThem() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String customerToken = signInWithCode(shop, email, 2, "save");
        shop.endKeycloakSession();
        browser.driver().manage().deleteAllCookies(); // another browser: no trust cookie
        shop = shop();
        signInWithCode(shop, email, 3, "save");
        shop.endKeycloakSession();
        String userId = TestUsers.id(realm, email);

        JsonNode saved = JSON.readTree(adminCall("GET", userId + "/second-factor/browsers", adminToken()).body());
        assertEquals(2, saved.get("total").asInt(), saved.toString());
        assertEquals(List.of("saved", "saved"), saved.get("items").findValuesAsText("kind"));
        // the list is newest first: the first item is this browser's, the second the forgotten one's
        String current = saved.get("items").get(0).get("id").asText();
        String other = saved.get("items").get(1).get("id").asText();

        assertEquals(403, adminCall("DELETE", userId + "/second-factor/browsers/" + other, customerToken).statusCode());
        assertEquals(404, adminCall("DELETE", userId + "/second-factor/browsers/no-such-browser", adminToken()).statusCode());
        String strangersBrowser = "00000000-0000-0000-0000-000000000000";
        assertEquals(404, adminCall("DELETE", TestUsers.id(realm, TestUsers.create(realm, "stranger", "en"))
                + "/second-factor/browsers/" + current, adminToken()).statusCode(), "a browser of another user is not found");
        assertEquals(404, adminCall("DELETE", userId + "/second-factor/browsers/" + strangersBrowser, adminToken()).statusCode());

        assertEquals(204, adminCall("DELETE", userId + "/second-factor/browsers/" + other, adminToken()).statusCode());
        JsonNode left = JSON.readTree(adminCall("GET", userId + "/second-factor/browsers", adminToken()).body());
        assertEquals(List.of(current), left.get("items").findValuesAsText("id"));
        assertEquals(ShopLogin.Page.SHOP, shop.signIn(email), "this browser is still trusted");
        shop.endKeycloakSession();

        HttpResponse<String> all = adminCall("DELETE", userId + "/second-factor/browsers", adminToken());
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(1, JSON.readTree(all.body()).get("deleted").asInt());
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "now it is asked again");
        assertEquals(1, JSON.readTree(adminCall("GET", userId + "/second-factor", adminToken()).body()).get("methods").size(),
                "the credentials stay");
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> "DELETE".equals(e.getOperationType())
                && e.getResourcePath() != null && e.getResourcePath().endsWith(userId + "/second-factor/browsers/" + other)));
    }

    @Test
    void deletingTheLastMethodOnTheCredentialsTabRevokesTrustedBrowsers() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "save");
        String userId = TestUsers.id(realm, email);
        assertEquals(1, JSON.readTree(adminCall("GET", userId, adminToken()).body()).get("savedBrowserCount").asInt());

        // What the admin console's Credentials tab does when an admin deletes the email code.
        var user = realm.admin().users().get(userId);
        user.credentials().stream().filter(c -> "kontor-email-code".equals(c.getType()))
                .forEach(c -> user.removeCredential(c.getId()));

        long deadline = System.currentTimeMillis() + 5_000;
        int saved;
        do {
            saved = JSON.readTree(adminCall("GET", userId, adminToken()).body()).get("savedBrowserCount").asInt();
        } while (saved > 0 && System.currentTimeMillis() < deadline && sleep(200));
        assertEquals(0, saved, "browsers trusted under the removed method are revoked");
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    @Test
    void unknownUserIs404() throws Exception {
        assertEquals(404, adminCall("GET", "no-such-user", adminToken()).statusCode());
    }

    @Test
    void rolloutGroupMembersWithoutMethodSetOneUpOthersPass() throws Exception {
        ShopLogin shop = shop();
        String pilot = TestUsers.create(realm, "pilot", "en");
        GroupRepresentation group = realm.admin().groups().groups("2fa-required", 0, 1).get(0);
        realm.admin().users().get(TestUsers.id(realm, pilot)).joinGroup(group.getId());

        assertEquals(ShopLogin.Page.CHOOSE_SECOND_FACTOR, shop.signIn(pilot));
        browser.driver().findElement(org.openqa.selenium.By.id("kontor-method-email")).click();
        shop.submit(org.openqa.selenium.By.id("kontor-method-continue"));
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.next());
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, pilot, 1), null);
        assertEquals(ShopLogin.Page.SHOP, shop.next());
        assertTrue(TestUsers.credentialTypes(realm, pilot).contains("kontor-email-code"));

        String outsider = TestUsers.create(realm, "outsider", "en");
        BrowserLogin.forgetSessions(browser.driver(), realmUrl());
        assertEquals(ShopLogin.Page.SHOP, new ShopLogin(browser.driver(), realmUrl()).signIn(outsider));
    }

    @Test
    void rolloutByPercentageReachesEveryoneAtHundred() throws Exception {
        withStepSetting("kontor-second-factor-rollout", "percentage", "100", () -> {
            String anyone = TestUsers.create(realm, "percent", "en");
            assertEquals(ShopLogin.Page.CHOOSE_SECOND_FACTOR, shop().signIn(anyone));
        });
    }

    private String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    /** {@code target} is a user id, optionally followed by the path below it (else {@code /second-factor}). */
    private HttpResponse<String> adminCall(String method, String target, String token) throws Exception {
        String path = target.contains("/") ? target : target + "/second-factor";
        String url = realmUrl().replace("/realms/", "/admin/realms/") + "/portal/users/" + path;
        return OpenApiContract.check(http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()));
    }
}
