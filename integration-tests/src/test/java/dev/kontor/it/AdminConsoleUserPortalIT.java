package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Portal" tab of Keycloak's user page in the kontor admin console (issue 14): a login's
 * second-factor methods with their names, its saved browsers with delete one, and the one
 * "Reset second factor" after which the next sign-in asks for a set-up; a view-only admin sees
 * the same without a button.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AdminConsoleUserPortalIT extends AbstractSecondFactorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectAdminClient
    Keycloak admin;

    @Test
    void fullAdminDeletesOneSavedBrowserThenResetsTheSecondFactor() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        GroupRepresentation required = realm.admin().groups().groups("2fa-required", 0, 1).get(0);
        String userId = TestUsers.id(realm, email);
        realm.admin().users().get(userId).joinGroup(required.getId());
        signInWithCode(shop, email, 2, "save");
        shop.endKeycloakSession();

        WebDriver driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-2fa", "en", "view-users", "manage-users"),
                "users/" + userId + "/settings", "user-details-tab");
        click(driver, "kontor-user-portal-tab");
        BrowserLogin.waitForUrl(driver, AdminConsoleLogins.consoleUrl(realmUrl()) + "#/kontor/users/" + userId + "/portal");
        WebElement method = awaitTestId(driver, "kontor-method");
        assertEquals("kontor-email-code", method.getAttribute("data-type"));
        assertTrue(method.getText().startsWith("Email code"), "the method's name, not its type: " + method.getText());
        List<WebElement> browsers = driver.findElements(testId("kontor-browser"));
        assertEquals(1, browsers.size());
        assertTrue(browsers.get(0).getText().contains("Saved browser"), browsers.get(0).getText());
        screenshot(driver, "admin-user-portal");

        browsers.get(0).findElement(testId("kontor-browser-delete")).click();
        awaitTestId(driver, "kontor-user-confirm");
        click(driver, "kontor-user-confirm-yes");
        awaitTestId(driver, "kontor-browsers-none");
        assertEquals(0, secondFactor(userId).get("savedBrowserCount").asInt(), "deleted on the server");
        assertEquals(1, secondFactor(userId).get("methods").size(), "the method stays");

        click(driver, "kontor-reset-second-factor");
        String body = awaitTestId(driver, "kontor-user-confirm").getText();
        assertTrue(body.contains(email), body);
        click(driver, "kontor-user-confirm-yes");
        awaitTestId(driver, "kontor-methods-none");
        assertEquals(0, secondFactor(userId).get("methods").size());
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> "DELETE".equals(e.getOperationType())
                && e.getResourcePath() != null && e.getResourcePath().endsWith(userId + "/second-factor")), "the reset's admin event");

        assertEquals(ShopLogin.Page.CHOOSE_SECOND_FACTOR, shop().signIn(email), "the next sign-in asks for a set-up");
    }

    @Test
    void viewOnlyAdminSeesThePortalTabInGermanWithoutButtons() throws Exception {
        ShopLogin shop = shop();
        String email = customerWithEmailCode(shop);
        signInWithCode(shop, email, 2, "save");
        shop.endKeycloakSession();
        String userId = TestUsers.id(realm, email);

        WebDriver driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-2fa-viewer", "de", "view-users"),
                "users/" + userId + "/portal", "kontor-method");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                testId("kontor-method"), "E-Mail-Code"));
        assertEquals(1, driver.findElements(testId("kontor-browser")).size());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Gespeicherte Browser und 24-Stunden-Ausnahmen"));
        for (String button : List.of("kontor-reset-second-factor", "kontor-browser-delete", "kontor-browsers-delete-all")) {
            assertTrue(driver.findElements(testId(button)).isEmpty(), button + " is shown to a view-only admin");
        }
        assertEquals(1, secondFactor(userId).get("savedBrowserCount").asInt());
    }

    private JsonNode secondFactor(String userId) throws Exception {
        String url = realmUrl().replace("/realms/", "/admin/realms/") + "/portal/users/" + userId + "/second-factor";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
