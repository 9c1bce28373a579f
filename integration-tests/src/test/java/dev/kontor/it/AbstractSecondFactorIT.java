package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Second-factor journeys through the real {@code kontor browser} flow: fresh customers, the
 * shop's PKCE login in headless Chromium, codes read from GreenMail.
 */
abstract class AbstractSecondFactorIT extends AbstractKontorIT {

    static final String EMAIL_CODE_SETUP = "kontor-email-code-setup";

    @InjectWebDriver
    ManagedWebDriver browser;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @InjectAdminClient
    Keycloak adminClient;

    /** The shortest resend cool-down the admin console allows, so tests need not wait 30 s per customer. */
    static final int TEST_COOLDOWN_SECONDS = 5;

    @BeforeEach
    void shortenEmailCodeCoolDown() {
        AuthenticatorConfigRepresentation config = stepConfig("kontor-email-code");
        if (!String.valueOf(TEST_COOLDOWN_SECONDS).equals(config.getConfig().get("resendCooldownSeconds"))) {
            config.getConfig().put("resendCooldownSeconds", String.valueOf(TEST_COOLDOWN_SECONDS));
            realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
        }
        RequiredActionConfigRepresentation setup = new RequiredActionConfigRepresentation();
        setup.setConfig(Map.of("resendCooldownSeconds", String.valueOf(TEST_COOLDOWN_SECONDS)));
        realm.admin().flows().updateRequiredActionConfig(EMAIL_CODE_SETUP, setup);
    }

    /** The admin-console settings of a step of the {@code kontor browser} flow. */
    AuthenticatorConfigRepresentation stepConfig(String providerId) {
        AuthenticationManagementResource flows = realm.admin().flows();
        AuthenticationExecutionInfoRepresentation step = flows.getExecutions("kontor browser").stream()
                .filter(e -> providerId.equals(e.getProviderId()))
                .findFirst().orElseThrow();
        return flows.getAuthenticatorConfig(step.getAuthenticationConfig());
    }

    /** Runs {@code body} with one setting of a flow step changed, as an admin would, and restores it. */
    void withStepSetting(String providerId, String key, String value, Body body) throws Exception {
        AuthenticatorConfigRepresentation config = stepConfig(providerId);
        String before = config.getConfig().get(key);
        config.getConfig().put(key, value);
        realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
        try {
            body.run();
        } finally {
            config.getConfig().put(key, before);
            realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
        }
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    ShopLogin shop() {
        BrowserLogin.forgetSessions(browser.driver(), realmUrl());
        return new ShopLogin(browser.driver(), realmUrl());
    }

    /** A customer who has set up the email code through the real set-up page; the browser is signed out again. */
    String customerWithEmailCode(ShopLogin shop) throws Exception {
        String email = TestUsers.create(realm, "email", "en");
        requireAction(email, EMAIL_CODE_SETUP);
        assertEquals(ShopLogin.Page.EMAIL_CODE_SETUP, shop.signIn(email));
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 1), null);
        assertEquals(ShopLogin.Page.SHOP, shop.next());
        shop.endKeycloakSession();
        // no waiting for the cool-down: the first code of the next sign-in is sent anyway (issue 12, row 9)
        return email;
    }

    /** Signs in with the code of mail number {@code mailNumber}, choosing a trust option; returns the shop's token. */
    String signInWithCode(ShopLogin shop, String email, int mailNumber, String trust) throws Exception {
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email));
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, mailNumber), trust);
        assertEquals(ShopLogin.Page.SHOP, shop.next());
        return shop.accessToken(http);
    }

    /** The user's saved browsers and skips as admins see them (the admin console's Portal tab reads this). */
    JsonNode browsersSeenByAdmins(String email) throws Exception {
        String url = realmUrl().replace("/realms/", "/admin/realms/") + "/portal/users/" + TestUsers.id(realm, email)
                + "/second-factor/browsers";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + adminClient.tokenManager().getAccessTokenString()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    void requireAction(String email, String action) {
        var user = realm.admin().users().get(TestUsers.id(realm, email));
        UserRepresentation representation = user.toRepresentation();
        representation.setRequiredActions(List.of(action));
        user.update(representation);
    }

    /** The status of {@code GET /portal/{path}} with a bearer token, from the shop's origin. */
    int portalStatus(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Origin", KontorRealm.SHOP_ORIGIN)
                        .GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int mailsTo(String email) {
        return MailCodes.to(mailServer, email).size();
    }
}
