package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration by customer number (REG-1 … REG-4, REG-6 customer-number half, REG-7) through the
 * real pages and mails: fresh customers per test, imported through the directory's admin API
 * (the directory itself is {@link CustomerDirectoryIT}'s).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class RegistrationIT extends AbstractKontorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = TestUsers.PASSWORD;
    static final String NOT_MATCHED = "This customer number and name do not match our records. Please enter both exactly as on your invoice or contract.";
    static final String NOT_MATCHED_NAME = "Please check the last name or company name too.";

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectAdminClient
    Keycloak admin;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private CustomerDirectoryApi directory;

    private CustomerCheckLimits limits;

    @BeforeEach
    void raiseAddressLimit() {
        directory = new CustomerDirectoryApi(http, realmUrl(), admin);
        limits = CustomerCheckLimits.raiseAddressLimit(realm);
        browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterEach
    void restoreAddressLimit() {
        limits.close();
    }

    // ---------------------------------------------------------------- registration and activation

    @Test
    void registerActivateFromCopiedLinkInFreshBrowserThenSignIn() throws Exception {
        String number = directory.importCustomer("Özdemir Bäckerei GmbH", "company");
        String email = newEmail("reg");

        // Typed differently from the directory: case, umlauts spelled out, spacing.
        openRegistration();
        fillRegistration("oezdemir  BAECKEREI gmbh", number, email, PASSWORD, true, true);
        submitRegistration();
        assertTrue(body().contains(email), "the verify-email page names the address: " + body());

        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertFalse(user.isEmailVerified());
        assertEquals(List.of(number), user.getAttributes().get("customerNumber"), "the login is linked to the customer");
        assertEquals("oezdemir  BAECKEREI gmbh", user.getLastName());
        assertTrue(realm.admin().users().get(user.getId()).credentials().stream()
                .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType())),
                "the password typed on the form is stored (Keycloak 26.7 would defer it with verify-email on)");

        String link = MailCodes.awaitLink(mailServer, email, 1);
        JsonNode token = tokenPayload(link);
        assertEquals(24 * 3600, token.get("exp").asLong() - token.get("iat").asLong(), "the activation link is valid 24 hours");

        // Unverified: signing in ends on the verify-email page, not in the shop.
        submitShopLogin(email);
        assertTrue(driver().getCurrentUrl().contains("execution=VERIFY_EMAIL"), driver().getCurrentUrl());
        assertTrue(body().contains(email), body());

        // The link from the first mail, pasted into the address bar of a browser without any session.
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(link);
        proceedIfAsked();
        new WebDriverWait(driver(), BrowserLogin.TIMEOUT)
                .until(d -> Boolean.TRUE.equals(realm.admin().users().get(user.getId()).toRepresentation().isEmailVerified()));

        BrowserLogin.forgetSessions(driver(), realmUrl());
        assertEquals(ShopLogin.Page.SHOP, new ShopLogin(driver(), realmUrl()).signIn(email),
                "after activation the customer signs in with email and the password from the form");

        JsonNode details = JSON.readTree(directory.call("GET", "/" + number, null).body());
        assertTrue(details.get("logins").toString().contains(email), details.toString());
    }

    @Test
    void wrongNumberNameMismatchAndMissingAcceptanceAreExplainedAndCreateNoLogin() throws Exception {
        String number = directory.importCustomer("Schneider", "person");
        String email = newEmail("wrong");

        openRegistration();
        fillRegistration("Schneider", CustomerDirectoryApi.unknownNumber(), email, PASSWORD, true, true);
        submitRegistration();
        assertEquals(NOT_MATCHED, fieldError("kontorCustomerNumber"));
        assertEquals(NOT_MATCHED_NAME, fieldError("lastName"));

        fillRegistration("Schnieder", number, email, PASSWORD, true, true);
        submitRegistration();
        screenshot("register-name-mismatch");
        assertEquals(NOT_MATCHED, fieldError("kontorCustomerNumber"), "a wrong name reads as an unknown number");
        assertEquals(NOT_MATCHED_NAME, fieldError("lastName"));
        assertFalse(body().contains("Schneider"), "the page never shows the name on record");

        fillRegistration("Schneider", number, email, PASSWORD, false, false);
        submitRegistration();
        assertEquals("Please accept the terms of use.", fieldError("kontorTermsAccepted"));
        assertEquals("Please accept the privacy policy.", fieldError("kontorPrivacyAccepted"));

        fillRegistration("Schneider", "12ab", email, PASSWORD, true, true);
        submitRegistration();
        assertEquals("A customer number has 5 to 10 digits.", fieldError("kontorCustomerNumber"));

        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no login was created");
        assertEquals(0, MailCodes.to(mailServer, email).size());
    }

    @Test
    void tooManyWrongNamesForOneNumberBlockIt() throws Exception {
        String number = directory.importCustomer("Weber", "person");
        String email = newEmail("blocked");
        openRegistration();
        for (int i = 0; i < 5; i++) {
            fillRegistration("Wagner" + i, number, email, PASSWORD, true, true);
            submitRegistration();
            assertEquals(NOT_MATCHED_NAME, fieldError("lastName"));
        }
        fillRegistration("Weber", number, email, PASSWORD, true, true);
        submitRegistration();
        assertEquals("Too many unsuccessful attempts. Please try again later, or contact Kontor customer service.",
                fieldError("kontorCustomerNumber"), "even the right name waits once the number is blocked");
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty());
    }

    @Test
    void germanRegistrationPageAndErrors() throws Exception {
        String email = newEmail("de");
        openRegistration("de");
        assertTrue(body().contains("Nachname / Firmenname"), body());
        assertTrue(body().contains("Nutzungsbedingungen"), body());
        fillRegistration("Schmidt", CustomerDirectoryApi.unknownNumber(), email, PASSWORD, true, true);
        submitRegistration();
        assertEquals("Kundennummer und Name passen nicht zu unseren Unterlagen. Bitte geben Sie beide genau wie auf Ihrer Rechnung oder Ihrem Vertrag ein.",
                fieldError("kontorCustomerNumber"));
    }

    @Test
    void expiredActivationLinkSaysSoAndHowToStartAgain() throws Exception {
        String number = directory.importCustomer("Fischer", "person");
        String email = newEmail("expired");
        RealmRepresentation before = realm.admin().toRepresentation();
        setVerifyEmailLifespan("2");
        try {
            openRegistration();
            fillRegistration("Fischer", number, email, PASSWORD, true, true);
            submitRegistration();
            String link = MailCodes.awaitLink(mailServer, email, 1);
            Thread.sleep(3_500);
            BrowserLogin.forgetSessions(driver(), realmUrl());
            driver().navigate().to(link);
            new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(d -> body().contains("expired"));
            assertTrue(body().contains("This link has expired. Activation links are valid for 24 hours. To get a new activation link, "
                    + "sign in with your email address and password."), body());
        } finally {
            setVerifyEmailLifespan(before.getAttributesOrEmpty()
                    .getOrDefault("actionTokenGeneratedByUserLifespan.verify-email", "86400"));
        }
        // What the page says works: signing in mails a fresh activation link.
        submitShopLogin(email);
        String fresh = MailCodes.awaitLink(mailServer, email, 2);
        JsonNode token = tokenPayload(fresh);
        assertEquals(24 * 3600, token.get("exp").asLong() - token.get("iat").asLong());
    }

    // ---------------------------------------------------------------- forgot password (REG-4)

    @Test
    void resetByCustomerNumberAndEmailAnswersTheSameAndMailsOnlyOnMatch() throws Exception {
        String email = TestUsers.create(realm, "reset", "en"); // customer number 900001

        String noMatch = requestReset("900002", email);
        Thread.sleep(1_500);
        assertEquals(0, MailCodes.to(mailServer, email).size(), "a wrong number mails nothing");

        String unknownAddress = requestReset("900001", newEmail("nobody"));
        String match = requestReset("900001", email);
        assertEquals(noMatch, match, "match and mismatch look the same");
        assertEquals(noMatch, unknownAddress, "an unknown address looks the same");
        assertTrue(match.contains("You should receive an email shortly"), match);

        String link = MailCodes.awaitLink(mailServer, email, 1);
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(link);
        proceedIfAsked();
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys("Blume!Tor47");
        driver().findElement(By.id("password-confirm")).sendKeys("Blume!Tor47");
        WebElement save = driver().findElement(By.cssSelector("[type=submit]"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));

        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/account/");
        BrowserLogin.submitCredentials(driver(), email, "Blume!Tor47");
        BrowserLogin.waitForUrl(driver(), realmUrl() + "/account");
    }

    // ---------------------------------------------------------------- customer number at login (REG-6)

    @Test
    void userWithoutCustomerNumberIsAskedForItThenLetThrough() throws Exception {
        String number = directory.importCustomer("Hoffmann Elektro KG", "company");
        String email = userWithoutCustomerNumber();

        submitShopLogin(email);
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kontor-customer-number-form")));
        assertTrue(body().contains("Enter your customer number"), body());
        screenshot("customer-number-required-action");

        typeInto("kontorCustomerNumber", number);
        typeInto("lastName", "Hofmann Elektro KG");
        submit(By.id("kontor-customer-number-submit"));
        assertEquals(NOT_MATCHED, fieldError("kontorCustomerNumber"));
        assertEquals(NOT_MATCHED_NAME, fieldError("lastName"));

        typeInto("lastName", "hoffmann elektro kg");
        submit(By.id("kontor-customer-number-submit"));
        BrowserLogin.waitForUrl(driver(), KontorRealm.SHOP_REDIRECT);
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertEquals(List.of(number), user.getAttributes().get("customerNumber"));

        BrowserLogin.forgetSessions(driver(), realmUrl());
        assertEquals(ShopLogin.Page.SHOP, new ShopLogin(driver(), realmUrl()).signIn(email), "asked only once");
    }

    // ---------------------------------------------------------------- profile (REG-7)

    @Test
    void customerNumberIsReadOnlyForTheUserOnTheProfilePage() throws Exception {
        String email = TestUsers.create(realm, "profile", "en");
        String id = TestUsers.id(realm, email);
        var user = realm.admin().users().get(id);
        UserRepresentation rep = user.toRepresentation();
        rep.setRequiredActions(List.of("UPDATE_PROFILE"));
        user.update(rep);

        submitShopLogin(email);
        WebElement number = new WebDriverWait(driver(), BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("customerNumber")));
        assertEquals("900001", number.getAttribute("value"));
        assertTrue(number.getAttribute("disabled") != null || number.getAttribute("readonly") != null,
                "the customer number cannot be edited by the user");
        typeInto("firstName", "Renamed");
        submit(By.cssSelector("[type=submit]"));
        BrowserLogin.waitForUrl(driver(), KontorRealm.SHOP_REDIRECT);
        UserRepresentation after = user.toRepresentation();
        assertEquals("Renamed", after.getFirstName(), "profile edits keep working");
        assertEquals(List.of("900001"), after.getAttributes().get("customerNumber"));
    }

    // ---------------------------------------------------------------- admin API

    // ---------------------------------------------------------------- helpers

    /** Pages for people to look at: integration-tests/target/screenshots/. */
    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String body() {
        return driver().findElement(By.tagName("body")).getText();
    }

    private void openRegistration() {
        openRegistration("en");
    }

    private void openRegistration(String locale) {
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/protocol/openid-connect/registrations?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256"
                + "&ui_locales=" + locale);
        new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
    }

    private void fillRegistration(String name, String number, String email, String password, boolean terms, boolean privacy) {
        typeInto("lastName", name);
        typeInto("kontorCustomerNumber", number);
        typeInto("email", email);
        typeInto("password", password);
        typeInto("password-confirm", password);
        setChecked("kontorTermsAccepted", terms);
        setChecked("kontorPrivacyAccepted", privacy);
    }

    private void submitRegistration() {
        submit(By.id("kontor-register-submit"));
    }

    private void submit(By button) {
        WebElement element = driver().findElement(button);
        element.click();
        new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(ExpectedConditions.stalenessOf(element));
    }

    private void typeInto(String id, String text) {
        WebElement input = new WebDriverWait(driver(), BrowserLogin.TIMEOUT).until(d -> d.findElement(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void setChecked(String id, boolean checked) {
        WebElement box = driver().findElement(By.id(id));
        if (box.isSelected() != checked) {
            box.click();
        }
    }

    private String fieldError(String field) {
        return new WebDriverWait(driver(), BrowserLogin.TIMEOUT)
                .until(d -> d.findElement(By.id("input-error-" + field))).getText().trim();
    }

    /** Keycloak asks "Click here to proceed" when an action link opens in a browser without the session. */
    private void proceedIfAsked() {
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        wait.until(d -> !d.findElements(By.cssSelector("a[href*='action-token']")).isEmpty()
                || !d.findElements(By.id("password-new")).isEmpty()
                || body().contains("verified"));
        List<WebElement> proceed = driver().findElements(By.cssSelector("a[href*='action-token']"));
        if (!proceed.isEmpty()) {
            WebElement link = proceed.get(0);
            link.click();
            wait.until(ExpectedConditions.stalenessOf(link));
        }
    }

    /** Email + password on the shop's login page, without waiting for any particular next page. */
    private void submitShopLogin(String email) {
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256");
        BrowserLogin.submitCredentials(driver(), email, PASSWORD);
    }

    private String requestReset(String number, String email) {
        BrowserLogin.forgetSessions(driver(), realmUrl());
        driver().navigate().to(realmUrl() + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256");
        WebDriverWait wait = new WebDriverWait(driver(), BrowserLogin.TIMEOUT);
        WebElement forgot = wait.until(d -> d.findElement(By.cssSelector("a[href*='reset-credentials']")));
        forgot.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-reset-password-form")));
        assertTrue(body().contains("Enter your customer number and the email address you registered with"), body());
        typeInto("kontorCustomerNumber", number);
        typeInto("username", email);
        screenshot("reset-by-customer-number");
        submit(By.cssSelector("#kc-reset-password-form [type=submit]"));
        return body();
    }

    private static JsonNode tokenPayload(String link) throws Exception {
        String key = URI.create(link).getQuery().replaceAll("^.*?key=([^&]+).*$", "$1");
        return JSON.readTree(Base64.getUrlDecoder().decode(key.split("\\.")[1]));
    }

    private void setVerifyEmailLifespan(String seconds) {
        RealmRepresentation rep = realm.admin().toRepresentation();
        Map<String, String> attributes = new HashMap<>(rep.getAttributesOrEmpty());
        attributes.put("actionTokenGeneratedByUserLifespan.verify-email", seconds);
        rep.setAttributes(attributes);
        realm.admin().update(rep);
    }

    private String userWithoutCustomerNumber() {
        String email = newEmail("legacy");
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Legacy");
        user.setLastName("Customer");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = realm.admin().users().create(user)) {
            assertEquals(201, response.getStatus());
        }
        return email;
    }

    private static String newEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
