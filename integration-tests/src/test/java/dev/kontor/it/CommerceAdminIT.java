package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.events.admin.OperationType;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back-end / admin API (COM-5): who may call it, admin events, shipments, invoices and
 * payments as the customer sees them, and what deleting a user does to their rows.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CommerceAdminIT extends AbstractCommerceIT {

    /** Every answer of this API test is checked against the OpenAPI document. */
    @Override
    boolean checksOpenApi() {
        return true;
    }

    @InjectAdminClient
    Keycloak admin;

    @Test
    void rolesGuardTheAdminApi() throws Exception {
        Buyer customer = buyer("adm-cust", newCustomerNumber());
        Buyer support = buyer("adm-support", newCustomerNumber(), "portal-orders-read");
        String number = uniqueNumber("A");
        Map<String, Object> body = order(customer, "placed", Instant.now(), List.of(line("SKU-1", "Pen", 1, "1.00", "19.00", true)));

        call("PUT", admin("/orders/" + number), token(customer), body).problem(403, "forbidden");
        call("PUT", admin("/orders/" + number), token(support), body).problem(403, "forbidden");
        get(admin("/orders?userId=" + customer.id()), token(customer)).problem(403, "forbidden");
        call("PUT", admin("/orders/" + number), null, body).ok(401);

        call("PUT", admin("/orders/" + number), backendToken(), body).ok(201);
        JsonNode bySupport = get(admin("/orders?userId=" + customer.id()), token(support)).ok(200).body();
        assertEquals(1, bySupport.get("total").asInt(), "the read role may search");
        call("POST", admin("/orders/" + number + "/status"), token(support), Map.of("status", "processing")).problem(403, "forbidden");

        // A realm admin of master (manage-users) may write too.
        String masterAdmin = admin.tokenManager().getAccessTokenString();
        call("POST", admin("/orders/" + number + "/status"), masterAdmin, Map.of("status", "processing")).ok(200);
        JsonNode byCustomerNumber = get(admin("/orders?customerNumber=" + customer.customerNumber()), masterAdmin).ok(200).body();
        assertEquals("processing", byCustomerNumber.get("items").get(0).get("status").asText());

        List<AdminEventRepresentation> events = realm.admin().getAdminEvents();
        assertTrue(events.stream().anyMatch(e -> OperationType.CREATE.name().equals(e.getOperationType())
                && e.getResourcePath() != null && e.getResourcePath().endsWith("portal/orders/" + number)), "import event");
        assertTrue(events.stream().anyMatch(e -> OperationType.UPDATE.name().equals(e.getOperationType())
                && e.getResourcePath() != null && e.getResourcePath().endsWith("portal/orders/" + number + "/status")), "status event");
    }

    /** The admin console's order search: across customers, by status, placing day and exact number. */
    @Test
    void ordersAreSearchedByStatusDayAndNumberAcrossCustomers() throws Exception {
        Buyer first = buyer("search-a", newCustomerNumber());
        Buyer second = buyer("search-b", newCustomerNumber());
        String backend = backendToken();
        String tag = uniqueNumber("S");
        List<Map<String, Object>> lines = List.of(line("SKU-1", "Pen", 1, "1.00", "19.00", true));
        importOrder(backend, tag + "-1", order(first, "placed", Instant.parse("2011-05-01T10:00:00Z"), lines));
        importOrder(backend, tag + "-2", order(first, "shipped", Instant.parse("2011-05-02T10:00:00Z"), lines));
        importOrder(backend, tag + "-3", order(second, "shipped", Instant.parse("2011-05-03T10:00:00Z"), lines));
        String masterAdmin = admin.tokenManager().getAccessTokenString();

        JsonNode shipped = get(admin("/orders?status=shipped&from=2011-05-01&to=2011-05-03"), masterAdmin).ok(200).body();
        assertEquals(List.of(tag + "-3", tag + "-2"), shipped.get("items").findValuesAsText("number"), "both customers, newest first");
        assertEquals(2, shipped.get("total").asInt());
        assertEquals(List.of(tag + "-2"), get(admin("/orders?status=shipped&to=2011-05-02&from=2011-05-02"), masterAdmin).ok(200)
                .body().get("items").findValuesAsText("number"), "the day window");
        assertEquals(List.of(tag + "-2"), get(admin("/orders?status=shipped&customerNumber=" + first.customerNumber()), masterAdmin)
                .ok(200).body().get("items").findValuesAsText("number"), "one customer's");
        JsonNode byNumber = get(admin("/orders?number=" + tag + "-1"), masterAdmin).ok(200).body();
        assertEquals(List.of(tag + "-1"), byNumber.get("items").findValuesAsText("number"));
        assertEquals(first.customerNumber(), byNumber.get("items").get(0).get("customerNumber").asText());

        get(admin("/orders?status=lost"), masterAdmin).problem(400, "invalid_parameter");
        get(admin("/orders?from=2011-13-01"), masterAdmin).problem(400, "invalid_parameter");
        get(admin("/orders?number=" + "9".repeat(65)), masterAdmin).problem(400, "invalid_parameter");
    }

    /** The settings page's API: one field error per bad value, realm rights, and the portal follows. */
    @Test
    void commerceSettingsAreValidatedAndNeedRealmRights() throws Exception {
        String masterAdmin = admin.tokenManager().getAccessTokenString();
        JsonNode before = get(admin("/settings"), masterAdmin).ok(200).body();
        Buyer support = buyer("settings-support", newCustomerNumber(), "portal-orders-read");
        get(admin("/settings"), token(support)).problem(403, "forbidden");
        call("PUT", admin("/settings"), backendToken(), before).problem(403, "forbidden");

        Map<String, Object> bad = new java.util.HashMap<>();
        bad.put("cancellableStatuses", List.of("delivered"));
        bad.put("returnWindowDays", 999);
        bad.put("cartUrlTemplate", "ftp://shop.example/cart");
        Reply refused = call("PUT", admin("/settings"), masterAdmin, bad).problem(422, "validation_failed");
        assertEquals(List.of("cancellableStatuses:invalid_status", "returnWindowDays:out_of_range", "cartUrlTemplate:missing_placeholder"),
                refused.fieldCodes());
        bad.put("cancellableStatuses", List.of("placed"));
        bad.put("returnWindowDays", 14);
        bad.put("cartUrlTemplate", "http://shop.example/cart/{cartId}");
        assertEquals(List.of("cartUrlTemplate:invalid_url"), call("PUT", admin("/settings"), masterAdmin, bad).problem(422, "validation_failed").fieldCodes());
        assertEquals(before, get(admin("/settings"), masterAdmin).ok(200).body(), "a refused change changes nothing");

        Buyer buyer = buyer("settings-buyer", newCustomerNumber());
        String number = uniqueNumber("ST");
        String id = importOrder(backendToken(), number, order(buyer, "processing", Instant.now(),
                List.of(line("SKU-1", "Pen", 1, "1.00", "19.00", true)))).get("id").asText();
        String token = token(buyer);
        assertTrue(get(portal("/orders/" + id), token).ok(200).body().get("cancellable").asBoolean(), "processing is cancellable by default");
        try {
            bad.put("cartUrlTemplate", "https://shop.example/cart/{cartId}");
            JsonNode saved = call("PUT", admin("/settings"), masterAdmin, bad).ok(200).body();
            List<String> statuses = new java.util.ArrayList<>();
            saved.get("cancellableStatuses").forEach(status -> statuses.add(status.asText()));
            assertEquals(List.of("placed"), statuses);
            assertEquals(14, saved.get("returnWindowDays").asInt());
            assertEquals(saved, get(admin("/settings"), masterAdmin).ok(200).body());
            assertEquals(false, get(portal("/orders/" + id), token).ok(200).body().get("cancellable").asBoolean(),
                    "the portal follows at once, its read cache included");
            assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> OperationType.UPDATE.name().equals(e.getOperationType())
                    && e.getResourcePath() != null && e.getResourcePath().endsWith("portal/settings")), "an admin event");
        } finally {
            call("PUT", admin("/settings"), masterAdmin, before).ok(200);
        }
    }

    @Test
    void shipmentsInvoicesAndPaymentsReachTheCustomer() throws Exception {
        Buyer customer = buyer("adm-inv", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("I");
        JsonNode order = importOrder(backend, number, order(customer, "placed", Instant.now(),
                List.of(line("SKU-1", "Monitor", 1, "100.00", "19.00", true))));

        Map<String, Object> shipment = Map.of("carrier", "DHL", "trackingNumber", "00340434", "trackingUrl", "https://dhl.example/t/00340434");
        call("POST", admin("/orders/" + number + "/shipments"), backend, shipment).ok(201);
        call("POST", admin("/orders/" + number + "/shipments"), backend, shipment).ok(200);
        call("POST", admin("/orders/" + number + "/shipments"), backend,
                Map.of("carrier", "DHL", "trackingNumber", "1", "trackingUrl", "javascript:alert(1)")).problem(422, "validation_failed");
        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "shipped")).ok(200);

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String invoice = uniqueNumber("INV");
        String overdue = uniqueNumber("INV");
        call("PUT", admin("/orders/" + number + "/invoices/" + invoice), backend, Map.of("amount", "124.90",
                "issuedOn", today.toString(), "dueOn", today.plusDays(14).toString(),
                "documentUrl", "https://erp.example/invoices/1.pdf")).ok(201);
        call("PUT", admin("/orders/" + number + "/invoices/" + overdue), backend, Map.of("amount", "10.00",
                "issuedOn", today.minusDays(40).toString(), "dueOn", today.minusDays(10).toString())).ok(201);
        call("PUT", admin("/orders/" + number + "/invoices/" + overdue), backend, Map.of("amount", 10,
                "issuedOn", today.toString(), "dueOn", today.toString())).problem(422, "validation_failed");

        String token = token(customer);
        JsonNode detail = get(portal("/orders/" + order.get("id").asText()), token).ok(200).body();
        assertEquals("00340434", detail.get("shipments").get(0).get("trackingNumber").asText());
        assertEquals(1, detail.get("shipments").size(), "the same tracking number twice is one parcel");
        assertEquals(2, detail.get("invoices").size());
        assertEquals(1, get(portal("/invoices?status=open"), token).body().get("total").asInt());
        JsonNode overdueList = get(portal("/invoices?status=overdue"), token).ok(200).body();
        assertEquals(overdue, overdueList.get("items").get(0).get("number").asText());
        assertEquals("10.00", overdueList.get("items").get(0).get("amount").get("amount").asText());
        assertEquals(number, overdueList.get("items").get(0).get("orderNumber").asText());

        call("POST", admin("/orders/" + number + "/invoices/" + uniqueNumber("INV") + "/payment"), backend, null)
                .problem(404, "invoice_not_found");
        call("POST", admin("/orders/" + number + "/invoices/" + overdue + "/payment"), backend, null).ok(200);
        assertEquals(0, get(portal("/invoices?status=overdue"), token).body().get("total").asInt());
        assertEquals("paid", get(portal("/invoices?status=paid"), token).body().get("items").get(0).get("status").asText());
        get(portal("/invoices?status=late"), token).problem(400, "invalid_parameter");
        assertEquals(2, get(admin("/invoices?customerNumber=" + customer.customerNumber()), backend).ok(200)
                .body().get("total").asInt());

        // Admins see the order with its latest status through the admin API (the user page's Portal tab),
        // and nothing of it is copied into the user's attributes any more.
        JsonNode forAdmins = get(admin("/orders?userId=" + customer.id()), admin.tokenManager().getAccessTokenString()).ok(200).body();
        assertEquals(List.of(number), forAdmins.get("items").findValuesAsText("number"));
        assertEquals("shipped", forAdmins.get("items").get(0).get("status").asText());
        TestUsers.assertNoAttributeCopies(realm, customer.id());
    }

    @Test
    void deletingAUserRemovesAddressesAndDetachesOrders() throws Exception {
        Buyer customer = buyer("adm-del", newCustomerNumber());
        String backend = backendToken();
        String token = token(customer);
        String number = uniqueNumber("D");
        JsonNode order = importOrder(backend, number, order(customer, "placed", Instant.now(),
                List.of(line("SKU-1", "Pen", 1, "1.00", "19.00", true))));
        call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        call("POST", portal("/orders/" + order.get("id").asText() + "/reorder"), token, null).ok(201);
        assertEquals(1, get(admin("/addresses?userId=" + customer.id()), backend).ok(200).body().get("total").asInt());

        realm.admin().users().get(customer.id()).remove();

        assertEquals(0, get(admin("/addresses?userId=" + customer.id()), backend).ok(200).body().get("total").asInt(),
                "the address book is gone with the user");
        JsonNode after = get(admin("/orders/" + number), backend).ok(200).body();
        assertTrue(after.get("userId").isNull(), "the order stays with the customer number but no longer names the user");
        assertEquals(customer.customerNumber(), after.get("customerNumber").asText());
        assertEquals(0, get(admin("/orders?userId=" + customer.id()), backend).body().get("total").asInt());
        assertEquals(1, get(admin("/orders?customerNumber=" + customer.customerNumber()), backend).body().get("total").asInt());
    }

    /** {@code ./kontor run} seeds the demo customers through this script; it must work, and twice. */
    @Test
    void demoSeedScriptIsIdempotent() throws Exception {
        java.nio.file.Path script = java.nio.file.Path.of(System.getProperty("user.dir")).getParent()
                .resolve("tools/commerce-demo/seed.sh");
        String base = realmUrl().substring(0, realmUrl().indexOf("/realms/"));
        for (int run = 0; run < 2; run++) {
            Process process = new ProcessBuilder("bash", script.toString(), base).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), output);
        }
        String backend = backendToken();
        String anna = userId(KontorRealm.ANNA);
        JsonNode orders = get(admin("/orders?userId=" + anna), backend).ok(200).body();
        assertEquals(3, orders.get("total").asInt(), "three demo orders for Anna, not six");
        assertEquals(1, get(admin("/returns?userId=" + anna), backend).body().get("total").asInt(), "one demo return, not two");
        JsonNode first = get(admin("/orders/K-2026-000101"), backend).ok(200).body();
        assertEquals(first.get("costs").get("total").get("amount").asText(), first.get("invoices").get(0).get("amount").get("amount").asText(),
                "the demo invoice is for the order's total");
    }
}
