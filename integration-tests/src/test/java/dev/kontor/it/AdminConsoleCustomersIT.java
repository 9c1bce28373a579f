package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.kontor.it.ConsoleUi.awaitTestId;
import static dev.kontor.it.ConsoleUi.click;
import static dev.kontor.it.ConsoleUi.screenshot;
import static dev.kontor.it.ConsoleUi.testId;
import static dev.kontor.it.ConsoleUi.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Customers pages of the {@code kontor} admin console theme (issue 14) in headless Chromium
 * against the real server, as admins of the kontor realm: a full admin (view-users, manage-users)
 * finds, opens, creates, edits, deletes and imports customers; a view-only admin (view-users) sees
 * the directory in German without a single action button, and the API refuses the actions anyway.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AdminConsoleCustomersIT extends AbstractKontorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectAdminClient
    Keycloak admin;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private CustomerDirectoryApi directory;

    @BeforeEach
    void directory() {
        directory = new CustomerDirectoryApi(http, realmUrl(), admin);
    }

    @Test
    void fullAdminFindsACustomerByNumberAndOpensItsLogins() throws Exception {
        String number = importCustomer("Weber Maschinenbau GmbH", "company");
        String login = TestUsers.withCustomerNumber(realm, "admin-ui-login", number, "en");
        WebDriver driver = openCustomers(AdminConsoleLogins.consoleAdmin(realm, "admin-ui-full", "en", "view-users", "manage-users"));

        WebElement nav = awaitTestId(driver, "nav-item-customers");
        assertEquals("Customers", nav.getText());
        assertTrue(nav.getAttribute("class").contains("pf-m-current"), "the Customers entry is the current page");
        search(driver, number);
        WebElement row = awaitRow(driver, number);
        assertTrue(row.getText().contains("Weber Maschinenbau GmbH") && row.getText().contains("Company"), row.getText());
        screenshot(driver, "admin-customers");

        row.findElement(By.linkText(number)).click();
        assertEquals("Weber Maschinenbau GmbH", awaitTestId(driver, "kontor-customer-name-value").getText());
        assertEquals("company", driver.findElement(testId("kontor-customer-kind-value")).getAttribute("data-kind"));
        WebElement loginLink = awaitTestId(driver, "kontor-customer-login");
        assertEquals(login, loginLink.getText());
        screenshot(driver, "admin-customer-detail");

        loginLink.click();
        String userId = TestUsers.id(realm, login);
        BrowserLogin.waitForUrl(driver, consoleUrl() + "#/kontor/users/" + userId + "/settings");
        // Keycloak's own user page, inside the same console: its navigation still has the Kontor group.
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), login));
        awaitTestId(driver, "nav-item-customers");
        awaitTestId(driver, "nav-item-users");
    }

    @Test
    void fullAdminCreatesEditsAndDeletesACustomer() throws Exception {
        WebDriver driver = openCustomers(AdminConsoleLogins.consoleAdmin(realm, "admin-ui-editor", "en", "view-users", "manage-users"));
        String number = CustomerDirectoryApi.unknownNumber();

        click(driver, "kontor-customer-create");
        type(awaitTestId(driver, "kontor-customer-number"), "12");
        type(driver.findElement(testId("kontor-customer-name")), "Neumann");
        click(driver, "kontor-customer-save");
        assertEquals("The customer number must be 5 to 10 digits.",
                awaitTestId(driver, "kontor-customer-customerNumber-error").getText(), "the server's rule, in the admin's words");

        type(driver.findElement(testId("kontor-customer-number")), number);
        Select kind = new Select(driver.findElement(testId("kontor-customer-type")));
        kind.selectByValue("person");
        click(driver, "kontor-customer-save");
        assertEquals("Neumann", awaitTestId(driver, "kontor-customer-name-value").getText());
        assertEquals("Neumann", customer(number).get("name").asText());
        assertTrue(driver.getCurrentUrl().endsWith("#/kontor/customers/" + number), driver.getCurrentUrl());

        click(driver, "kontor-customer-edit");
        WebElement name = awaitTestId(driver, "kontor-customer-name");
        assertEquals("false", String.valueOf(driver.findElement(testId("kontor-customer-number")).isEnabled()), "the number is the key");
        type(name, "Neumann-Schulz");
        new Select(driver.findElement(testId("kontor-customer-type"))).selectByValue("company");
        click(driver, "kontor-customer-save");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBe(testId("kontor-customer-name-value"), "Neumann-Schulz"));
        assertEquals("company", customer(number).get("type").asText());

        click(driver, "kontor-customer-delete");
        awaitTestId(driver, "kontor-delete-dialog");
        String title = driver.findElement(By.cssSelector(".pf-v5-c-modal-box__title")).getText();
        assertTrue(title.contains("Delete customer " + number + "?"), title);
        click(driver, "kontor-delete-cancel");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(testId("kontor-delete-dialog")));
        assertEquals(200, directory.call("GET", "/" + number, null).statusCode(), "cancel keeps the customer");

        click(driver, "kontor-customer-delete");
        click(driver, "kontor-delete-confirm");
        BrowserLogin.waitForUrl(driver, consoleUrl() + "#/kontor/customers");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> d.getCurrentUrl().endsWith("#/kontor/customers"));
        assertEquals(404, directory.call("GET", "/" + number, null).statusCode(), "deleted from the directory");
    }

    @Test
    void importShowsTheRejectedRowAndImportsTheOthers() throws Exception {
        WebDriver driver = openCustomers(AdminConsoleLogins.consoleAdmin(realm, "admin-ui-importer", "en", "view-users", "manage-users"));
        String first = CustomerDirectoryApi.unknownNumber();
        String second = CustomerDirectoryApi.unknownNumber();
        Path file = Files.createTempFile("customers", ".csv");
        Files.writeString(file, "customerNumber;name;type\n"
                + first + ";Fischer Bau AG;company\n"
                + "12ab;Broken;person\n"
                + second + ";Koch;person\n");

        click(driver, "kontor-customer-import");
        WebElement dialog = awaitTestId(driver, "kontor-import-dialog");
        dialog.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        assertEquals("3 rows read from the file.", awaitTestId(driver, "kontor-import-row-count").getText());
        click(driver, "kontor-import-start");

        // The title after PatternFly's screen-reader prefix ("Warning alert:").
        String result = awaitTestId(driver, "kontor-import-result").findElement(By.cssSelector(".pf-v5-c-alert__title")).getText();
        assertTrue(result.endsWith("Created: 2, updated: 0, unchanged: 0, rejected: 1") && result.startsWith("Warning"), result);
        List<WebElement> rejected = driver.findElements(testId("kontor-import-rejected-row"));
        assertEquals(1, rejected.size());
        assertEquals("1", rejected.get(0).getAttribute("data-row"), "0-based row of the API");
        String text = rejected.get(0).getText();
        assertTrue(text.contains("3") && text.contains("12ab") && text.contains("The customer number must be 5 to 10 digits."),
                "line 3 of the file (after the header line), its number and the problem: " + text);
        screenshot(driver, "admin-customers-import");

        assertEquals("Fischer Bau AG", customer(first).get("name").asText());
        assertEquals("Koch", customer(second).get("name").asText());
        click(driver, "kontor-import-close");
        search(driver, first);
        awaitRow(driver, first);
    }

    @Test
    void viewOnlyAdminSeesTheDirectoryInGermanWithoutActions() throws Exception {
        String number = importCustomer("Becker", "person");
        String email = AdminConsoleLogins.consoleAdmin(realm, "admin-ui-viewer", "de", "view-users");
        WebDriver driver = openCustomers(email);

        WebElement nav = awaitTestId(driver, "nav-item-customers");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> "Kunden".equals(nav.getText()));
        assertEquals("Kunden", driver.findElement(By.cssSelector("h1")).getText());
        search(driver, number);
        WebElement row = awaitRow(driver, number);
        assertTrue(row.getText().contains("Person"), row.getText());
        assertEquals("Kundennummer", driver.findElement(By.cssSelector("[data-testid='kontor-customers-table'] th")).getText());
        assertNoActions(driver, "kontor-customer-create", "kontor-customer-import");
        screenshot(driver, "admin-customers-de-view-only");

        row.findElement(By.linkText(number)).click();
        assertEquals("Becker", awaitTestId(driver, "kontor-customer-name-value").getText());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Logins mit dieser Kundennummer"));
        assertNoActions(driver, "kontor-customer-edit", "kontor-customer-delete");

        // The buttons are missing because the API would refuse: view-users reads, manage-users acts.
        String token = frontEndToken(email);
        assertEquals(200, directory.call("GET", "/" + number, null, token).statusCode());
        assertEquals(403, directory.call("PUT", "/" + number, "{\"name\":\"Becker\",\"type\":\"company\"}", token).statusCode());
        assertEquals(403, directory.call("DELETE", "/" + number, null, token).statusCode());
        assertEquals(403, directory.call("POST", "/import", "[]", token).statusCode());
        assertEquals("person", customer(number).get("type").asText());
    }

    /**
     * Keycloak's own user form (Details tab) refuses a customer number that is not in the directory,
     * with Kontor's message in the admin's language, and keeps the number the login had: the
     * validator behind the admin REST API, seen where an admin would type the number.
     */
    @Test
    void keycloaksUserFormRefusesAnUnknownCustomerNumberInTheAdminsLanguage() throws Exception {
        String number = importCustomer("Keller", "person");
        String login = TestUsers.withCustomerNumber(realm, "admin-ui-number", number, "de");
        String userId = TestUsers.id(realm, login);
        WebDriver driver = AdminConsoleLogins.open(browser.driver(), realmUrl(),
                AdminConsoleLogins.consoleAdmin(realm, "admin-ui-number-editor", "de", "view-users", "manage-users"),
                "users/" + userId + "/settings", "customerNumber");

        WebElement field = awaitTestId(driver, "customerNumber");
        assertEquals(number, field.getAttribute("value"));
        type(field, CustomerDirectoryApi.unknownNumber());
        field.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        // Keycloak's form shows a field's server-side error in "<attribute>-helper", under the field.
        assertEquals("Diese Kundennummer ist nicht im Kundenverzeichnis.", awaitTestId(driver, "customerNumber-helper").getText());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Der Benutzer wurde nicht gespeichert"),
                "Keycloak's toast in German too (the theme adds the text keycloak.v2 lacks)");
        screenshot(driver, "admin-user-unknown-customer-number-de");
        assertEquals(List.of(number), admin.realm(realm.getName()).users().get(userId).toRepresentation()
                .getAttributes().get("customerNumber"), "the login keeps its number");
    }

    /** Signs in to the kontor realm's admin console and opens the Customers page. */
    private WebDriver openCustomers(String email) {
        return AdminConsoleLogins.open(browser.driver(), realmUrl(), email, "customers", "kontor-customer-search");
    }

    private String consoleUrl() {
        return AdminConsoleLogins.consoleUrl(realmUrl());
    }

    private static void search(WebDriver driver, String text) {
        WebElement input = awaitTestId(driver, "kontor-customer-search").findElement(By.tagName("input"));
        type(input, text);
        input.sendKeys(Keys.ENTER);
    }

    private static WebElement awaitRow(WebDriver driver, String number) {
        By row = By.cssSelector("[data-testid='kontor-customer-row'][data-number='" + number + "']");
        try {
            return new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(row));
        } catch (TimeoutException e) {
            throw new AssertionError("no row " + number + ": " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void assertNoActions(WebDriver driver, String... testIds) {
        for (String id : testIds) {
            assertTrue(driver.findElements(testId(id)).isEmpty(), id + " is shown to a view-only admin");
        }
    }

    private String importCustomer(String name, String type) throws Exception {
        return directory.importCustomer(name, type);
    }

    private JsonNode customer(String number) throws Exception {
        HttpResponse<String> response = directory.call("GET", "/" + number, null);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private String frontEndToken(String email) throws Exception {
        return AdminConsoleLogins.frontEndToken(browser.driver(), http, realmUrl(), email);
    }
}
