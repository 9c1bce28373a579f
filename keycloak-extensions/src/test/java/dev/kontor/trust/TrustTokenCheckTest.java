package dev.kontor.trust;

import org.junit.jupiter.api.Test;
import org.keycloak.jose.jws.JWSBuilder;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.crypto.HMACProvider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim and row checks behind {@link TrustedBrowsers#isTrusted}. Signing and verifying use
 * Keycloak's HMAC code with a test key, standing in for the realm's key in {@code session.tokens()}.
 */
class TrustTokenCheckTest {

    private static final byte[] KEY = "a-test-hmac-key-of-at-least-64-bytes-a-test-hmac-key-of-at-least-64".getBytes(StandardCharsets.UTF_8);
    private static final String REALM = "realm-1";
    private static final String ANNA = "user-anna";
    private static final String JOHN = "user-john";
    private static final long NOW = 1_750_000_000L;

    private static TrustToken annaToken(long exp) {
        return TrustToken.issue("row-1", REALM, ANNA, TrustedBrowserKind.SKIP, NOW, exp);
    }

    /** What {@code session.tokens().decode} does: the token if the signature holds, else null. */
    private static TrustToken decode(String jws) {
        try {
            JWSInput input = new JWSInput(jws);
            return HMACProvider.verify(input, KEY) ? input.readJsonContent(TrustToken.class) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String sign(TrustToken token) {
        return new JWSBuilder().jsonContent(token).hmac512(KEY);
    }

    @Test
    void aSignedTokenOfThisUserRoundTripsAndIsAccepted() {
        TrustToken decoded = decode(sign(annaToken(NOW + 3600)));
        assertNotNull(decoded);
        assertEquals("row-1", decoded.getId());
        assertEquals(ANNA, decoded.getSubject());
        assertEquals(REALM, decoded.getRealmId());
        assertEquals("SKIP", decoded.getKind());
        assertTrue(TrustTokenCheck.accepts(decoded, REALM, ANNA, NOW));
    }

    @Test
    void anotherUsersTokenIsRejected() {
        assertFalse(TrustTokenCheck.accepts(decode(sign(annaToken(NOW + 3600))), REALM, JOHN, NOW));
    }

    @Test
    void aTokenOfAnotherRealmIsRejected() {
        assertFalse(TrustTokenCheck.accepts(decode(sign(annaToken(NOW + 3600))), "realm-2", ANNA, NOW));
    }

    @Test
    void anExpiredTokenIsRejected() {
        TrustToken token = decode(sign(annaToken(NOW + 3600)));
        assertTrue(TrustTokenCheck.accepts(token, REALM, ANNA, NOW + 3599));
        assertFalse(TrustTokenCheck.accepts(token, REALM, ANNA, NOW + 3600));
    }

    @Test
    void aTamperedTokenFailsTheSignatureAndIsRejected() {
        String[] parts = sign(annaToken(NOW + 3600)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(ANNA, JOHN);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        TrustToken decoded = decode(forged);
        assertNull(decoded);
        assertFalse(TrustTokenCheck.accepts(decoded, REALM, JOHN, NOW));
    }

    @Test
    void garbageIsRejected() {
        assertFalse(TrustTokenCheck.accepts(decode("not-a-token"), REALM, ANNA, NOW));
    }

    @Test
    void aTokenWithoutOurTypeIsRejected() {
        TrustToken token = annaToken(NOW + 3600);
        token.type("Bearer");
        assertFalse(TrustTokenCheck.accepts(decode(sign(token)), REALM, ANNA, NOW));
    }

    @Test
    void aTokenWithoutExpiryIsRejected() {
        TrustToken token = annaToken(NOW + 3600);
        token.exp(null);
        assertFalse(TrustTokenCheck.accepts(decode(sign(token)), REALM, ANNA, NOW));
    }

    @Test
    void theRowDecidesToo() {
        TrustToken token = annaToken(NOW + 3600);
        long nowMillis = NOW * 1000;
        assertTrue(TrustTokenCheck.acceptsRow(token, row(ANNA, TrustedBrowserKind.SKIP, nowMillis + 1000), nowMillis));
        assertFalse(TrustTokenCheck.acceptsRow(token, null, nowMillis), "deleted row: revoked");
        assertFalse(TrustTokenCheck.acceptsRow(token, row(JOHN, TrustedBrowserKind.SKIP, null), nowMillis));
        assertFalse(TrustTokenCheck.acceptsRow(token, row(ANNA, TrustedBrowserKind.SAVED, null), nowMillis));
        assertFalse(TrustTokenCheck.acceptsRow(token, row(ANNA, TrustedBrowserKind.SKIP, nowMillis), nowMillis),
                "expired row");
    }

    private static TrustedBrowserEntity row(String userId, TrustedBrowserKind kind, Long expiresAt) {
        TrustedBrowserEntity row = new TrustedBrowserEntity();
        row.setId("row-1");
        row.setRealmId(REALM);
        row.setUserId(userId);
        row.setKind(kind);
        row.setExpiresAt(expiresAt);
        return row;
    }
}
