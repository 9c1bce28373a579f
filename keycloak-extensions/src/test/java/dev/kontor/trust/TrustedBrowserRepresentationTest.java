package dev.kontor.trust;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedBrowserRepresentationTest {

    @Test
    void anUnlimitedBrowserSaysSoEvenUnderKeycloaksNonNullMapper() throws Exception {
        TrustedBrowserEntity row = new TrustedBrowserEntity();
        row.setId("b-1");
        row.setKind(TrustedBrowserKind.SAVED);
        row.setName("Firefox on Linux");
        row.setBrowser("Firefox");
        row.setOs("Linux");
        row.setUserAgent("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0");
        row.setCreatedAt(1000);
        row.setLastUsedAt(2000);
        ObjectMapper keycloakLike = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

        JsonNode json = keycloakLike.readTree(keycloakLike.writeValueAsString(TrustedBrowserRepresentation.of(row, "b-1")));

        assertEquals("b-1", json.get("id").asText());
        assertEquals("saved", json.get("kind").asText());
        assertEquals("Firefox on Linux", json.get("name").asText());
        assertEquals("Firefox", json.get("browser").asText());
        assertEquals("Linux", json.get("os").asText());
        assertEquals(1000, json.get("createdAt").asLong());
        assertEquals(2000, json.get("lastUsedAt").asLong());
        assertTrue(json.has("expiresAt") && json.get("expiresAt").isNull());
        assertTrue(json.get("current").asBoolean());
    }

    @Test
    void aTwentyFourHourSkipIsListedAsSkipWithItsEnd() throws Exception {
        TrustedBrowserEntity row = new TrustedBrowserEntity();
        row.setId("s-1");
        row.setKind(TrustedBrowserKind.SKIP);
        row.setCreatedAt(1000);
        row.setLastUsedAt(1000);
        row.setExpiresAt(1000 + 86_400_000L);

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(TrustedBrowserRepresentation.of(row, null)));

        assertEquals("skip", json.get("kind").asText());
        assertTrue(json.has("browser") && json.get("browser").isNull(), "a row saved before Keycloak's names were kept");
        assertEquals(1000 + 86_400_000L, json.get("expiresAt").asLong());
        assertTrue(!json.get("current").asBoolean());
    }
}
