package dev.kontor.trust;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustCookieTest {

    private static final String REALM = "0f4a7c2e-1111-4a4a-9b9b-000000000001";
    private static final String ANNA = "6d1e2f3a-2222-4b4b-8c8c-000000000002";
    private static final String JOHN = "6d1e2f3a-2222-4b4b-8c8c-000000000003";

    @Test
    void nameIsPrefixAndSixteenHexOfRealmAndUser() {
        String name = TrustCookie.name("KONTOR_TRUST", REALM, ANNA);
        assertTrue(name.matches("KONTOR_TRUST_[0-9a-f]{16}"), name);
    }

    @Test
    void nameIsStable() {
        assertEquals(TrustCookie.name("KONTOR_TRUST", REALM, ANNA), TrustCookie.name("KONTOR_TRUST", REALM, ANNA));
    }

    @Test
    void nameIsTheFirstSixteenHexOfSha256() {
        // sha256("r:u") starts with 8df1cb36ac44d3ee (printf "r:u" | sha256sum).
        assertEquals("KONTOR_TRUST_" + "8df1cb36ac44d3ee", TrustCookie.name(null, "r", "u"));
    }

    @Test
    void differentUsersOfOneBrowserGetDifferentCookies() {
        assertNotEquals(TrustCookie.name("KONTOR_TRUST", REALM, ANNA), TrustCookie.name("KONTOR_TRUST", REALM, JOHN));
    }

    @Test
    void theSameUserIdInAnotherRealmGetsAnotherCookie() {
        assertNotEquals(TrustCookie.name("KONTOR_TRUST", REALM, ANNA), TrustCookie.name("KONTOR_TRUST", "other-realm", ANNA));
    }

    @Test
    void nameDoesNotRevealTheUserId() {
        assertFalse(TrustCookie.name("KONTOR_TRUST", REALM, ANNA).contains(ANNA));
    }

    @Test
    void suffixIsTheSameUnderEveryPrefix() {
        String suffix = TrustCookie.userSuffix(REALM, ANNA);
        assertEquals("MY_TRUST_" + suffix, TrustCookie.name("MY_TRUST", REALM, ANNA));
        assertEquals(TrustCookie.DEFAULT_PREFIX + "_" + suffix, TrustCookie.name(null, REALM, ANNA));
    }

    @Test
    void brokenPrefixesFallBackToTheDefault() {
        assertEquals("KONTOR_TRUST", TrustCookie.prefixOrDefault(null));
        assertEquals("KONTOR_TRUST", TrustCookie.prefixOrDefault(""));
        assertEquals("KONTOR_TRUST", TrustCookie.prefixOrDefault("bad name;"));
        assertEquals("KONTOR_TRUST", TrustCookie.prefixOrDefault("a=b"));
        assertEquals("Shop-2FA_trust", TrustCookie.prefixOrDefault(" Shop-2FA_trust "));
    }
}
