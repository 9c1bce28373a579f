package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kontor's domain events (dev.kontor.event) fire exactly once per committed change, with the right
 * values, and never for a request that was refused or changed nothing. They are observed where an
 * admin sees them: Kontor's event log files each one as a Keycloak user event of the customer
 * (UPDATE_PROFILE with the detail {@code kontor_event}), read back through the admin REST API.
 * Every test has its own customer, so the counts are the test's own.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CommerceEventIT extends AbstractCommerceIT {

    @InjectAdminClient
    Keycloak admin;

    /** The customer's Kontor events of this type, newest first. */
    private List<Map<String, String>> events(Buyer buyer, String type) {
        return userEvents(buyer.id(), type).stream().map(EventRepresentation::getDetails).toList();
    }

    private List<EventRepresentation> userEvents(String userId, String type) {
        return realm.admin().getEvents(List.of("UPDATE_PROFILE"), null, userId, null, null, null, 0, 500).stream()
                .filter(e -> e.getDetails() != null && type.equals(e.getDetails().get("kontor_event")))
                .toList();
    }

    /** Asserts that there is exactly {@code count} events of the type, and returns the newest. */
    private Map<String, String> exactly(int count, Buyer buyer, String type) {
        List<Map<String, String>> found = events(buyer, type);
        assertEquals(count, found.size(), type + ": " + found);
        return count == 0 ? Map.of() : found.get(0);
    }

    @Test
    void importStatusShipmentInvoiceAndShopCancelEachFireOnce() throws Exception {
        Buyer buyer = buyer("evorder", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("EV");
        Map<String, Object> body = order(buyer, "placed", Instant.now(), List.of(line("SKU-1", "Lamp", 2, "10.00", "19.00", true)));

        JsonNode order = call("PUT", admin("/orders/" + number), backend, body).ok(201).body();
        Map<String, String> imported = exactly(1, buyer, "order.imported");
        assertEquals(number, imported.get("order_number"));
        assertEquals(order.get("id").asText(), imported.get("order_id"));
        assertEquals(buyer.customerNumber(), imported.get("customer_number"));
        assertEquals("placed", imported.get("status"));
        assertEquals("EUR", imported.get("currency"));
        assertEquals(order.get("costs").get("total").get("amount").asText(), imported.get("total"));

        call("PUT", admin("/orders/" + number), backend, body).ok(200);
        exactly(1, buyer, "order.imported");
        exactly(0, buyer, "order.updated"); // the same import again changes nothing
        body.put("lines", List.of(line("SKU-1", "Lamp", 3, "10.00", "19.00", true)));
        call("PUT", admin("/orders/" + number), backend, body).ok(200);
        assertEquals(number, exactly(1, buyer, "order.updated").get("order_number"));
        body.put("status", "processing");
        call("PUT", admin("/orders/" + number), backend, body).ok(200);
        Map<String, String> moved = exactly(1, buyer, "order.status_changed");
        assertEquals("placed", moved.get("from"));
        assertEquals("processing", moved.get("to"));
        exactly(1, buyer, "order.updated"); // only the status changed: that has its own event

        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "processing")).ok(200);
        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "placed")).problem(409, "invalid_transition");
        exactly(1, buyer, "order.status_changed");

        Map<String, Object> parcel = Map.of("carrier", "DHL", "trackingNumber", "00340434", "trackingUrl", "https://track.example/00340434");
        call("POST", admin("/orders/" + number + "/shipments"), backend, parcel).ok(201);
        call("POST", admin("/orders/" + number + "/shipments"), backend, parcel).ok(200);
        call("POST", admin("/orders/" + number + "/shipments"), backend, Map.of("carrier", "DHL")).problem(422, "validation_failed");
        Map<String, String> shipped = exactly(1, buyer, "order.shipment_added");
        assertEquals("DHL", shipped.get("carrier"));
        assertEquals("00340434", shipped.get("tracking_number"));
        assertEquals("https://track.example/00340434", shipped.get("tracking_url"));

        Map<String, Object> invoice = Map.of("amount", "35.70", "issuedOn", "2026-02-01", "dueOn", "2026-03-01");
        String invoiceNumber = uniqueNumber("INV");
        call("PUT", admin("/orders/" + number + "/invoices/" + invoiceNumber), backend, invoice).ok(201);
        call("PUT", admin("/orders/" + number + "/invoices/" + invoiceNumber), backend, invoice).ok(200);
        assertEquals(List.of("dueOn:invalid_date"), call("PUT", admin("/orders/" + number + "/invoices/" + invoiceNumber), backend,
                Map.of("amount", "35.70", "issuedOn", "2026-02-01", "dueOn", "2026-01-01")).problem(422, "validation_failed").fieldCodes());
        Map<String, String> issued = exactly(1, buyer, "order.invoice_issued");
        assertEquals(invoiceNumber, issued.get("invoice_number"));
        assertEquals("35.70", issued.get("amount"));
        assertEquals("EUR", issued.get("currency"), "without a currency the invoice is in the order's");
        assertEquals("2026-03-01", issued.get("due_on"));
        call("POST", admin("/orders/" + number + "/invoices/" + invoiceNumber + "/payment"), backend, null).ok(200);
        call("POST", admin("/orders/" + number + "/invoices/" + invoiceNumber + "/payment"), backend, null).ok(200);
        assertEquals(invoiceNumber, exactly(1, buyer, "order.invoice_paid").get("invoice_number"));

        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "cancelled", "note", "out of stock")).ok(200);
        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "shipped")).problem(409, "invalid_transition");
        Map<String, String> cancelled = exactly(1, buyer, "order.cancelled");
        assertEquals("shop", cancelled.get("by"));
        assertEquals("processing", cancelled.get("from"));
        assertEquals("out of stock", cancelled.get("note"));
        exactly(1, buyer, "order.status_changed");
    }

    @Test
    void customerCancelAndReorderFireOnceAndRefusalsNothing() throws Exception {
        Buyer buyer = buyer("evcancel", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        JsonNode placed = importOrder(backend, uniqueNumber("EC"), order(buyer, "placed", Instant.now(), List.of(
                line("SKU-A", "Pen", 2, "1.50", "19.00", true), line("SKU-OLD", "Pad", 1, "2.00", "19.00", false))));
        String orderId = placed.get("id").asText();

        call("POST", portal("/orders/" + orderId + "/cancel"), token, null).ok(200);
        call("POST", portal("/orders/" + orderId + "/cancel"), token, null).problem(409, "order_not_cancellable");
        Map<String, String> cancelled = exactly(1, buyer, "order.cancelled");
        assertEquals("customer", cancelled.get("by"));
        assertEquals("placed", cancelled.get("from"));
        assertEquals(orderId, cancelled.get("order_id"));

        String cartId = call("POST", portal("/orders/" + orderId + "/reorder"), token, null).ok(201).body().get("cartId").asText();
        call("POST", portal("/orders/" + orderId + "/reorder"), token,
                Map.of("lineIds", List.of(placed.get("lines").get(1).get("id").asText()))).problem(422, "nothing_orderable");
        Map<String, String> cart = exactly(1, buyer, "cart.created");
        assertEquals(cartId, cart.get("cart_id"));
        assertEquals(orderId, cart.get("order_id"));
        assertEquals("1", cart.get("line_count"), "the line that cannot be ordered is not in the cart");
    }

    @Test
    void returnRequestDecisionReceiptAndRefundEachFireOnce() throws Exception {
        Buyer buyer = buyer("evreturn", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        Map<String, Object> body = order(buyer, "delivered", Instant.now().minus(2, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Chair", 2, "49.00", "19.00", true)));
        body.put("deliveredAt", Instant.now().toString());
        JsonNode order = importOrder(backend, uniqueNumber("ER"), body);
        String lineId = order.get("lines").get(0).get("id").asText();

        call("POST", portal("/returns"), token, Map.of("orderId", order.get("id").asText(), "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 3)))).problem(422, "quantity_exceeded");
        exactly(0, buyer, "return.requested");
        String returnId = call("POST", portal("/returns"), token, Map.of("orderId", order.get("id").asText(), "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 1)))).ok(201).body().get("id").asText();
        Map<String, String> requested = exactly(1, buyer, "return.requested");
        assertEquals(returnId, requested.get("return_id"));
        assertEquals("customer", requested.get("by"));
        assertEquals("damaged", requested.get("reason"));
        assertEquals(order.get("number").asText(), requested.get("order_number"));

        call("POST", admin("/returns/" + returnId + "/refund"), backend, Map.of("amount", "10.00")).problem(409, "invalid_transition");
        call("POST", admin("/returns/" + returnId + "/decision"), backend, Map.of("decision", "approved", "note", "send it back")).ok(200);
        call("POST", admin("/returns/" + returnId + "/decision"), backend, Map.of("decision", "approved")).ok(200);
        call("POST", admin("/returns/" + returnId + "/decision"), backend, Map.of("decision", "rejected")).problem(409, "invalid_transition");
        Map<String, String> decided = exactly(1, buyer, "return.decided");
        assertEquals("approved", decided.get("decision"));
        assertEquals("send it back", decided.get("note"));

        call("POST", admin("/returns/" + returnId + "/receipt"), backend, null).ok(200);
        call("POST", admin("/returns/" + returnId + "/receipt"), backend, null).ok(200);
        assertEquals(returnId, exactly(1, buyer, "return.received").get("return_id"));

        call("POST", admin("/returns/" + returnId + "/refund"), backend, Map.of("amount", "9999.00")).problem(422, "refund_exceeds_paid");
        call("POST", admin("/returns/" + returnId + "/refund"), backend, Map.of("amount", "58.31")).ok(200);
        call("POST", admin("/returns/" + returnId + "/refund"), backend, Map.of("amount", "58.31")).problem(409, "already_refunded");
        Map<String, String> refunded = exactly(1, buyer, "return.refunded");
        assertEquals("58.31", refunded.get("amount"));
        assertEquals("EUR", refunded.get("currency"));

        // A return the shop records for the customer says so.
        String recorded = call("POST", admin("/orders/" + order.get("number").asText() + "/returns"), backend,
                Map.of("reason", "damaged", "lines", List.of(Map.of("position", 0, "quantity", 1)))).ok(201).body().get("id").asText();
        Map<String, String> byShop = exactly(2, buyer, "return.requested");
        assertEquals(recorded, byShop.get("return_id"));
        assertEquals("shop", byShop.get("by"));
    }

    @Test
    void addressCreateChangeDeleteFireOnceAndAStaleWriteNothing() throws Exception {
        Buyer buyer = buyer("evaddr", newCustomerNumber());
        String token = token(buyer);
        Reply created = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        String id = created.body().get("id").asText();
        String etag = created.header("ETag");
        Map<String, String> createdEvent = exactly(1, buyer, "address.created");
        assertEquals(id, createdEvent.get("address_id"));
        assertEquals(etag, "\"" + createdEvent.get("version") + "\"");

        call("POST", portal("/addresses"), token, address("Hauptstraße", "1", "DE")).problem(422, "validation_failed");
        exactly(1, buyer, "address.created");
        String newTag = call("PUT", portal("/addresses/" + id), token, address("Lagerweg", "20095", "DE"), "If-Match", etag)
                .ok(200).header("ETag");
        call("PUT", portal("/addresses/" + id), token, address("Alt", "10115", "DE"), "If-Match", etag).problem(412, "version_conflict");
        assertEquals(newTag, "\"" + exactly(1, buyer, "address.changed").get("version") + "\"");

        call("DELETE", portal("/addresses/" + id), token, null, "If-Match", etag).problem(412, "version_conflict");
        exactly(0, buyer, "address.deleted");
        call("DELETE", portal("/addresses/" + id), token, null, "If-Match", newTag).ok(204);
        call("DELETE", portal("/addresses/" + id), token, null).problem(404, "address_not_found");
        assertEquals(id, exactly(1, buyer, "address.deleted").get("address_id"));
        exactly(1, buyer, "address.changed");
    }

    @Test
    void linkingALoginToItsCustomerNumberAtSignInFiresOnce() throws Exception {
        String number = new CustomerDirectoryApi(http, realmUrl(), admin).importCustomer("Ereignis Handel GmbH", "company");
        String email = TestUsers.withoutCustomerNumber(realm, "evlink");
        String userId = TestUsers.id(realm, email);

        // every test comes from 127.0.0.1: the per-address failure limit of the customer check (which
        // RegistrationLimitsIT exhausts on purpose) is raised while this sign-in links the number
        CustomerCheckLimits limits = CustomerCheckLimits.raiseAddressLimit(realm);
        try {
            linkAtSignIn(userId, email, number);
        } finally {
            limits.close();
        }
        checkLinkedAtSignIn(userId, number);
    }

    private void linkAtSignIn(String userId, String email, String number) {
        WebDriver driver = browser.driver();
        BrowserLogin.forgetSessions(driver, realmUrl());
        driver.navigate().to(realmUrl() + "/protocol/openid-connect/auth?client_id=" + KontorRealm.SHOP_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + KontorRealm.SHOP_REDIRECT
                + "&code_challenge=" + PkceTokens.challenge(PkceTokens.randomUrlSafe(48)) + "&code_challenge_method=S256");
        BrowserLogin.submitCredentials(driver, email, TestUsers.PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, BrowserLogin.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kontor-customer-number-form")));
        assertEquals(0, userEvents(userId, "customer.linked").size(), "nothing is linked yet");
        wait.until(d -> d.findElement(By.id("kontorCustomerNumber"))).sendKeys(number);
        WebElement name = driver.findElement(By.id("lastName"));
        name.clear();
        name.sendKeys("Ereignis Handel GmbH");
        WebElement submit = driver.findElement(By.id("kontor-customer-number-submit"));
        submit.click();
        wait.until(ExpectedConditions.stalenessOf(submit));
        BrowserLogin.waitForUrl(driver, KontorRealm.SHOP_REDIRECT);
    }

    private void checkLinkedAtSignIn(String userId, String number) {
        List<EventRepresentation> linked = userEvents(userId, "customer.linked");
        assertEquals(1, linked.size(), linked.toString());
        assertEquals(number, linked.get(0).getDetails().get("customer_number"));
        assertEquals("sign_in", linked.get(0).getDetails().get("via"));
        assertEquals("customer_number_linked", linked.get(0).getDetails().get("kontor_action"), "the detail the link always had");
        assertEquals(KontorRealm.SHOP_CLIENT, linked.get(0).getClientId(), "filed under the client the customer signed in to");
    }
}
