package dev.kontor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, SHA1, 8 digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471",
            "1234567890, 89005924", "2000000000, 69279037", "20000000000, 65353130"})
    void matchesRfc6238TestVectors(long time, String expected) {
        assertEquals(expected, new Totp(RFC_SECRET, 8, 30).codeAt(time));
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "20000000000, 353130"})
    void keycloakDefaultHasSixDigits(long time, String expected) {
        assertEquals(expected, Totp.keycloakDefault(RFC_SECRET).codeAt(time));
    }
}
