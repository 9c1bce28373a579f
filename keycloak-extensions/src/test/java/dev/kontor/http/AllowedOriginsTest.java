package dev.kontor.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedOriginsTest {

    private final AllowedOrigins shop = new AllowedOrigins(List.of("https://shop.example", "http://localhost:3000/"));

    @Test
    void allowsConfiguredOriginsIgnoringCaseAndTrailingSlash() {
        assertTrue(shop.allows("https://shop.example"));
        assertTrue(shop.allows("HTTPS://Shop.Example"));
        assertTrue(shop.allows("http://localhost:3000"));
    }

    @Test
    void rejectsOtherSchemesPortsAndHosts() {
        assertFalse(shop.allows("http://shop.example"));
        assertFalse(shop.allows("https://shop.example:8443"));
        assertFalse(shop.allows("https://evil.example"));
        assertFalse(shop.allows("https://shop.example.evil.example"));
    }

    @Test
    void rejectsMissingAndOpaqueOrigins() {
        assertFalse(shop.allows(null));
        assertFalse(shop.allows(""));
        assertFalse(shop.allows("null"));
        assertFalse(new AllowedOrigins(List.of("*")).allows("null"));
    }

    @Test
    void wildcardAllowsAnyRealOrigin() {
        assertTrue(new AllowedOrigins(List.of("*")).allows("https://anything.example"));
    }

    @Test
    void emptyConfigurationAllowsNothing() {
        assertFalse(new AllowedOrigins(List.of()).allows("https://shop.example"));
    }
}
