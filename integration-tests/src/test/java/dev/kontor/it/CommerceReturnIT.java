package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Returns (COM-3): the quantity guard under concurrent requests, the return window, and the
 * back end's decisions requested → approved | rejected → received → refunded.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CommerceReturnIT extends AbstractCommerceIT {

    /** Every answer of this API test is checked against the OpenAPI document. */
    @Override
    boolean checksOpenApi() {
        return true;
    }

    private Map<String, Object> delivered(Buyer buyer, Instant deliveredAt, List<Map<String, Object>> lines) {
        Map<String, Object> order = order(buyer, "delivered", deliveredAt.minus(2, ChronoUnit.DAYS), lines);
        order.put("deliveredAt", deliveredAt.toString());
        return order;
    }

    private static Map<String, Object> returnOf(JsonNode order, int line, int quantity) {
        return Map.of("orderId", order.get("id").asText(), "reason", "damaged", "comment", "Box was crushed",
                "lines", List.of(Map.of("orderLineId", order.get("lines").get(line).get("id").asText(), "quantity", quantity)));
    }

    @Test
    void concurrentRequestsNeverReturnMoreThanBought() throws Exception {
        Buyer buyer = buyer("retrace", newCustomerNumber());
        JsonNode order = importOrder(backendToken(), uniqueNumber("R"), delivered(buyer, Instant.now(),
                List.of(line("SKU-1", "Chair", 3, "49.00", "19.00", true))));
        String token = token(buyer);

        List<Reply> replies = parallel(8, i -> call("POST", portal("/returns"), token, returnOf(order, 0, 1)));
        int created = 0;
        int busy = 0;
        for (Reply r : replies) {
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 422) {
                r.problem(422, "quantity_exceeded");
            } else {
                r.problem(409, "order_busy"); // a lock wait that timed out: nothing written, the client retries
                busy++;
            }
        }
        JsonNode detail = get(portal("/orders/" + order.get("id").asText()), token).ok(200).body();
        int returnable = detail.get("lines").get(0).get("returnableQuantity").asInt();
        assertTrue(created <= 3, "never more than bought: " + created);
        assertEquals(3 - created, returnable, "what the returns hold and what is left add up");
        assertEquals(created, get(portal("/returns"), token).body().get("total").asInt());
        if (busy == 0) {
            assertEquals(3, created, "with every lock granted, exactly the bought quantity is returned");
        }
        if (returnable > 0) {
            call("POST", portal("/returns"), token, returnOf(order, 0, returnable)).ok(201);
        }
        call("POST", portal("/returns"), token, returnOf(order, 0, 1)).problem(422, "quantity_exceeded");
    }

    @Test
    void windowStatusAndDecisions() throws Exception {
        Buyer buyer = buyer("retflow", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        JsonNode old = importOrder(backend, uniqueNumber("R"), delivered(buyer, Instant.now().minus(40, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Desk", 1, "199.00", "19.00", true))));
        JsonNode open = importOrder(backend, uniqueNumber("R"), order(buyer, "shipped", Instant.now(),
                List.of(line("SKU-1", "Desk", 1, "199.00", "19.00", true))));
        JsonNode recent = importOrder(backend, uniqueNumber("R"), delivered(buyer, Instant.now(),
                List.of(line("SKU-2", "Lamp", 2, "30.00", "19.00", true))));

        call("POST", portal("/returns"), token, returnOf(old, 0, 1)).problem(409, "return_not_allowed");
        // Support may record a return outside the window, by line position, under the same quantity guard.
        String oldNumber = old.get("number").asText();
        call("POST", admin("/orders/" + oldNumber + "/returns"), backend, Map.of("reason", "other",
                "lines", List.of(Map.of("position", 0, "quantity", 2)))).problem(422, "quantity_exceeded");
        assertEquals(List.of("lines[0].position:unknown_line"), call("POST", admin("/orders/" + oldNumber + "/returns"), backend,
                Map.of("reason", "other", "lines", List.of(Map.of("position", 3, "quantity", 1)))).problem(422, "validation_failed")
                .fieldCodes());
        Reply recorded = call("POST", admin("/orders/" + oldNumber + "/returns"), backend, Map.of("reason", "other",
                "comment", "goodwill", "lines", List.of(Map.of("position", 0, "quantity", 1)))).ok(201);
        assertEquals(recorded.body().get("id"), get(portal("/returns"), token).body().get("items").get(0).get("id"),
                "the customer sees the recorded return");
        call("POST", admin("/orders/" + open.get("number").asText() + "/returns"), backend, Map.of("reason", "other",
                "lines", List.of(Map.of("position", 0, "quantity", 1)))).problem(409, "return_not_allowed");
        call("POST", portal("/returns"), token, returnOf(open, 0, 1)).problem(409, "return_not_allowed");
        assertEquals(List.of("reason:invalid_reason", "lines[0].quantity:invalid_quantity"),
                call("POST", portal("/returns"), token, Map.of("orderId", recent.get("id").asText(), "reason", "bored",
                        "lines", List.of(Map.of("orderLineId", recent.get("lines").get(0).get("id").asText(), "quantity", 0))))
                        .problem(422, "validation_failed").fieldCodes());
        assertEquals(5, get(portal("/return-reasons"), token).ok(200).body().size());

        Reply requested = call("POST", portal("/returns"), token, returnOf(recent, 0, 2)).ok(201);
        String returnId = requested.body().get("id").asText();
        assertEquals("requested", requested.body().get("status").asText());
        assertEquals("SKU-2", requested.body().get("lines").get(0).get("sku").asText());
        assertEquals(recent.get("number").asText(), requested.body().get("orderNumber").asText());

        // requested → rejected frees the pieces again; a new request → approved → received → refunded.
        call("POST", admin("/returns/" + returnId + "/receipt"), backend, null).problem(409, "invalid_transition");
        assertEquals(List.of("decision:invalid_decision"), call("POST", admin("/returns/" + returnId + "/decision"), backend,
                Map.of("decision", "received")).problem(422, "validation_failed").fieldCodes());
        call("POST", admin("/returns/" + returnId + "/decision"), backend, Map.of("decision", "rejected")).ok(200);
        assertEquals("rejected", get(portal("/returns/" + returnId), token).ok(200).body().get("status").asText());
        String second = call("POST", portal("/returns"), token, returnOf(recent, 0, 2)).ok(201).body().get("id").asText();
        call("POST", admin("/returns/" + second + "/decision"), backend, Map.of("decision", "approved", "note", "ok")).ok(200);
        call("POST", admin("/returns/" + second + "/refund"), backend, Map.of("amount", "71.40")).problem(409, "invalid_transition");
        call("POST", admin("/returns/" + second + "/receipt"), backend, null).ok(200);
        call("POST", admin("/returns/" + second + "/refund"), backend, Map.of("amount", "9999.00")).problem(422, "refund_exceeds_paid");
        call("POST", admin("/returns/" + second + "/refund"), backend, Map.of("amount", "71.40")).ok(200);
        JsonNode refunded = get(portal("/returns/" + second), token).ok(200).body();
        assertEquals("refunded", refunded.get("status").asText());
        assertEquals("71.40", refunded.get("refund").get("amount").asText());

        JsonNode list = get(admin("/returns?userId=" + buyer.id() + "&status=refunded"), backend).ok(200).body();
        assertEquals(1, list.get("total").asInt());
        get(portal("/returns/" + second), token(buyer("retother", newCustomerNumber()))).problem(404, "return_not_found");
    }

    /** Issue 12 row 6a: two returns of one order, each refunded with the order's total. */
    @Test
    void refundsOfAllReturnsNeverExceedWhatWasPaid() throws Exception {
        Buyer buyer = buyer("retpaid", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        JsonNode order = importOrder(backend, uniqueNumber("R"), delivered(buyer, Instant.now(),
                List.of(line("SKU-1", "Chair", 2, "59.50", "19.00", true))));
        String total = order.get("costs").get("total").get("amount").asText();
        String first = receivedReturn(backend, token, order);
        String second = receivedReturn(backend, token, order);

        call("POST", admin("/returns/" + first + "/refund"), backend, Map.of("amount", total)).ok(200);
        Reply refused = call("POST", admin("/returns/" + second + "/refund"), backend, Map.of("amount", total))
                .problem(422, "refund_exceeds_paid");
        assertEquals(List.of("amount:refund_exceeds_paid"), refused.fieldCodes());
        call("POST", admin("/returns/" + second + "/refund"), backend, Map.of("amount", "0.01")).problem(422, "refund_exceeds_paid");
        assertEquals("received", get(portal("/returns/" + second), token).ok(200).body().get("status").asText(),
                "the refused refund changed nothing");

        // Refunded in parts, both returns together reach exactly the total, never more.
        Buyer other = buyer("retpart", newCustomerNumber());
        String otherToken = token(other);
        JsonNode split = importOrder(backend, uniqueNumber("R"), delivered(other, Instant.now(),
                List.of(line("SKU-1", "Chair", 2, "59.50", "19.00", true))));
        BigDecimal splitTotal = new BigDecimal(split.get("costs").get("total").get("amount").asText());
        String a = receivedReturn(backend, otherToken, split);
        String b = receivedReturn(backend, otherToken, split);
        BigDecimal part = new BigDecimal("60.00");
        call("POST", admin("/returns/" + a + "/refund"), backend, Map.of("amount", part.toPlainString())).ok(200);
        call("POST", admin("/returns/" + b + "/refund"), backend,
                Map.of("amount", splitTotal.subtract(part).add(new BigDecimal("0.01")).toPlainString())).problem(422, "refund_exceeds_paid");
        call("POST", admin("/returns/" + b + "/refund"), backend, Map.of("amount", splitTotal.subtract(part).toPlainString())).ok(200);
        BigDecimal refunded = BigDecimal.ZERO;
        for (JsonNode ret : get(portal("/returns"), otherToken).ok(200).body().get("items")) {
            refunded = refunded.add(new BigDecimal(ret.get("refund").get("amount").asText()));
        }
        assertEquals(0, splitTotal.compareTo(refunded), "refunded " + refunded + " of " + splitTotal);
    }

    /** Issue 12 row 6b: ten parallel refunds of one return. */
    @Test
    void concurrentRefundsOfOneReturnOneWinsWithOneEvent() throws Exception {
        Buyer buyer = buyer("retrace-refund", newCustomerNumber());
        String backend = backendToken();
        String token = token(buyer);
        JsonNode order = importOrder(backend, uniqueNumber("R"), delivered(buyer, Instant.now(),
                List.of(line("SKU-1", "Chair", 2, "59.50", "19.00", true))));
        String returnId = receivedReturn(backend, token, order);

        int requests = 10;
        List<Reply> replies = parallel(requests, i -> call("POST", admin("/returns/" + returnId + "/refund"), backend,
                Map.of("amount", "1" + i + ".00"))); // each its own amount: the stored one tells who won
        List<String> won = new ArrayList<>();
        for (Reply r : replies) {
            if (r.status() == 200) {
                won.add(r.body().get("refund").get("amount").asText());
            } else {
                assertTrue(List.of("already_refunded", "order_busy").contains(r.code()), r.raw().body());
                r.problem(409, r.code());
            }
        }
        assertEquals(1, won.size(), "exactly one refund wins: " + won);
        JsonNode stored = get(portal("/returns/" + returnId), token).ok(200).body();
        assertEquals(won.get(0), stored.get("refund").get("amount").asText(), "the stored amount is the winner's");
        long events = realm.admin().getAdminEvents(List.of("UPDATE"), null, null, null, null,
                        "*" + returnId + "/refund", null, null, 0, 1000).stream()
                .filter(e -> e.getResourcePath() != null && e.getResourcePath().endsWith("returns/" + returnId + "/refund"))
                .count();
        assertEquals(1, events, "one refund, one admin event");
        call("POST", admin("/returns/" + returnId + "/refund"), backend, Map.of("amount", "1.00")).problem(409, "already_refunded");
    }

    /** A return of one piece of line 0, approved and received by the back end; its id. */
    private String receivedReturn(String backend, String token, JsonNode order) throws Exception {
        String id = call("POST", portal("/returns"), token, returnOf(order, 0, 1)).ok(201).body().get("id").asText();
        call("POST", admin("/returns/" + id + "/decision"), backend, Map.of("decision", "approved")).ok(200);
        call("POST", admin("/returns/" + id + "/receipt"), backend, null).ok(200);
        return id;
    }
}
