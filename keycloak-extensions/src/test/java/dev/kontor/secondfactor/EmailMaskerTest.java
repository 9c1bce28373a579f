package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailMaskerTest {

    @Test
    void keepsTheFirstCharacterAndTheDomain() {
        assertEquals("a\u2022\u2022\u2022@example.com", EmailMasker.mask("anna.schmidt@example.com"));
        assertEquals("j\u2022\u2022\u2022@example.com", EmailMasker.mask("j@example.com"));
    }

    @Test
    void usesTheLastAtSign() {
        assertEquals("\"\u2022\u2022\u2022@example.com", EmailMasker.mask("\"a@b\"@example.com"));
    }

    @Test
    void handlesMissingOrOddAddresses() {
        assertEquals("", EmailMasker.mask(null));
        assertEquals("", EmailMasker.mask("  "));
        assertEquals("n\u2022\u2022\u2022", EmailMasker.mask("no-at-sign"));
        assertEquals("@\u2022\u2022\u2022", EmailMasker.mask("@example.com"));
    }
}
