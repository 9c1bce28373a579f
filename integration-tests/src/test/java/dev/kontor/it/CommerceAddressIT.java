package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The address book (COM-1): CRUD, the default billing/shipping rules, If-Match concurrency, and
 * every kind of bad body answered with a problem document while the stored row stays as it was.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CommerceAddressIT extends AbstractCommerceIT {

    /** Every answer of this API test is checked against the OpenAPI document. */
    @Override
    boolean checksOpenApi() {
        return true;
    }

    @Test
    void crudWithDefaultsAndVersionConflicts() throws Exception {
        String token = token(buyer("addr", newCustomerNumber()));

        Reply first = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        String firstId = first.body().get("id").asText();
        assertTrue(first.header("Location").endsWith("/portal/addresses/" + firstId));
        assertTrue(first.body().get("defaultBilling").asBoolean(), "the first address becomes default billing");
        assertTrue(first.body().get("defaultShipping").asBoolean(), "and default shipping");
        assertEquals("\"" + first.body().get("version").asInt() + "\"", first.header("ETag"));

        Map<String, Object> second = address("Museumstraße", "1010", "AT");
        second.put("defaultShipping", true);
        String secondId = call("POST", portal("/addresses"), token, second).ok(201).body().get("id").asText();

        JsonNode firstNow = get(portal("/addresses/" + firstId), token).ok(200).body();
        assertTrue(firstNow.get("defaultBilling").asBoolean());
        assertFalse(firstNow.get("defaultShipping").asBoolean(), "default shipping moved to the second address");
        assertNotEquals(first.body().get("version").asInt(), firstNow.get("version").asInt(), "losing a flag changes the ETag");

        JsonNode list = get(portal("/addresses?max=10"), token).ok(200).body();
        assertEquals(2, list.get("total").asInt());

        // Update with the current version: ok; with the old one: 412; with none: 428.
        Reply secondRead = get(portal("/addresses/" + secondId), token).ok(200);
        String etag = secondRead.header("ETag");
        Map<String, Object> changed = address("Museumstraße", "1070", "AT");
        changed.put("defaultBilling", true);
        Reply updated = call("PUT", portal("/addresses/" + secondId), token, changed, "If-Match", etag).ok(200);
        assertEquals("1070", updated.body().get("postcode").asText());
        assertTrue(updated.body().get("defaultBilling").asBoolean());
        assertFalse(get(portal("/addresses/" + firstId), token).body().get("defaultBilling").asBoolean(),
                "exactly one default billing address");

        call("PUT", portal("/addresses/" + secondId), token, address("Alt", "1010", "AT"), "If-Match", etag)
                .problem(412, "version_conflict");
        call("PUT", portal("/addresses/" + secondId), token, address("Alt", "1010", "AT")).problem(428, "precondition_required");
        assertEquals("1070", get(portal("/addresses/" + secondId), token).body().get("postcode").asText(), "no write happened");

        // Deleting the holder of both defaults hands them to the remaining address.
        call("DELETE", portal("/addresses/" + secondId), token, null).ok(204);
        JsonNode heir = get(portal("/addresses/" + firstId), token).ok(200).body();
        assertTrue(heir.get("defaultBilling").asBoolean() && heir.get("defaultShipping").asBoolean());
        get(portal("/addresses/" + secondId), token).problem(404, "address_not_found");
    }

    @Test
    void badBodiesAreProblemsAndChangeNothing() throws Exception {
        String token = token(buyer("addrbad", newCustomerNumber()));
        Reply created = call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        String id = created.body().get("id").asText();
        String etag = created.header("ETag");
        String url = portal("/addresses/" + id);

        call("PUT", url, token, "{\"firstName\": \"Anna\",", "If-Match", etag).problem(400, "malformed_json");
        call("PUT", url, token, "[1,2]", "If-Match", etag).problem(400, "malformed_json");
        call("PUT", url, token, "", "If-Match", etag).problem(400, "malformed_json");

        Map<String, Object> unknown = address("Hauptstraße", "10115", "DE");
        unknown.put("isAdmin", true);
        Reply unknownReply = call("PUT", url, token, unknown, "If-Match", etag).problem(422, "validation_failed");
        assertEquals(java.util.List.of("isAdmin:unknown_field"), unknownReply.fieldCodes());

        Map<String, Object> wrongType = address("Hauptstraße", "10115", "DE");
        wrongType.put("postcode", 10115);
        assertEquals(java.util.List.of("postcode:invalid_type"),
                call("PUT", url, token, wrongType, "If-Match", etag).problem(422, "validation_failed").fieldCodes());
        Map<String, Object> wrongFlag = address("Hauptstraße", "10115", "DE");
        wrongFlag.put("defaultBilling", "yes");
        call("PUT", url, token, wrongFlag, "If-Match", etag).problem(422, "validation_failed");

        assertEquals(java.util.List.of("country:invalid_country"),
                call("PUT", url, token, address("Hauptstraße", "10115", "XX"), "If-Match", etag)
                        .problem(422, "validation_failed").fieldCodes());
        assertEquals(java.util.List.of("postcode:invalid_postcode"),
                call("PUT", url, token, address("Hauptstraße", "1011", "DE"), "If-Match", etag)
                        .problem(422, "validation_failed").fieldCodes());
        Map<String, Object> missing = new LinkedHashMap<>(address("", "SW1A 1AA", "GB"));
        missing.remove("city");
        assertEquals(java.util.List.of("street:required", "city:required"),
                call("PUT", url, token, missing, "If-Match", etag).problem(422, "validation_failed").fieldCodes());

        Map<String, Object> huge = address("Hauptstraße", "10115", "DE");
        huge.put("extraLine", "x".repeat(20_000));
        call("PUT", url, token, huge, "If-Match", etag).problem(413, "payload_too_large");
        call("POST", portal("/addresses"), token, huge).problem(413, "payload_too_large");

        JsonNode after = get(url, token).ok(200).body();
        assertEquals(created.body(), after, "the address is exactly as it was");
        assertEquals(1, get(portal("/addresses"), token).body().get("total").asInt(), "no row was added");

        // Postcodes in their national spelling are accepted and normalised.
        Reply nl = call("POST", portal("/addresses"), token, address("Damrak", "1012lg", "NL")).ok(201);
        assertEquals("1012 LG", nl.body().get("postcode").asText());
        Reply gb = call("POST", portal("/addresses"), token, address("Downing Street", "sw1a2aa", "gb")).ok(201);
        assertEquals("SW1A 2AA", gb.body().get("postcode").asText());
        assertEquals("GB", gb.body().get("country").asText());
        call("POST", portal("/addresses"), token, address("Broadway", "1001", "US")).problem(422, "validation_failed");
    }

    @Test
    void anotherCustomersAddressIsNotFoundAndUntouched() throws Exception {
        String owner = token(buyer("addrowner", newCustomerNumber()));
        String other = token(buyer("addrother", newCustomerNumber()));
        Reply created = call("POST", portal("/addresses"), owner, address("Hauptstraße", "10115", "DE")).ok(201);
        String url = portal("/addresses/" + created.body().get("id").asText());

        get(url, other).problem(404, "address_not_found");
        call("PUT", url, other, address("Evil", "10115", "DE"), "If-Match", created.header("ETag")).problem(404, "address_not_found");
        call("DELETE", url, other, null).problem(404, "address_not_found");
        assertEquals(0, get(portal("/addresses"), other).body().get("total").asInt());
        assertEquals(created.body(), get(url, owner).ok(200).body());
        get(portal("/addresses"), null).problem(401, "unauthorized");
    }

    /** Issue 12 row 7: parallel PUTs with the same If-Match, each also moving the default billing flag. */
    @Test
    void concurrentUpdatesWithOneVersionOneWinsTheOthersGet412() throws Exception {
        String token = token(buyer("addrrace", newCustomerNumber()));
        call("POST", portal("/addresses"), token, address("Hauptstraße", "10115", "DE")).ok(201);
        Reply second = call("POST", portal("/addresses"), token, address("Museumstraße", "1010", "AT")).ok(201);
        String url = portal("/addresses/" + second.body().get("id").asText());
        String etag = second.header("ETag");

        int requests = 8;
        List<Reply> replies = parallel(requests, i -> {
            Map<String, Object> body = address("Museumstraße", "10" + (10 + i), "AT");
            body.put("defaultBilling", true);
            return call("PUT", url, token, body, "If-Match", etag);
        });
        List<String> winners = new ArrayList<>();
        for (Reply r : replies) {
            if (r.status() == 200) {
                winners.add(r.body().get("postcode").asText());
            } else {
                r.problem(412, "version_conflict");
            }
        }
        assertEquals(1, winners.size(), "exactly one write wins: " + winners);
        JsonNode stored = get(url, token).ok(200).body();
        assertEquals(winners.get(0), stored.get("postcode").asText(), "the stored address is the winner's");
        JsonNode all = get(portal("/addresses"), token).ok(200).body();
        long billing = 0;
        for (JsonNode a : all.get("items")) {
            billing += a.get("defaultBilling").asBoolean() ? 1 : 0;
        }
        assertEquals(1, billing, "exactly one default billing address");
    }

    /** Parallel first addresses of a new customer: all are stored, exactly one holds each default. */
    @Test
    void concurrentFirstAddressesLeaveOneDefaultOfEach() throws Exception {
        String token = token(buyer("addrfirst", newCustomerNumber()));
        int requests = 6;
        List<Reply> replies = parallel(requests, i -> call("POST", portal("/addresses"), token,
                address("Weg " + i, "10115", "DE")));
        int created = 0;
        for (Reply r : replies) {
            if (r.status() == 201) {
                created++;
            } else {
                r.problem(409, "address_book_busy");
            }
        }
        JsonNode all = get(portal("/addresses"), token).ok(200).body();
        assertEquals(created, all.get("total").asInt());
        long billing = 0;
        long shipping = 0;
        for (JsonNode a : all.get("items")) {
            billing += a.get("defaultBilling").asBoolean() ? 1 : 0;
            shipping += a.get("defaultShipping").asBoolean() ? 1 : 0;
        }
        assertEquals(1, billing, "one default billing address");
        assertEquals(1, shipping, "one default shipping address");
    }
}
