package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kontor.it.ConsoleUi.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commerce pages of the account console (issue 6) end to end: headless Chromium, the real
 * console build and the real commerce API. One customer, seeded once through the back-end admin
 * API as a shop would; the tests run in order on the same browser session (addresses are added
 * through the form before the overview shows them; the German check comes last because it signs
 * in again).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountCommercePagesIT extends AbstractCommerceIT {

    private static final By ORDER_ROWS = testId("kontor-order-row");
    private static final By RETURN_ROWS = testId("kontor-return-row");
    private static final By INVOICE_ROWS = testId("kontor-invoice-row");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    /** What the back end seeded for the one customer of this class. */
    private record Seed(Buyer buyer, JsonNode delivered, JsonNode placed, JsonNode shipped,
                        Map<String, String> invoiceNumbers, Map<String, JsonNode> invoices) {
    }

    private static Seed seed;

    @Test
    @Order(1)
    void addressIsAddedThroughTheFormAndMadeDefault() throws Exception {
        Seed s = seed();
        WebDriver driver = open("addresses");
        awaitTestId(driver, "kontor-addresses-empty");

        click(driver, "kontor-address-add");
        fillAddress(driver, "Anna", "Hauptstraße", "5", "DE", "1011", "Berlin");
        click(driver, "kontor-address-save");
        WebElement postcodeError = awaitTestId(driver, "kontor-address-error-postcode");
        assertTrue(postcodeError.getText().contains("10115"), "the error names the country's format: " + postcodeError.getText());
        assertEquals(0, adminAddresses(s).get("total").asInt(), "nothing was saved");

        type(driver.findElement(By.id("kontor-address-postcode")), "10115");
        click(driver, "kontor-address-save");
        awaitCount(driver, ADDRESS_CARDS, 1);
        WebElement berlin = card(driver, "Berlin");
        assertFalse(berlin.findElements(testId("kontor-address-default-billing")).isEmpty(), "the first address is the default billing address");
        assertFalse(berlin.findElements(testId("kontor-address-default-shipping")).isEmpty(), "… and the default shipping address");

        // A Dutch postcode typed without the space is stored in the national spelling.
        click(driver, "kontor-address-add");
        fillAddress(driver, "Lotte", "Damrak", "1", "NL", "1012lg", "Amsterdam");
        click(driver, "kontor-address-save");
        awaitCount(driver, ADDRESS_CARDS, 2);
        WebElement amsterdam = card(driver, "Amsterdam");
        assertTrue(amsterdam.getText().contains("1012 LG"), amsterdam.getText());
        assertTrue(amsterdam.findElements(testId("kontor-address-default-shipping")).isEmpty());

        amsterdam.findElement(testId("kontor-address-make-shipping")).click();
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d ->
                !card(d, "Amsterdam").findElements(testId("kontor-address-default-shipping")).isEmpty());

        driver.navigate().refresh();
        awaitCount(driver, ADDRESS_CARDS, 2);
        assertFalse(card(driver, "Amsterdam").findElements(testId("kontor-address-default-shipping")).isEmpty(),
                "after a reload the new address is the default shipping address");
        assertTrue(card(driver, "Berlin").findElements(testId("kontor-address-default-shipping")).isEmpty(), "the old one lost it");
        assertFalse(card(driver, "Berlin").findElements(testId("kontor-address-default-billing")).isEmpty(), "billing stays");
        JsonNode stored = adminAddresses(s).get("items");
        assertEquals(2, stored.size());
        for (JsonNode address : stored) {
            assertEquals("Amsterdam".equals(address.get("city").asText()), address.get("defaultShipping").asBoolean(), address.toString());
        }
        screenshot(driver, "console-commerce-addresses-1280");
    }

    @Test
    @Order(2)
    void ordersAreListedWithBadgesAndDetailReordersAndCancels() throws Exception {
        Seed s = seed();
        WebDriver driver = open("orders");
        awaitCount(driver, ORDER_ROWS, 3);
        List<WebElement> rows = driver.findElements(ORDER_ROWS);
        assertTrue(rows.get(0).getText().contains(s.placed().get("number").asText()), "newest first: " + rows.get(0).getText());
        Set<String> badges = rows.stream().map(r -> r.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("placed", "shipped", "delivered"), badges);
        // Search (product name, as the API's q) and the status filter go to the real API.
        WebElement search = driver.findElement(By.cssSelector("[data-testid='kontor-orders-search'] input"));
        type(search, "grinder" + Keys.ENTER);
        awaitCount(driver, ORDER_ROWS, 1);
        assertTrue(driver.findElement(ORDER_ROWS).getText().contains(s.shipped().get("number").asText()));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.ENTER);
        awaitCount(driver, ORDER_ROWS, 3);
        new Select(driver.findElement(testId("kontor-orders-status"))).selectByValue("delivered");
        awaitCount(driver, ORDER_ROWS, 1);
        WebElement deliveredRow = row(driver, ORDER_ROWS, s.delivered().get("number").asText());
        assertTrue(deliveredRow.getText().contains("Delivered"), deliveredRow.getText());
        assertTrue(text(deliveredRow).contains(euroEn(s.delivered().at("/costs/total/amount").asText())), deliveredRow.getText());

        deliveredRow.findElement(testId("kontor-order-link")).click();
        awaitTestId(driver, "kontor-order-detail");
        assertEquals(2, driver.findElements(testId("kontor-order-line")).size());
        assertEquals(euroEn(s.delivered().at("/costs/total/amount").asText()), text(driver.findElement(testId("kontor-order-total"))));
        String costs = text(driver.findElement(testId("kontor-order-costs")));
        assertTrue(costs.contains(euroEn(s.delivered().at("/costs/net/amount").asText())), costs);
        assertTrue(costs.contains(euroEn(s.delivered().at("/costs/taxes/0/amount/amount").asText())), costs);
        assertTrue(costs.contains("€4.90"), "shipping: " + costs);
        WebElement tracking = driver.findElement(testId("kontor-tracking-link"));
        assertEquals("https://tracking.example/dhl/00340434", tracking.getAttribute("href"));
        assertEquals("_blank", tracking.getAttribute("target"));

        click(driver, "kontor-order-reorder-all");
        WebElement result = awaitTestId(driver, "kontor-reorder-result");
        String cartId = text(result.findElement(testId("kontor-reorder-cart-id")));
        assertTrue(cartId.matches("[0-9a-f-]{36}"), cartId);
        // The dialog's actions sit in the modal footer, outside the body that carries the test id.
        assertEquals("http://localhost:3000/cart/" + cartId, driver.findElement(testId("kontor-reorder-cart-link")).getAttribute("href"),
                "the shop's cart page (kontor.commerce.cartUrlTemplate)");
        assertTrue(text(result.findElement(testId("kontor-reorder-lines"))).contains("2 × Espresso beans 1 kg"), result.getText());
        assertTrue(text(result.findElement(testId("kontor-reorder-skipped"))).contains("Milk jug"), "a line no longer sold: " + result.getText());
        screenshot(driver, "console-commerce-reorder-result-1280");
        driver.findElement(By.cssSelector(".pf-v5-c-modal-box__footer button.pf-m-link")).click();
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(testId("kontor-reorder-result")));
        assertTrue(driver.findElements(testId("kontor-order-cancel")).isEmpty(), "a delivered order cannot be cancelled");

        driver.navigate().to(realmUrl() + "/account/orders/" + s.placed().get("id").asText());
        awaitTestId(driver, "kontor-order-detail");
        click(driver, "kontor-order-cancel");
        click(driver, "kontor-order-cancel-dialog-confirm");
        awaitStatus(driver, "kontor-order-status", "cancelled");
        driver.navigate().refresh();
        awaitStatus(driver, "kontor-order-status", "cancelled");
        assertTrue(driver.findElements(testId("kontor-order-cancel")).isEmpty(), "nothing left to cancel");
        assertEquals("cancelled", call("GET", admin("/orders/" + s.placed().get("number").asText()), backendToken(), null)
                .ok(200).body().get("status").asText());
    }

    @Test
    @Order(3)
    void returnIsRequestedThroughTheWizardWithinTheReturnableQuantity() throws Exception {
        Seed s = seed();
        WebDriver driver = open("returns");
        click(driver, "kontor-return-request");
        WebElement wizard = awaitTestId(driver, "kontor-return-wizard");
        Select orders = new Select(new WebDriverWait(driver, BrowserLogin.TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.id("kontor-return-order-select"))));
        List<String> offered = orders.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertEquals(List.of(s.delivered().get("id").asText()), offered, "only delivered orders can be returned");
        orders.selectByValue(s.delivered().get("id").asText());
        next(driver);

        awaitCount(driver, testId("kontor-return-line"), 2);
        WebElement espresso = row(driver, testId("kontor-return-line"), "Espresso beans 1 kg");
        WebElement quantity = espresso.findElement(By.cssSelector("input"));
        type(quantity, "5");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> "2".equals(quantity.getAttribute("value")));
        assertFalse(espresso.findElement(By.cssSelector("button[aria-label='More']")).isEnabled(),
                "the quantity cannot go above the 2 bought");
        screenshot(driver, "console-commerce-return-wizard-1280");
        next(driver);

        driver.findElement(By.id("kontor-return-reason-damaged")).click();
        next(driver);
        WebElement summary = awaitTestId(driver, "kontor-return-summary");
        assertTrue(text(summary).contains("2 × Espresso beans 1 kg"), summary.getText());
        assertTrue(text(summary).contains("€25.80"), "goods value: " + summary.getText());
        next(driver);

        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.stalenessOf(wizard));
        awaitCount(driver, RETURN_ROWS, 1);
        driver.navigate().refresh();
        awaitCount(driver, RETURN_ROWS, 1);
        WebElement listed = driver.findElement(RETURN_ROWS);
        assertTrue(listed.getText().contains(s.delivered().get("number").asText()), listed.getText());
        assertTrue(listed.getText().contains("2 × Espresso beans 1 kg"), listed.getText());
        assertEquals("requested", listed.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));

        JsonNode stored = call("GET", admin("/returns?userId=" + s.buyer().id()), backendToken(), null).ok(200).body();
        assertEquals(1, stored.get("total").asInt());
        assertEquals(2, stored.at("/items/0/lines/0/quantity").asInt());
        assertEquals("damaged", stored.at("/items/0/reason").asText());
    }

    @Test
    @Order(4)
    void invoicesShowStatusAmountAndDueDate() throws Exception {
        Seed s = seed();
        WebDriver driver = open("invoices");
        awaitCount(driver, INVOICE_ROWS, 3);
        for (String status : List.of("open", "paid", "overdue")) {
            JsonNode invoice = s.invoices().get(status);
            WebElement row = driver.findElement(By.cssSelector("[data-testid='kontor-invoice-row'][data-status='" + status + "']"));
            String text = text(row);
            assertTrue(text.contains(invoice.get("number").asText()), text);
            assertTrue(text.contains(euroEn(invoice.at("/amount/amount").asText())), text);
            if (!"paid".equals(status)) {
                assertTrue(text.contains(EN_DATE.format(LocalDate.parse(invoice.get("dueOn").asText()))), "due date: " + text);
            } else {
                assertTrue(text.contains("paid on"), text);
            }
        }
        WebElement download = driver.findElement(By.cssSelector("[data-status='paid'] [data-testid='kontor-invoice-download']"));
        assertEquals(s.invoices().get("paid").get("documentUrl").asText(), download.getAttribute("href"));

        driver.findElement(By.id("kontor-invoices-overdue")).click();
        awaitCount(driver, INVOICE_ROWS, 1);
        assertEquals("overdue", driver.findElement(INVOICE_ROWS).getAttribute("data-status"));
    }

    @Test
    @Order(5)
    void overviewShowsRealDataAndEveryCommercePageHasScreenshots() throws Exception {
        Seed s = seed();
        WebDriver driver = open("");
        assertTrue(text(awaitTestId(driver, "kontor-overview-billing")).contains("Hauptstraße 5"));
        assertTrue(text(awaitTestId(driver, "kontor-overview-shipping")).contains("1012 LG Amsterdam"));
        WebElement orders = driver.findElement(testId("kontor-orders-card"));
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d -> orders.getText().contains(s.delivered().get("number").asText()));
        for (JsonNode order : List.of(s.placed(), s.delivered(), s.shipped())) {
            assertTrue(orders.getText().contains(order.get("number").asText()), orders.getText());
        }
        String invoices = text(driver.findElement(testId("kontor-invoices-card")));
        assertTrue(invoices.contains(s.invoiceNumbers().get("open")), invoices);
        assertTrue(invoices.contains(s.invoiceNumbers().get("overdue")), invoices);
        assertFalse(invoices.contains(s.invoiceNumbers().get("paid")), "paid invoices are not open: " + invoices);

        List<String> pages = List.of("", "addresses", "orders", "orders/" + s.delivered().get("id").asText(), "returns", "invoices");
        try {
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                driver.manage().window().setSize(new Dimension(size[0], size[1]));
                for (String page : pages) {
                    driver.navigate().to(realmUrl() + "/account/" + page);
                    awaitSettled(driver);
                    String name = page.isEmpty() ? "overview" : page.startsWith("orders/") ? "order-detail" : page;
                    screenshot(driver, "console-commerce-" + name + "-" + size[0]);
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(6)
    void germanCustomerSeesTranslatedPagesWithGermanMoneyAndDates() throws Exception {
        Seed s = seed();
        UserRepresentation user = realm.admin().users().get(s.buyer().id()).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes());
        attributes.put("locale", List.of("de"));
        user.setAttributes(attributes);
        realm.admin().users().get(s.buyer().id()).update(user);

        BrowserLogin.forgetSessions(browser.driver(), realmUrl());
        WebDriver driver = open("invoices");
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(ExpectedConditions.textToBe(HEADING, "Rechnungen"));
        awaitCount(driver, INVOICE_ROWS, 3);
        JsonNode open = s.invoices().get("open");
        String row = text(driver.findElement(By.cssSelector("[data-testid='kontor-invoice-row'][data-status='open']")));
        assertTrue(row.contains("Offen"), row);
        assertTrue(row.contains(euroDe(open.at("/amount/amount").asText())), "German money format: " + row);
        assertTrue(row.contains(DE_DATE.format(LocalDate.parse(open.get("dueOn").asText()))), "German date format: " + row);
        String body = text(driver.findElement(By.tagName("body")));
        assertFalse(body.matches("(?s).*\\bkontor[A-Z][A-Za-z.]+.*"), "no untranslated message keys: " + body);
        screenshot(driver, "console-commerce-invoices-de");
    }

    // --- seed -----------------------------------------------------------------------------

    private Seed seed() throws Exception {
        if (seed != null) {
            return seed;
        }
        Buyer buyer = buyer("console-shop", newCustomerNumber());
        String backend = backendToken();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<String, Object> deliveredBody = order(buyer, "delivered", now.minus(5, ChronoUnit.DAYS), List.of(
                line("COF-1", "Espresso beans 1 kg", 2, "12.90", "19.00", true),
                line("JUG-1", "Milk jug", 1, "24.50", "19.00", false)));
        deliveredBody.put("deliveredAt", now.minus(2, ChronoUnit.DAYS).toString());
        String deliveredNumber = uniqueNumber("K");
        importOrder(backend, deliveredNumber, deliveredBody);
        call("POST", admin("/orders/" + deliveredNumber + "/shipments"), backend, Map.of("carrier", "DHL",
                "trackingNumber", "00340434", "trackingUrl", "https://tracking.example/dhl/00340434",
                "shippedAt", now.minus(4, ChronoUnit.DAYS).toString())).ok(201);

        String shippedNumber = uniqueNumber("K");
        importOrder(backend, shippedNumber, order(buyer, "shipped", now.minus(20, ChronoUnit.DAYS),
                List.of(line("GRN-1", "Coffee grinder", 1, "89.00", "19.00", true))));

        String placedNumber = uniqueNumber("K");
        importOrder(backend, placedNumber, order(buyer, "placed", now.minus(1, ChronoUnit.DAYS),
                List.of(line("FIL-1", "Paper filters", 3, "4.20", "7.00", true))));

        Map<String, String> invoiceNumbers = Map.of("paid", uniqueNumber("INV"), "open", uniqueNumber("INV"),
                "overdue", uniqueNumber("INV"));
        invoice(backend, deliveredNumber, invoiceNumbers.get("paid"), today.minusDays(5), today.plusDays(9), "https://erp.example/invoices/paid.pdf");
        call("POST", admin("/orders/" + deliveredNumber + "/invoices/" + invoiceNumbers.get("paid") + "/payment"), backend, null).ok(200);
        invoice(backend, placedNumber, invoiceNumbers.get("open"), today.minusDays(1), today.plusDays(13), null);
        invoice(backend, shippedNumber, invoiceNumbers.get("overdue"), today.minusDays(20), today.minusDays(6), null);

        JsonNode delivered = adminOrder(backend, deliveredNumber);
        JsonNode placed = adminOrder(backend, placedNumber);
        JsonNode shipped = adminOrder(backend, shippedNumber);
        Map<String, JsonNode> invoices = new HashMap<>();
        for (JsonNode invoice : call("GET", admin("/invoices?userId=" + buyer.id()), backend, null).ok(200).body().get("items")) {
            invoices.put(invoice.get("status").asText(), invoice);
        }
        assertEquals(Set.of("open", "paid", "overdue"), invoices.keySet(), invoices.toString());
        seed = new Seed(buyer, delivered, placed, shipped, invoiceNumbers, invoices);
        return seed;
    }

    private void invoice(String backend, String order, String number, LocalDate issuedOn, LocalDate dueOn, String documentUrl)
            throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("amount", adminOrder(backend, order).at("/costs/total/amount").asText(),
                "issuedOn", issuedOn.toString(), "dueOn", dueOn.toString()));
        if (documentUrl != null) {
            body.put("documentUrl", documentUrl);
        }
        call("PUT", admin("/orders/" + order + "/invoices/" + number), backend, body).ok(201);
    }

    private JsonNode adminOrder(String backend, String number) throws Exception {
        return call("GET", admin("/orders/" + number), backend, null).ok(200).body();
    }

    private JsonNode adminAddresses(Seed s) throws Exception {
        return call("GET", admin("/addresses?userId=" + s.buyer().id()), backendToken(), null).ok(200).body();
    }

    // --- browser ------------------------------------------------------------------------------

    /** Opens a console page, signing the customer in when the browser has no session (yet). */
    private WebDriver open(String page) throws Exception {
        WebDriver driver = browser.driver();
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        if (!seedSignedIn) {
            BrowserLogin.forgetSessions(driver, realmUrl());
        }
        driver.navigate().to(realmUrl() + "/account/" + page);
        new WebDriverWait(driver, BrowserLogin.TIMEOUT).until(d ->
                !d.findElements(By.id("username")).isEmpty() || !d.findElements(HEADING).isEmpty());
        if (!driver.findElements(By.id("username")).isEmpty()) {
            BrowserLogin.submitCredentials(driver, seed().buyer().email(), TestUsers.PASSWORD);
        }
        seedSignedIn = true;
        awaitSettled(driver);
        return driver;
    }

    private static boolean seedSignedIn;

    /** "1234.50" → "€1,234.50" as Intl formats EUR for English. */
    private static String euroEn(String amount) {
        return "€" + String.format(Locale.ENGLISH, "%,.2f", new java.math.BigDecimal(amount));
    }

    /** "1234.50" → "1.234,50 €" as Intl formats EUR for German. */
    private static String euroDe(String amount) {
        return String.format(Locale.GERMAN, "%,.2f", new java.math.BigDecimal(amount)) + " €";
    }
}
