package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's order list, order detail and address book are served from the read cache
 * ({@code dev.kontor.readcache}). Every test reads first, so the value is cached, then changes the
 * data the way an attacker or a careless back end would hope is forgotten, and reads again: the
 * second read must show the change. (Detail changes of every kind are in {@link OrderDetailReadModelIT};
 * the same across two nodes is in the cluster test.)
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class PortalReadCacheIT extends AbstractCommerceIT {

    @Test
    void anOrderMovedToAnotherCustomerLeavesTheFormerOwnersListAndDetailAtOnce() throws Exception {
        Buyer former = buyer("cachefrom", newCustomerNumber());
        Buyer next = buyer("cacheto", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("RC");
        Map<String, Object> body = order(former, "placed", Instant.now(), List.of(line("SKU-1", "Desk", 1, "300.00", "19.00", true)));
        String id = importOrder(backend, number, body).get("id").asText();
        String formerToken = token(former);
        assertEquals(List.of(number), numbers(get(portal("/orders"), formerToken).ok(200).body()));
        get(portal("/orders/" + id), formerToken).ok(200);

        body.put("userId", next.id());
        body.put("customerNumber", next.customerNumber());
        call("PUT", admin("/orders/" + number), backend, body).ok(200);

        assertEquals(List.of(), numbers(get(portal("/orders"), formerToken).ok(200).body()), "the former owner's list");
        get(portal("/orders/" + id), formerToken).problem(404, "order_not_found");
        String nextToken = token(next);
        assertEquals(List.of(number), numbers(get(portal("/orders"), nextToken).ok(200).body()));
        get(portal("/orders/" + id), nextToken).ok(200);
    }

    @Test
    void aStatusChangeReachesTheCachedListAndEveryFilteredPage() throws Exception {
        Buyer buyer = buyer("cachelist", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("RL");
        importOrder(backend, number, order(buyer, "placed", Instant.now().minus(1, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Pen", 2, "1.50", "19.00", true))));
        String token = token(buyer);
        assertEquals("placed", get(portal("/orders"), token).ok(200).body().get("items").get(0).get("status").asText());
        assertEquals(List.of(number), numbers(get(portal("/orders?status=placed"), token).ok(200).body()));
        assertEquals(List.of(), numbers(get(portal("/orders?status=shipped"), token).ok(200).body()));

        call("POST", admin("/orders/" + number + "/status"), backend, Map.of("status", "shipped")).ok(200);

        assertEquals("shipped", get(portal("/orders"), token).ok(200).body().get("items").get(0).get("status").asText());
        assertEquals(List.of(), numbers(get(portal("/orders?status=placed"), token).ok(200).body()));
        assertEquals(List.of(number), numbers(get(portal("/orders?status=shipped"), token).ok(200).body()));
    }

    @Test
    void aCorrectedDueDateWithoutAnEventStillReachesTheDetail() throws Exception {
        Buyer buyer = buyer("cacheinvoice", newCustomerNumber());
        String backend = backendToken();
        String number = uniqueNumber("RI");
        String id = importOrder(backend, number, order(buyer, "delivered", Instant.now().minus(20, ChronoUnit.DAYS),
                List.of(line("SKU-1", "Chair", 1, "49.00", "19.00", true)))).get("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String invoice = uniqueNumber("INV");
        Map<String, Object> terms = new java.util.LinkedHashMap<>(Map.of("amount", "63.21",
                "issuedOn", today.minusDays(20).toString(), "dueOn", today.minusDays(1).toString()));
        call("PUT", admin("/orders/" + number + "/invoices/" + invoice), backend, terms).ok(201);
        String token = token(buyer);
        assertEquals("overdue", get(portal("/orders/" + id), token).ok(200).body().get("invoices").get(0).get("status").asText());

        terms.put("dueOn", today.plusDays(14).toString()); // a correction: no invoice.issued event, the same invoice
        call("PUT", admin("/orders/" + number + "/invoices/" + invoice), backend, terms).ok(200);

        JsonNode shown = get(portal("/orders/" + id), token).ok(200).body().get("invoices").get(0);
        assertEquals(today.plusDays(14).toString(), shown.get("dueOn").asText());
        assertEquals("open", shown.get("status").asText());
    }

    @Test
    void everyAddressChangeReachesTheCachedBook() throws Exception {
        Buyer buyer = buyer("cacheaddress", newCustomerNumber());
        String token = token(buyer);
        assertEquals(0, get(portal("/addresses"), token).ok(200).body().get("total").asInt());

        Reply created = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        String addressId = created.body().get("id").asText();
        JsonNode book = get(portal("/addresses"), token).ok(200).body();
        assertEquals(1, book.get("total").asInt());

        Map<String, Object> changed = address("Nebenstraße", "10117", "DE");
        call("PUT", portal("/addresses/" + addressId), token, changed, "If-Match", created.header("ETag")).ok(200);
        assertEquals("Nebenstraße", get(portal("/addresses"), token).ok(200).body().get("items").get(0).get("street").asText());

        String etag = get(portal("/addresses/" + addressId), token).ok(200).header("ETag");
        call("DELETE", portal("/addresses/" + addressId), token, null, "If-Match", etag).ok(204);
        assertEquals(0, get(portal("/addresses"), token).ok(200).body().get("total").asInt());

        // another login's book is its own group: a change here is not served there, nor the reverse
        Buyer other = buyer("cacheaddressother", newCustomerNumber());
        assertTrue(get(portal("/addresses"), token(other)).ok(200).body().get("items").isEmpty());
    }

    private static List<String> numbers(JsonNode page) {
        return page.get("items").findValuesAsText("number");
    }
}
