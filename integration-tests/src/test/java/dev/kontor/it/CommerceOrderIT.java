package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders (COM-2) as a customer sees them after a back end imported them: idempotent import,
 * list with filters and cursor paging, the cost breakdown, cancel and reorder rules, company
 * accounts, and the IDOR sweep (another customer gets 404 for every id).
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CommerceOrderIT extends AbstractCommerceIT {

    /** Every answer of this API test is checked against the OpenAPI document. */
    @Override
    boolean checksOpenApi() {
        return true;
    }

    @Test
    void importIsIdempotentAndTheCustomerSeesTheBreakdown() throws Exception {
        Buyer buyer = buyer("ord", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("K");
        Map<String, Object> body = order(buyer, "placed", Instant.parse("2026-03-01T10:00:00Z"), List.of(
                line("SKU-1", "Notebook A5", 3, "2.99", "19.00", true),
                line("SKU-2", "Kaffee 1 kg", 2, "12.15", "7.00", true)));

        Reply created = call("PUT", admin("/orders/" + number), backend, body).ok(201);
        Reply repeated = call("PUT", admin("/orders/" + number), backend, body).ok(200);
        assertEquals(created.body().get("id"), repeated.body().get("id"), "same order, not a second one");
        assertEquals(created.body().get("lines").get(0).get("id"), repeated.body().get("lines").get(0).get("id"), "lines keep their ids");
        assertEquals(1, repeated.body().get("statusHistory").size(), "a repeated import writes no history");

        String token = token(buyer);
        JsonNode page = get(portal("/orders"), token).ok(200).body();
        assertEquals(1, page.get("items").size());
        assertEquals(number, page.get("items").get(0).get("number").asText());
        assertEquals(5, page.get("items").get(0).get("itemCount").asInt());

        JsonNode detail = get(portal("/orders/" + created.body().get("id").asText()), token).ok(200).body();
        JsonNode costs = detail.get("costs");
        // 3 × 2.99 = 8.97 at 19 % → 1.70; 2 × 12.15 = 24.30 at 7 % → 1.70; + 4.90 shipping
        assertEquals("33.27", costs.get("net").get("amount").asText());
        assertEquals("7.00", costs.get("taxes").get(0).get("rate").asText());
        assertEquals("1.70", costs.get("taxes").get(0).get("amount").get("amount").asText());
        assertEquals("19.00", costs.get("taxes").get(1).get("rate").asText());
        assertEquals("1.70", costs.get("taxes").get(1).get("amount").get("amount").asText());
        assertEquals("41.57", costs.get("total").get("amount").asText());
        assertEquals("EUR", costs.get("total").get("currency").asText());
        assertEquals("Lagerweg", detail.get("shippingAddress").get("street").asText());
        assertEquals("8.97", detail.get("lines").get(0).get("lineTotal").get("amount").asText());
        assertTrue(detail.get("cancellable").asBoolean());
        assertTrue(detail.get("returnableUntil").isNull());

        // A changed import updates in place and a status move is recorded.
        body.put("status", "processing");
        body.put("lines", List.of(line("SKU-1", "Notebook A5", 4, "2.99", "19.00", true)));
        Reply changed = call("PUT", admin("/orders/" + number), backend, body).ok(200);
        assertEquals(1, changed.body().get("lines").size());
        assertEquals("processing", changed.body().get("status").asText());
        assertEquals(2, changed.body().get("statusHistory").size());
        assertEquals(buyer.id(), changed.body().get("userId").asText());

        // A bad import changes nothing.
        body.put("lines", List.of(line("SKU-1", "Notebook A5", 4, "2.99", "190", true)));
        assertEquals(List.of("lines[0].taxRate:invalid_tax_rate"),
                call("PUT", admin("/orders/" + number), backend, body).problem(422, "validation_failed").fieldCodes());
        body.put("lines", List.of(Map.of("sku", "X", "name", "Y", "quantity", 1, "unitPrice", 9.99, "taxRate", "19")));
        call("PUT", admin("/orders/" + number), backend, body).problem(422, "validation_failed");
        assertEquals("processing", get(admin("/orders/" + number), backend).ok(200).body().get("status").asText());
        assertEquals(4, get(admin("/orders/" + number), backend).body().get("lines").get(0).get("quantity").asInt());
    }

    @Test
    void listFiltersAndPagesNewestFirst() throws Exception {
        Buyer buyer = buyer("ordlist", newCustomerNumber());
        String backend = backendToken();
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = uniqueNumber("L" + i);
            numbers.add(0, number);
            importOrder(backend, number, order(buyer, i == 4 ? "shipped" : "placed", start.plus(i, ChronoUnit.DAYS),
                    List.of(line("SKU-" + i, i == 2 ? "Red Stapler" : "Paper", 1, "1.00", "19.00", true))));
        }
        String token = token(buyer);

        List<String> seen = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = get(portal("/orders?max=2&cursor=" + cursor), token).ok(200).body();
            page.get("items").forEach(item -> seen.add(item.get("number").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertEquals(numbers, seen, "newest first, every order once");

        assertEquals(1, get(portal("/orders?status=shipped"), token).body().get("items").size());
        assertEquals(2, get(portal("/orders?from=2026-01-11&to=2026-01-12"), token).body().get("items").size());
        JsonNode byName = get(portal("/orders?q=stapler"), token).body();
        assertEquals(1, byName.get("items").size());
        assertEquals(numbers.get(2), byName.get("items").get(0).get("number").asText());
        assertEquals(1, get(portal("/orders?q=SKU-3"), token).body().get("items").size());
        assertEquals(1, get(portal("/orders?q=" + numbers.get(0)), token).body().get("items").size());
        assertEquals(0, get(portal("/orders?q=100%25"), token).body().get("items").size(), "LIKE wildcards are literal");

        // CORS as for /portal/me: the shop's origin may read answers and preflight every commerce path.
        Reply fromShop = call("GET", portal("/orders?max=1"), token, null, "Origin", KontorRealm.SHOP_ORIGIN).ok(200);
        assertEquals(KontorRealm.SHOP_ORIGIN, fromShop.header("Access-Control-Allow-Origin"));
        Reply preflight = call("OPTIONS", portal("/orders/x/reorder"), null, null, "Origin", KontorRealm.SHOP_ORIGIN,
                "Access-Control-Request-Method", "POST");
        assertEquals(KontorRealm.SHOP_ORIGIN, preflight.header("Access-Control-Allow-Origin"), "status " + preflight.status());
        call("OPTIONS", portal("/addresses"), null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET").ok(403);
        JsonNode openApi = get(portal("/openapi.json"), null).ok(200).body();
        assertEquals("3.0.3", openApi.get("openapi").asText());
        assertTrue(openApi.get("paths").has("/realms/{realm}/portal/orders/{id}/reorder"));

        get(portal("/orders?status=lost"), token).problem(400, "invalid_parameter");
        get(portal("/orders?from=yesterday"), token).problem(400, "invalid_parameter");
        get(portal("/orders?cursor=bm9wZQ"), token).problem(400, "invalid_parameter");
        get(portal("/orders?max=0"), token).problem(400, "invalid_parameter");
    }

    @Test
    void cancelAndReorderRules() throws Exception {
        Buyer buyer = buyer("ordcancel", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        JsonNode placed = importOrder(backend, uniqueNumber("C"), order(buyer, "placed", Instant.now(), List.of(
                line("SKU-A", "Pen", 2, "1.50", "19.00", true))));
        JsonNode shipped = importOrder(backend, uniqueNumber("C"), order(buyer, "shipped", Instant.now(), List.of(
                line("SKU-B", "Ink", 1, "5.00", "19.00", true),
                line("SKU-OLD", "Discontinued pad", 3, "2.00", "19.00", false))));

        Reply cancelled = call("POST", portal("/orders/" + placed.get("id").asText() + "/cancel"), token, null).ok(200);
        assertEquals("cancelled", cancelled.body().get("status").asText());
        assertFalse(cancelled.body().get("cancellable").asBoolean());
        call("POST", portal("/orders/" + placed.get("id").asText() + "/cancel"), token, null).problem(409, "order_not_cancellable");
        call("POST", portal("/orders/" + shipped.get("id").asText() + "/cancel"), token, null).problem(409, "order_not_cancellable");
        assertEquals("shipped", get(portal("/orders/" + shipped.get("id").asText()), token).body().get("status").asText());

        // The back end cannot move a cancelled order on either.
        call("POST", admin("/orders/" + placed.get("number").asText() + "/status"), backend, Map.of("status", "shipped"))
                .problem(409, "invalid_transition");

        Reply reorder = call("POST", portal("/orders/" + shipped.get("id").asText() + "/reorder"), token, "{}").ok(201);
        assertEquals(1, reorder.body().get("lines").size());
        assertEquals("SKU-B", reorder.body().get("lines").get(0).get("sku").asText());
        assertEquals("SKU-OLD", reorder.body().get("skipped").get(0).get("sku").asText());
        assertEquals("not_orderable", reorder.body().get("skipped").get(0).get("reason").asText());
        String cartId = reorder.body().get("cartId").asText();
        assertEquals("http://localhost:3000/cart/" + cartId, reorder.body().get("cartUrl").asText());
        JsonNode cart = get(portal("/carts/" + cartId), token).ok(200).body();
        assertEquals(shipped.get("id").asText(), cart.get("sourceOrderId").asText());
        assertEquals(1, cart.get("lines").get(0).get("quantity").asInt());

        String pastLine = placed.get("lines").get(0).get("id").asText();
        Reply one = call("POST", portal("/orders/" + placed.get("id").asText() + "/reorder"), token,
                Map.of("lineIds", List.of(pastLine))).ok(201);
        assertEquals(2, one.body().get("lines").get(0).get("quantity").asInt(), "cancelled orders can be reordered");
        call("POST", portal("/orders/" + shipped.get("id").asText() + "/reorder"), token,
                Map.of("lineIds", List.of(pastLine))).problem(422, "validation_failed");
        call("POST", portal("/orders/" + shipped.get("id").asText() + "/reorder"), token,
                Map.of("lineIds", List.of(shipped.get("lines").get(1).get("id").asText()))).problem(422, "nothing_orderable");
    }

    @Test
    void companyAdminSeesTheCompanyBuyerOnlyOwnAndOthersNothing() throws Exception {
        String company = newCustomerNumber();
        Buyer admin = buyer("coadmin", company, "portal-company-admin");
        Buyer colleague = buyer("cobuyer", company, "portal-buyer");
        Buyer stranger = buyer("costranger", newCustomerNumber());
        String backend = backendToken();
        JsonNode colleagues = importOrder(backend, uniqueNumber("B"), order(colleague, "placed", Instant.now(),
                List.of(line("SKU-1", "Toner", 1, "80.00", "19.00", true))));
        importOrder(backend, uniqueNumber("B"), order(admin, "placed", Instant.now(),
                List.of(line("SKU-2", "Paper", 1, "5.00", "19.00", true))));

        assertEquals(2, get(portal("/orders"), token(admin)).body().get("items").size(), "the company admin sees both");
        get(portal("/orders/" + colleagues.get("id").asText()), token(admin)).ok(200);
        assertEquals(1, get(portal("/orders"), token(colleague)).body().get("items").size(), "a buyer sees their own");

        // IDOR sweep: every id of the colleague's order answers 404 to a stranger, and nothing changes.
        String strangerToken = token(stranger);
        String orderId = colleagues.get("id").asText();
        String lineId = colleagues.get("lines").get(0).get("id").asText();
        String cartId = call("POST", portal("/orders/" + orderId + "/reorder"), token(colleague), null).ok(201)
                .body().get("cartId").asText();
        get(portal("/orders/" + orderId), strangerToken).problem(404, "order_not_found");
        call("POST", portal("/orders/" + orderId + "/cancel"), strangerToken, null).problem(404, "order_not_found");
        call("POST", portal("/orders/" + orderId + "/reorder"), strangerToken, "{}").problem(404, "order_not_found");
        get(portal("/carts/" + cartId), strangerToken).problem(404, "cart_not_found");
        get(portal("/carts/" + cartId), token(admin)).problem(404, "cart_not_found");
        call("POST", portal("/returns"), strangerToken, Map.of("orderId", orderId, "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 1)))).problem(404, "order_not_found");
        assertEquals(0, get(portal("/orders"), strangerToken).body().get("items").size());
        assertEquals(0, get(portal("/invoices"), strangerToken).body().get("total").asInt());
        assertEquals("placed", get(portal("/orders/" + orderId), token(colleague)).body().get("status").asText());
        assertNull(get(portal("/orders/" + orderId), strangerToken).body().get("number"));
    }
}
