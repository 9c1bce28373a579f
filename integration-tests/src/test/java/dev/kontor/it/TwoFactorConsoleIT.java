package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.kontor.it.ConsoleUi.awaitTestId;
import static dev.kontor.it.ConsoleUi.click;
import static dev.kontor.it.ConsoleUi.testId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, row 11, as the attack: someone at a shared PC where the customer's 24-hour skip is
 * running. Turning 2FA off asks for the second factor itself (the skip does not count), the
 * account API's credential DELETE is closed, and the skip is listed with its end so the customer
 * can end it.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class TwoFactorConsoleIT extends AbstractSecondFactorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final By ROWS = testId("kontor-saved-browser");

    @Test
    void turningTwoFactorOffWithARunningSkipAsksForTheCodeFirst() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "skip");

        // A new sign-in on this browser: the skip spares the code, as it should.
        shop.endKeycloakSession();
        WebDriver driver = browser.driver();
        driver.navigate().to(realmUrl() + "/account/two-factor");
        BrowserLogin.submitCredentials(driver, email, TestUsers.PASSWORD);
        awaitMethod(driver, "kontor-email-code");
        assertEquals(2, mailsTo(email), "the console sign-in was spared the code by the skip");

        click(driver, "kontor-disable");
        click(driver, "kontor-disable-dialog-confirm");
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.reauthenticate(TestUsers.PASSWORD),
                "turning 2FA off asks for the code although the skip is running");
        String code = MailCodes.awaitCode(mailServer, email, 3);

        // Without the code nothing happens: a wrong one is refused, leaving keeps the factor.
        String wrong = code.equals("000000") ? "111111" : "000000";
        shop.enterEmailCode(wrong, null);
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.next());
        driver.navigate().to(realmUrl() + "/account/two-factor");
        awaitMethod(driver, "kontor-email-code");
        assertTrue(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"), "the factor stays without the code");

        click(driver, "kontor-disable");
        click(driver, "kontor-disable-dialog-confirm");
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.reauthenticate(TestUsers.PASSWORD));
        shop.enterEmailCode(MailCodes.awaitCode(mailServer, email, 4), null);
        shop.confirmCredentialRemoval();
        awaitMethod(driver, "none");
        assertTrue(TestUsers.credentialTypes(realm, email).stream().noneMatch(type -> type.equals("kontor-email-code")
                || type.equals("recovery-authn-codes")), TestUsers.credentialTypes(realm, email).toString());
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> d.findElements(ROWS).isEmpty());
        awaitTestId(driver, "kontor-saved-browsers-empty");
        assertEquals(1, occurrences(driver, "Your change was saved."), "one toast");
    }

    @Test
    void accountApiCannotRemoveTheSecondFactorWithAToken() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String token = signInWithCode(shop, email, 2, "skip");

        HttpResponse<String> credentials = account("GET", token, "/credentials");
        assertEquals(200, credentials.statusCode(), credentials.body());
        String id = null;
        for (JsonNode container : JSON.readTree(credentials.body())) {
            if ("kontor-email-code".equals(container.get("type").asText())) {
                id = container.get("userCredentialMetadatas").get(0).get("credential").get("id").asText();
            }
        }
        assertNotNull(id, credentials.body());

        for (String path : List.of("/credentials/" + id, "/v1alpha1/credentials/" + id)) {
            HttpResponse<String> deleted = account("DELETE", token, path);
            assertEquals(403, deleted.statusCode(), path + ": " + deleted.body());
            assertTrue(deleted.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("reauthentication_required", JSON.readTree(deleted.body()).get("code").asText());
        }
        // Keycloak itself refuses paths that are not normalised (400 missingNormalization).
        HttpResponse<String> doubled = account("DELETE", token, "//credentials/" + id);
        assertTrue(doubled.statusCode() == 400 || doubled.statusCode() == 403, doubled.statusCode() + ": " + doubled.body());
        assertTrue(TestUsers.credentialTypes(realm, email).contains("kontor-email-code"), "the factor stays");
    }

    @Test
    void runningSkipIsListedWithItsEndAndDeleteAllEndsIt() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String token = signInWithCode(shop, email, 2, "skip");

        JsonNode listed = JSON.readTree(trustedBrowsers("GET", token).body());
        assertEquals(1, listed.get("total").asInt(), listed.toString());
        JsonNode skip = listed.get("items").get(0);
        assertEquals("skip", skip.get("kind").asText());
        long lifetime = skip.get("expiresAt").asLong() - skip.get("createdAt").asLong();
        assertEquals(24 * 3600_000L, lifetime, 5_000, "ends 24 hours after it began");

        WebDriver driver = browser.driver();
        driver.navigate().to(realmUrl() + "/account/two-factor");
        awaitRows(driver, 1);
        WebElement row = driver.findElement(ROWS);
        assertEquals("skip", row.getAttribute("data-kind"));
        assertEquals("true", row.getAttribute("data-current"));
        assertTrue(row.getText().contains("No code for 24 hours"), row.getText());
        String until = row.findElement(testId("kontor-saved-browser-until")).getText();
        assertTrue(until.matches("(?s).*\\d{1,2}:\\d{2}.*"), "the end with its time: " + until);

        click(driver, "kontor-saved-browsers-delete-all");
        click(driver, "kontor-delete-all-dialog-confirm");
        awaitTestId(driver, "kontor-saved-browsers-empty");
        assertEquals(0, JSON.readTree(trustedBrowsers("GET", token).body()).get("total").asInt());

        shop.endKeycloakSession();
        assertEquals(ShopLogin.Page.EMAIL_CODE, shop.signIn(email), "the ended skip no longer spares the code");
    }

    @Test
    void deletedBrowserDisappearsWithoutReload() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        String token = signInWithCode(shop, email, 2, "save");

        WebDriver driver = browser.driver();
        driver.navigate().to(realmUrl() + "/account/two-factor");
        awaitRows(driver, 1);
        assertEquals("saved", driver.findElement(ROWS).getAttribute("data-kind"));
        String url = driver.getCurrentUrl();
        click(driver, "kontor-saved-browser-delete");
        click(driver, "kontor-delete-browser-dialog-confirm");
        awaitRows(driver, 0);
        awaitTestId(driver, "kontor-saved-browsers-empty");
        assertEquals(url, driver.getCurrentUrl(), "no reload");
        assertEquals(1, occurrences(driver, "The browser was deleted."), "one toast");
        assertEquals(0, JSON.readTree(trustedBrowsers("GET", token).body()).get("total").asInt());
    }

    private HttpResponse<String> account(String method, String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/account" + path))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> trustedBrowsers(String method, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/portal/trusted-browsers"))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int occurrences(WebDriver driver, String text) {
        String body = driver.findElement(By.tagName("body")).getText();
        return body.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private static void awaitRows(WebDriver driver, int count) {
        ConsoleUi.awaitCount(driver, ROWS, count);
    }

    private static void awaitMethod(WebDriver driver, String method) {
        try {
            new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> {
                List<WebElement> cards = d.findElements(testId("kontor-2fa-current"));
                return !cards.isEmpty() && method.equals(cards.get(0).getAttribute("data-method"));
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected method " + method + " at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}
