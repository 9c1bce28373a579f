package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.kontor.it.AdminConsoleLogins.consoleAdmin;
import static dev.kontor.it.AdminConsoleLogins.open;
import static dev.kontor.it.ConsoleUi.awaitTestId;
import static dev.kontor.it.ConsoleUi.click;
import static dev.kontor.it.ConsoleUi.screenshot;
import static dev.kontor.it.ConsoleUi.testId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Portal" tab of Keycloak's user page in the kontor admin console (issue 14): a login's
 * second-factor methods with their names, its saved browsers with delete one, and the one
 * "Reset second factor" after which the next sign-in asks for a set-up; a view-only admin sees
 * it, the returns queue and the settings without a button.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AdminConsoleUserPortalIT extends AbstractSecondFactorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One customer with an email code and a saved browser, seen first by a view-only admin in German
     * (the Portal tab, the returns queue and the settings without a single action; the API refuses
     * them anyway), then by a full admin, who deletes the browser and resets the second factor.
     */
    @Test
    void viewOnlyAdminSeesThenFullAdminDeletesOneSavedBrowserAndResetsTheSecondFactor() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        GroupRepresentation required = realm.admin().groups().groups("2fa-required", 0, 1).get(0);
        String userId = TestUsers.id(realm, email);
        realm.admin().users().get(userId).joinGroup(required.getId());
        signInWithCode(shop, email, 2, "save");
        shop.endKeycloakSession();

        String viewer = consoleAdmin(realm, "console-viewer", "de", "view-users", "view-realm");
        WebDriver driver = open(browser.driver(), realmUrl(), viewer, "users/" + userId + "/portal", "kontor-method");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                testId("kontor-method"), "E-Mail-Code"));
        assertEquals(1, driver.findElements(testId("kontor-browser")).size());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Gespeicherte Browser und 24-Stunden-Ausnahmen"));
        assertNone(driver, "kontor-reset-second-factor", "kontor-browser-delete", "kontor-browsers-delete-all");
        screenshot(driver, "admin-user-portal-de-view-only");

        driver.navigate().to(AdminConsoleLogins.consoleUrl(realmUrl()) + "#/kontor/kontor-returns");
        awaitTestId(driver, "kontor-returns-status");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> d.findElement(By.tagName("body")).getText().contains("Rücksendungen"));
        assertNone(driver, "kontor-return-approve", "kontor-return-reject");

        driver.navigate().to(AdminConsoleLogins.consoleUrl(realmUrl()) + "#/kontor/kontor-settings");
        WebElement days = awaitTestId(driver, "kontor-settings-return-window");
        assertFalse(days.isEnabled(), "view-realm sees the settings but cannot change them");
        assertNone(driver, "kontor-settings-save");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Portal-Einstellungen"));

        String viewerToken = AdminConsoleLogins.frontEndToken(browser.driver(), http, realmUrl(), viewer);
        String base = realmUrl().replace("/realms/", "/admin/realms/") + "/portal";
        assertEquals(403, send("DELETE", base + "/users/" + userId + "/second-factor", viewerToken).statusCode());
        assertEquals(403, send("DELETE", base + "/users/" + userId + "/second-factor/browsers", viewerToken).statusCode());
        assertEquals(200, send("GET", base + "/settings", viewerToken).statusCode());
        assertEquals(1, secondFactor(userId).get("savedBrowserCount").asInt(), "nothing changed");

        driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-2fa", "en", "view-users", "manage-users"),
                "users/" + userId + "/settings", "user-details-tab");
        // The last tab of a long tab list: PatternFly scrolls the list, so bring it into view first.
        WebElement portalTab = awaitTestId(driver, "kontor-user-portal-tab");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'center'})", portalTab);
        assertEquals("Portal", portalTab.getText());
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", portalTab); // PatternFly's scroll buttons may overlap it
        BrowserLogin.waitForUrl(driver, AdminConsoleLogins.consoleUrl(realmUrl()) + "#/kontor/users/" + userId + "/portal");
        WebElement method = awaitTestId(driver, "kontor-method");
        assertEquals("kontor-email-code", method.getAttribute("data-type"));
        assertTrue(method.getText().startsWith("Email code"), "the method's name, not its type: " + method.getText());
        List<WebElement> browsers = driver.findElements(testId("kontor-browser"));
        assertEquals(1, browsers.size());
        assertTrue(browsers.get(0).getText().contains("Saved browser"), browsers.get(0).getText());
        screenshot(driver, "admin-user-portal");

        browsers.get(0).findElement(testId("kontor-browser-delete")).click();
        awaitTestId(driver, "kontor-user-action-dialog");
        click(driver, "kontor-user-action-confirm");
        awaitTestId(driver, "kontor-browsers-none");
        assertEquals(0, secondFactor(userId).get("savedBrowserCount").asInt(), "deleted on the server");
        assertEquals(1, secondFactor(userId).get("methods").size(), "the method stays");

        click(driver, "kontor-reset-second-factor");
        String body = awaitTestId(driver, "kontor-user-action-dialog").getText();
        assertTrue(body.contains(email), body);
        click(driver, "kontor-user-action-confirm");
        awaitTestId(driver, "kontor-methods-none");
        assertEquals(0, secondFactor(userId).get("methods").size());
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> "DELETE".equals(e.getOperationType())
                && e.getResourcePath() != null && e.getResourcePath().endsWith(userId + "/second-factor")), "the reset's admin event");

        assertEquals(ShopLogin.Page.CHOOSE_SECOND_FACTOR, shop().signIn(email), "the next sign-in asks for a set-up");
    }

    private static void assertNone(WebDriver driver, String... testIds) {
        for (String id : testIds) {
            assertTrue(driver.findElements(testId(id)).isEmpty(), id + " is shown to a view-only admin");
        }
    }

    private HttpResponse<String> send(String method, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode secondFactor(String userId) throws Exception {
        String url = realmUrl().replace("/realms/", "/admin/realms/") + "/portal/users/" + userId + "/second-factor";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + adminClient.tokenManager().getAccessTokenString()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
