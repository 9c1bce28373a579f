package dev.kontor.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REG-5 and REG-6: every rule of the realm's password policy through the admin API, the
 * translated error and live check on the update-password page, and the forced update of a
 * legacy customer whose stored password breaks today's rules, with and without grace logins.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class PasswordPolicyIT extends AbstractKontorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_PASSWORD = "Mond#Regen7x";
    /** Meets every rule but one: a run of three letters. A legacy password from before kontorNoRun. */
    private static final String LEGACY_PASSWORD = "Kabc#2468";
    private static final String CHECK_STEP = "kontor-password-policy-check";

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectAdminClient
    Keycloak admin;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void adminSetPasswordRejectsEachRuleWithItsMessage() throws Exception {
        String email = TestUsers.create(realm, "policy", "en");
        String userId = TestUsers.id(realm, email);

        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("Ko#24x", "invalidPasswordMinLengthMessage");
        rejected.put("Kontor2468", "invalidPasswordMinSpecialCharsMessage");
        rejected.put("Kontor#Zwei", "invalidPasswordMinDigitsMessage");
        rejected.put("kontor#2468", "invalidPasswordMinUpperCaseCharsMessage");
        rejected.put("KONTOR#2468", "invalidPasswordMinLowerCaseCharsMessage");
        rejected.put("Kabc#2468", "kontorPasswordRunMessage");
        rejected.put("Kontor#321x", "kontorPasswordRunMessage");
        rejected.put("Customer#2468", "kontorPasswordNotNameMessage");
        rejected.put("P@ssw0rd", "invalidPasswordBlacklistedMessage");
        rejected.put("1qaz@WSX", "invalidPasswordBlacklistedMessage");
        rejected.put(TestUsers.PASSWORD, "invalidPasswordHistoryMessage");

        for (Map.Entry<String, String> rule : rejected.entrySet()) {
            Map<?, ?> error = rejectedBody(userId, rule.getKey());
            assertEquals(rule.getValue(), error.get("error"), rule.getKey() + " → " + error);
            String description = String.valueOf(error.get("error_description"));
            assertFalse(description.isBlank() || description.equals(rule.getValue()),
                    "the admin API explains the rule in words: " + error);
        }
        assertTrue(String.valueOf(rejectedBody(userId, "Kabc#2468").get("error_description"))
                .contains("3 or more consecutive letters or digits"));

        CredentialRepresentation good = password(GOOD_PASSWORD);
        realm.admin().users().get(userId).resetPassword(good);
    }

    @Test
    void usernameAndEmailAreRejected() throws Exception {
        // The username is the email in this realm. Made of letters that are never neighbours, so the
        // password below has no run and meets every other rule; Keycloak checks rules in no fixed
        // order, and the name rule (the address holds "rule" and "tester") may speak first.
        StringBuilder suffix = new StringBuilder();
        new SecureRandom().ints(5, 0, 6).forEach(i -> suffix.append("aeimqu".charAt(i)));
        String email = "Rule-Tester.9" + suffix + "@example.com";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        try (Response response = realm.admin().users().create(user)) {
            assertEquals(201, response.getStatus());
        }
        String userId = TestUsers.id(realm, email.toLowerCase());
        Map<?, ?> error = rejectedBody(userId, email);
        assertTrue(List.of("invalidPasswordNotUsernameMessage", "invalidPasswordNotEmailMessage",
                "kontorPasswordNotNameMessage").contains(error.get("error")), String.valueOf(error));
    }

    @Test
    void dutchCustomerSeesTheRuleBrokenOnTheUpdatePasswordPage() throws Exception {
        String email = TestUsers.create(realm, "nl-update", "nl");
        var user = realm.admin().users().get(TestUsers.id(realm, email));
        UserRepresentation representation = user.toRepresentation();
        representation.setRequiredActions(List.of("UPDATE_PASSWORD"));
        user.update(representation);

        signIn(email, TestUsers.PASSWORD);
        WebDriver driver = browser.driver();
        waitFor(By.id("password-new"));
        assertTrue(driver.getPageSource().contains("kontor-password-tips"), "security tips on the page");
        assertTrue(bodyText().contains("Tips voor een veilig wachtwoord") || bodyText().contains("tips voor een veilig wachtwoord"),
                bodyText());

        driver.findElement(By.id("password-new")).sendKeys("Kabc#2468");
        // The live check knows the run rule from /portal/password-policy and marks it as broken.
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d ->
                !d.findElements(By.cssSelector("#kontor-password-rules li[data-rule='kontorNoRun'].kontor-rule-unmet")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#kontor-password-rules li[data-rule='length'].kontor-rule-met")).isEmpty());

        screenshot("update-password-live-check-nl");
        driver.findElement(By.id("password-confirm")).sendKeys("Kabc#2468");
        submit(By.id("kc-submit"));
        assertTrue(bodyText().contains("mag geen reeks van 3 of meer opeenvolgende letters of cijfers bevatten"), bodyText());

        updatePassword(GOOD_PASSWORD);
        BrowserLogin.waitForUrl(driver, KontorRealm.SHOP_REDIRECT);
    }

    @Test
    void legacyCustomerWithAWeakPasswordMustUpdateItThenIsLetThrough() throws Exception {
        String email = legacyCustomer("de");

        signIn(email, LEGACY_PASSWORD);
        waitFor(By.id("password-new"));
        assertTrue(bodyText().contains("Unsere Passwortregeln haben sich geändert"), bodyText());
        assertTrue(bodyText().contains("Reihenfolge von 3 oder mehr aufeinanderfolgenden Buchstaben oder Ziffern"), bodyText());
        screenshot("forced-password-update-de");

        updatePassword(GOOD_PASSWORD);
        BrowserLogin.waitForUrl(browser.driver(), KontorRealm.SHOP_REDIRECT);

        List<EventRepresentation> forced = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null,
                TestUsers.id(realm, email), null, null, null, 0, 10);
        assertTrue(forced.stream().anyMatch(e -> "password_update_forced".equals(e.getDetails().get("kontor_action"))
                && "kontorPasswordRunMessage".equals(e.getDetails().get("reason"))), String.valueOf(forced));

        signIn(email, GOOD_PASSWORD);
        BrowserLogin.waitForUrl(browser.driver(), KontorRealm.SHOP_REDIRECT);
    }

    @Test
    void graceLoginsLetTheCustomerPostponeThenTheUpdateIsForced() throws Exception {
        String email = legacyCustomer("en");
        withGraceLogins("1", () -> {
            signIn(email, LEGACY_PASSWORD);
            waitFor(By.id("kontor-password-later"));
            assertTrue(bodyText().contains("3 or more consecutive letters or digits"), bodyText());
            assertTrue(bodyText().contains("postpone the change once more"), bodyText());
            screenshot("password-outdated-grace-en");
            submit(By.id("kontor-password-later"));
            BrowserLogin.waitForUrl(browser.driver(), KontorRealm.SHOP_REDIRECT);
            assertEquals("1", attribute(email));

            signIn(email, LEGACY_PASSWORD);
            waitFor(By.id("password-new"));
            assertTrue(browser.driver().findElements(By.id("kontor-password-later")).isEmpty());
            updatePassword(GOOD_PASSWORD);
            BrowserLogin.waitForUrl(browser.driver(), KontorRealm.SHOP_REDIRECT);
            assertNull(attribute(email), "the count is gone once the password meets the rules");
        });
    }

    @Test
    void rulesAreListedForTheLiveCheckAndInTheAdminConsole() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/password-policy")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Map<?, ?> body = JSON.readValue(response.body(), Map.class);
        List<?> rules = (List<?>) body.get("rules");
        assertTrue(rules.contains(Map.of("id", "kontorNoRun", "value", 3)), response.body());
        assertTrue(rules.contains(Map.of("id", "length", "value", 8)), response.body());
        assertTrue(response.body().contains("\"passwordBlacklist\"") && !response.body().contains("kontor-common-passwords"),
                "the list is named as a rule, its file is not revealed: " + response.body());

        var policies = admin.serverInfo().getInfo().getPasswordPolicies().stream().map(p -> p.getId()).toList();
        assertTrue(policies.containsAll(List.of("kontorNoRun", "kontorNoKeyboardRun", "kontorNotName")), String.valueOf(policies));
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A customer whose stored password predates the run rule: imported as a hash, as a migration would. */
    private String legacyCustomer(String locale) throws Exception {
        String email = "legacy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Legacy");
        user.setLastName("Kunde");
        TestUsers.inDirectory(realm, "900002", "Kunde");
        user.setAttributes(Map.of("customerNumber", List.of("900002"), "locale", List.of(locale)));
        user.setCredentials(List.of(hashedPassword(LEGACY_PASSWORD)));
        try (Response response = realm.admin().users().create(user)) {
            assertEquals(201, response.getStatus(), "a hashed credential bypasses the policy, as in a migration");
        }
        return email;
    }

    private static CredentialRepresentation hashedPassword(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 1000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setSecretData(JSON.writeValueAsString(Map.of("value", Base64.getEncoder().encodeToString(hash),
                "salt", Base64.getEncoder().encodeToString(salt), "additionalParameters", Map.of())));
        credential.setCredentialData(JSON.writeValueAsString(Map.of("hashIterations", iterations,
                "algorithm", "pbkdf2-sha256", "additionalParameters", Map.of())));
        return credential;
    }

    private Map<?, ?> rejectedBody(String userId, String password) throws Exception {
        BadRequestException rejected = assertThrows(BadRequestException.class,
                () -> realm.admin().users().get(userId).resetPassword(password(password)), password);
        return JSON.readValue(rejected.getResponse().readEntity(String.class), Map.class);
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }

    private void signIn(String email, String password) {
        WebDriver driver = browser.driver();
        BrowserLogin.forgetSessions(driver, realmUrl());
        driver.navigate().to(realmUrl() + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256");
        BrowserLogin.submitCredentials(driver, email, password);
    }

    private void updatePassword(String password) {
        WebDriver driver = browser.driver();
        waitFor(By.id("password-new")).clear();
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).clear();
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        submit(By.id("kc-submit"));
    }

    private WebElement waitFor(By element) {
        try {
            return new WebDriverWait(browser.driver(), BrowserLogin.TIMEOUT).until(d -> d.findElement(element));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No " + element + " at " + browser.driver().getCurrentUrl() + ": " + bodyText(), e);
        }
    }

    private void submit(By button) {
        WebElement element = browser.driver().findElement(button);
        element.click();
        new WebDriverWait(browser.driver(), BrowserLogin.TIMEOUT)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    private void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private String bodyText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private String attribute(String email) {
        Map<String, List<String>> attributes = realm.admin().users().get(TestUsers.id(realm, email)).toRepresentation().getAttributes();
        List<String> values = attributes == null ? null : attributes.get("kontorPasswordUpdatesPostponed");
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private void withGraceLogins(String value, AbstractSecondFactorIT.Body body) throws Exception {
        AuthenticationManagementResource flows = realm.admin().flows();
        AuthenticationExecutionInfoRepresentation step = flows.getExecutions("kontor browser").stream()
                .filter(e -> CHECK_STEP.equals(e.getProviderId())).findFirst().orElseThrow();
        AuthenticatorConfigRepresentation config = flows.getAuthenticatorConfig(step.getAuthenticationConfig());
        String before = config.getConfig().get("graceLogins");
        config.getConfig().put("graceLogins", value);
        flows.updateAuthenticatorConfig(config.getId(), config);
        try {
            body.run();
        } finally {
            config.getConfig().put("graceLogins", before);
            flows.updateAuthenticatorConfig(config.getId(), config);
        }
    }
}
