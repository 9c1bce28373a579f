package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.kontor.it.AdminConsoleLogins.consoleAdmin;
import static dev.kontor.it.AdminConsoleLogins.open;
import static dev.kontor.it.ConsoleUi.awaitTestId;
import static dev.kontor.it.ConsoleUi.click;
import static dev.kontor.it.ConsoleUi.screenshot;
import static dev.kontor.it.ConsoleUi.testId;
import static dev.kontor.it.ConsoleUi.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Returns queue and the portal settings of the kontor admin console theme (issue 14), in
 * headless Chromium against the real server: a full admin takes a return from request to refund
 * (the refund capped at what was paid), a view-only admin sees both pages without an action, and
 * the settings page shows the server's field errors.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class AdminConsoleCommerceIT extends AbstractCommerceIT {

    @InjectAdminClient
    Keycloak admin;

    @Test
    void fullAdminTakesAReturnFromRequestToARefundCappedAtWhatWasPaid() throws Exception {
        Buyer buyer = buyer("console-return", newCustomerNumber());
        String number = uniqueNumber("CR");
        JsonNode order = importOrder(backendToken(), number, order(buyer, "delivered", Instant.now().minus(2, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Chair", 1, "49.00", "19.00", true))));
        String total = order.get("costs").get("total").get("amount").asText();
        String returnId = call("POST", portal("/returns"), token(buyer), Map.of("orderId", order.get("id").asText(), "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", order.get("lines").get(0).get("id").asText(), "quantity", 1))))
                .ok(201).body().get("id").asText();
        String returnNumber = get(admin("/returns/" + returnId), backendToken()).ok(200).body().get("number").asText();

        WebDriver driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-returns", "en", "view-users", "manage-users"),
                "kontor-returns", "kontor-returns-status");
        assertEquals("requested", new Select(driver.findElement(testId("kontor-returns-status"))).getFirstSelectedOption().getAttribute("value"),
                "the queue opens on what waits for the shop");
        WebElement row = awaitReturn(driver, returnNumber);
        assertTrue(row.getText().contains(number) && row.getText().contains("1 × Chair"), row.getText());
        screenshot(driver, "admin-returns");

        act(driver, returnNumber, "approve");
        type(awaitTestId(driver, "kontor-return-note"), "Photo received, thank you.");
        click(driver, "kontor-return-confirm");
        assertTrue(awaitTestId(driver, "kontor-returns-done").getText().contains(returnNumber + " is now: Approved"));
        assertEquals("approved", status(returnId));

        showStatus(driver, "approved");
        act(driver, returnNumber, "receive");
        click(driver, "kontor-return-confirm");
        awaitTestId(driver, "kontor-returns-done");
        assertEquals("received", status(returnId));

        showStatus(driver, "received");
        act(driver, returnNumber, "refund");
        type(awaitTestId(driver, "kontor-refund-amount"), "abc");
        click(driver, "kontor-return-confirm");
        assertEquals("Enter an amount such as 49.90.", awaitTestId(driver, "kontor-refund-amount-error").getText());
        type(driver.findElement(testId("kontor-refund-amount")), "10000,00");
        click(driver, "kontor-return-confirm");
        String refused = awaitTestId(driver, "kontor-return-failure").getText();
        assertTrue(refused.contains("more than the order's total leaves"), refused);
        assertEquals("received", status(returnId), "a refused refund changes nothing");
        screenshot(driver, "admin-returns-refund-capped");

        type(driver.findElement(testId("kontor-refund-amount")), total.replace('.', ','));
        click(driver, "kontor-return-confirm");
        awaitTestId(driver, "kontor-returns-done");
        JsonNode refunded = get(admin("/returns/" + returnId), backendToken()).ok(200).body();
        assertEquals("refunded", refunded.get("status").asText());
        assertEquals(total, refunded.get("refund").get("amount").asText());
    }

    @Test
    void fullAdminFindsAnOrderThenMovesItShipsItAndInvoicesIt() throws Exception {
        Buyer buyer = buyer("console-order", newCustomerNumber());
        String number = uniqueNumber("CO");
        JsonNode imported = importOrder(backendToken(), number, order(buyer, "placed", Instant.now().minus(1, ChronoUnit.HOURS),
                List.of(line("SKU-7", "Desk lamp", 2, "30.00", "19.00", true))));
        String total = imported.get("costs").get("total").get("amount").asText();

        WebDriver driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-orders", "en", "view-users", "manage-users"),
                "kontor-orders", "kontor-orders-search");
        type(driver.findElement(testId("kontor-orders-number")), number);
        click(driver, "kontor-orders-search-submit");
        By row = By.cssSelector("[data-testid='kontor-order-row'][data-number='" + number + "']");
        WebElement found = new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(row));
        assertTrue(found.getText().contains(buyer.customerNumber()) && found.getText().contains("Placed"), found.getText());
        screenshot(driver, "admin-orders");
        found.findElement(By.linkText(number)).click();
        assertEquals("Placed", awaitTestId(driver, "kontor-order-status").getText());
        assertTrue(driver.findElement(testId("kontor-order-lines")).getText().contains("Desk lamp"));
        assertTrue(driver.findElement(testId("kontor-order-total")).getText().contains(total));

        click(driver, "kontor-order-change-status");
        awaitTestId(driver, "kontor-order-dialog");
        new Select(driver.findElement(testId("kontor-order-status-select"))).selectByValue("processing");
        type(driver.findElement(testId("kontor-order-note")), "Picked in the warehouse");
        click(driver, "kontor-order-confirm");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBe(testId("kontor-order-status"), "In progress"));
        assertTrue(driver.findElement(testId("kontor-order-history")).getText().contains("Picked in the warehouse"));

        click(driver, "kontor-order-add-shipment");
        type(awaitTestId(driver, "kontor-order-carrier"), "DHL");
        click(driver, "kontor-order-confirm");
        assertTrue(awaitTestId(driver, "kontor-order-trackingNumber-error").getText().length() > 0, "the server's field error at the field");
        type(driver.findElement(testId("kontor-order-trackingNumber")), "00340434161234567890");
        click(driver, "kontor-order-confirm");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                testId("kontor-order-shipments"), "00340434161234567890"));

        String invoice = uniqueNumber("INV");
        click(driver, "kontor-order-add-invoice");
        type(awaitTestId(driver, "kontor-order-invoiceNumber"), invoice);
        click(driver, "kontor-order-confirm");
        By invoiceRow = By.cssSelector("[data-testid='kontor-order-invoice'][data-number='" + invoice + "']");
        WebElement recorded = new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(invoiceRow));
        assertTrue(recorded.getText().contains("Open") || recorded.getText().contains("Overdue"), recorded.getText());
        recorded.findElement(testId("kontor-invoice-pay")).click();
        awaitTestId(driver, "kontor-order-dialog");
        click(driver, "kontor-order-confirm");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> d.findElement(invoiceRow).getText().contains("Paid"));
        screenshot(driver, "admin-order-detail");

        JsonNode after = get(admin("/orders/" + number), backendToken()).ok(200).body();
        assertEquals("processing", after.get("status").asText());
        assertEquals("00340434161234567890", after.get("shipments").get(0).get("trackingNumber").asText());
        assertEquals("paid", after.get("invoices").get(0).get("status").asText());
        assertEquals(total, after.get("invoices").get(0).get("amount").get("amount").asText(), "the order's total was the default amount");
    }

    @Test
    void settingsPageShowsTheServersFieldErrorsAndSaves() throws Exception {
        String masterAdmin = admin.tokenManager().getAccessTokenString();
        JsonNode before = get(admin("/settings"), masterAdmin).ok(200).body();
        WebDriver driver = open(browser.driver(), realmUrl(), consoleAdmin(realm, "console-settings", "en", "view-realm", "manage-realm"),
                "kontor-settings", "kontor-settings-return-window");
        try {
            type(driver.findElement(testId("kontor-settings-return-window")), "400");
            type(driver.findElement(testId("kontor-settings-cart-url")), "https://shop.example/cart");
            click(driver, "kontor-settings-save");
            assertEquals("Enter 0 to 365 days.", awaitTestId(driver, "kontor-settings-returnWindowDays-error").getText());
            assertEquals("The URL must contain {cartId}.", driver.findElement(testId("kontor-settings-cartUrlTemplate-error")).getText());
            assertEquals(before, get(admin("/settings"), masterAdmin).ok(200).body(), "nothing saved");

            type(driver.findElement(testId("kontor-settings-return-window")), "14");
            type(driver.findElement(testId("kontor-settings-cart-url")), "https://shop.example/cart/{cartId}");
            WebElement processing = driver.findElement(By.id("kontor-settings-cancellable-processing"));
            if (processing.isSelected()) {
                processing.click();
            }
            click(driver, "kontor-settings-save");
            awaitTestId(driver, "kontor-settings-saved");
            screenshot(driver, "admin-settings");
            JsonNode saved = get(admin("/settings"), masterAdmin).ok(200).body();
            assertEquals(14, saved.get("returnWindowDays").asInt());
            assertEquals("https://shop.example/cart/{cartId}", saved.get("cartUrlTemplate").asText());
            assertEquals("[\"placed\"]", saved.get("cancellableStatuses").toString());
        } finally {
            call("PUT", admin("/settings"), masterAdmin, before).ok(200);
        }
    }

    private String status(String returnId) throws Exception {
        return get(admin("/returns/" + returnId), backendToken()).ok(200).body().get("status").asText();
    }

    private static void showStatus(WebDriver driver, String status) {
        new Select(driver.findElement(testId("kontor-returns-status"))).selectByValue(status);
    }

    private static WebElement awaitReturn(WebDriver driver, String returnNumber) {
        By row = By.cssSelector("[data-testid='kontor-return-row'][data-number='" + returnNumber + "']");
        return new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(row));
    }

    private static void act(WebDriver driver, String returnNumber, String action) {
        awaitReturn(driver, returnNumber).findElement(testId("kontor-return-" + action)).click();
        awaitTestId(driver, "kontor-return-dialog");
    }
}
