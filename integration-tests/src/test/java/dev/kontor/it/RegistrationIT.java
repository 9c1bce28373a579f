package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration by customer number and activation (REG-1 … REG-3) through the real pages and
 * mails. Reset by customer number (REG-4) is {@link ResetByCustomerNumberIT}'s; the customer number
 * at login (REG-6, customer-number half) and on the profile (REG-7) {@link CustomerNumberActionIT}'s.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class RegistrationIT extends AbstractCustomerPagesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    // ---------------------------------------------------------------- helpers

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

    private void setChecked(String id, boolean checked) {
        WebElement box = driver().findElement(By.id(id));
        if (box.isSelected() != checked) {
            box.click();
        }
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
}
