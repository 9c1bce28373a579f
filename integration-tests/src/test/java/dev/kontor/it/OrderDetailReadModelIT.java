package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The order detail is read from a read model on the order row (lines, history, shipments, invoices,
 * returned quantities). Every kind of change to those rows must reach the customer's next
 * {@code GET /orders/{id}} — a change that forgot to rewrite the model shows up here as stale data —
 * and the customer's detail is always what the back end's own view of the order says.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class OrderDetailReadModelIT extends AbstractCommerceIT {

    @Test
    void everyChangeReachesTheNextDetail() throws Exception {
        Buyer buyer = buyer("detail", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("DM");
        Map<String, Object> body = order(buyer, "shipped", Instant.now().minus(3, ChronoUnit.DAYS), List.of(
                line("SKU-1", "Chair", 3, "49.00", "19.00", true),
                line("SKU-2", "Lamp", 1, "20.00", "7.00", true)));
        String id = importOrder(backend, number, body).get("id").asText();
        String token = token(buyer);
        String url = portal("/orders/" + id);
        assertSameAsBackEnd(number, backend, get(url, token).ok(200).body());

        // shipment
        call("POST", admin("/orders/" + number + "/shipments"), backend, Map.of("carrier", "DHL", "trackingNumber", "T-1")).ok(201);
        JsonNode detail = get(url, token).ok(200).body();
        assertEquals("T-1", detail.get("shipments").get(0).get("trackingNumber").asText());

        // status change by the back end
        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "delivered", "note", "at the door")).ok(200);
        detail = get(url, token).ok(200).body();
        assertEquals("delivered", detail.get("status").asText());
        assertEquals(List.of("shipped", "delivered"), detail.get("statusHistory").findValuesAsText("status"));
        assertEquals("at the door", detail.get("statusHistory").get(1).get("note").asText());

        // invoice, then its payment
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String invoice = uniqueNumber("INV");
        call("PUT", admin("/orders/" + number + "/invoices/" + invoice), backend, Map.of("amount", "176.30",
                "issuedOn", today.minusDays(30).toString(), "dueOn", today.minusDays(2).toString())).ok(201);
        assertEquals("overdue", get(url, token).ok(200).body().get("invoices").get(0).get("status").asText());
        call("POST", admin("/orders/" + number + "/invoices/" + invoice + "/payment"), backend, null).ok(200);
        detail = get(url, token).ok(200).body();
        assertEquals("paid", detail.get("invoices").get(0).get("status").asText());
        assertFalse(detail.get("invoices").get(0).get("paidAt").isNull());

        // the customer's return takes pieces; the back end's rejection gives them back
        String lineId = detail.get("lines").get(0).get("id").asText();
        String returnId = call("POST", portal("/returns"), token, Map.of("orderId", id, "reason", "damaged",
                "lines", List.of(Map.of("orderLineId", lineId, "quantity", 2)))).ok(201).body().get("id").asText();
        assertEquals(1, get(url, token).ok(200).body().get("lines").get(0).get("returnableQuantity").asInt());
        call("POST", admin("/returns/" + returnId + "/decision"), backend, Map.of("decision", "rejected")).ok(200);
        assertEquals(3, get(url, token).ok(200).body().get("lines").get(0).get("returnableQuantity").asInt());

        // a support-recorded return
        call("POST", admin("/orders/" + number + "/returns"), backend, Map.of("reason", "other",
                "lines", List.of(Map.of("position", 1, "quantity", 1)))).ok(201);
        assertEquals(0, get(url, token).ok(200).body().get("lines").get(1).get("returnableQuantity").asInt());

        // a re-import that renames a line and changes its price
        body.put("status", "delivered");
        body.put("lines", List.of(line("SKU-1", "Chair, oak", 3, "59.00", "19.00", true), line("SKU-2", "Lamp", 1, "20.00", "7.00", true)));
        call("PUT", admin("/orders/" + number), backend, body).ok(200);
        detail = get(url, token).ok(200).body();
        assertEquals("Chair, oak", detail.get("lines").get(0).get("name").asText());
        assertEquals("177.00", detail.get("lines").get(0).get("lineTotal").get("amount").asText());
        assertEquals("236.93", detail.get("costs").get("total").get("amount").asText());
        assertSameAsBackEnd(number, backend, detail);

        get(url, token(buyer("detailother", newCustomerNumber()))).problem(404, "order_not_found");
    }

    @Test
    void customerCancellingReachesTheNextDetail() throws Exception {
        Buyer buyer = buyer("detailcancel", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("DC");
        String id = importOrder(backend, number, order(buyer, "placed", Instant.now(),
                List.of(line("SKU-1", "Pen", 2, "1.50", "19.00", true)))).get("id").asText();
        String token = token(buyer);
        call("POST", portal("/orders/" + id + "/cancel"), token, null).ok(200);
        JsonNode detail = get(portal("/orders/" + id), token).ok(200).body();
        assertEquals("cancelled", detail.get("status").asText());
        assertEquals(List.of("placed", "cancelled"), detail.get("statusHistory").findValuesAsText("status"));
        assertFalse(detail.get("cancellable").asBoolean());
        assertSameAsBackEnd(number, backend, detail);
    }

    /** The back end's view is the customer's detail plus the owner's ids. */
    private void assertSameAsBackEnd(String number, String backend, JsonNode customerDetail) throws Exception {
        ObjectNode adminDetail = (ObjectNode) get(admin("/orders/" + number), backend).ok(200).body();
        adminDetail.remove(List.of("userId", "customerNumber"));
        assertEquals(adminDetail, customerDetail);
    }
}
