package dev.kontor.trust;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expiry, kind and settings rules of trusted browsers. */
class TrustRulesTest {

    private static final long NOW = 1_750_000_000_000L;
    private static final long HOUR = Duration.ofHours(1).toMillis();

    @Test
    void defaultSettingsAreTheSeedValues() {
        TrustSettings settings = TrustSettings.from(null);
        assertEquals(24, settings.skipHours());
        assertEquals(0, settings.savedDays());
        assertEquals("KONTOR_TRUST", settings.cookiePrefix());
        assertEquals(Duration.ofHours(24), settings.lifetimeOf(TrustedBrowserKind.SKIP));
        assertNull(settings.lifetimeOf(TrustedBrowserKind.SAVED), "saved browsers are unlimited by default");
    }

    @Test
    void configuredSettingsAreUsed() {
        TrustSettings settings = TrustSettings.from(Map.of("skipHours", "2", "savedDays", "30", "cookiePrefix", "SHOP"));
        assertEquals(Duration.ofHours(2), settings.lifetimeOf(TrustedBrowserKind.SKIP));
        assertEquals(Duration.ofDays(30), settings.lifetimeOf(TrustedBrowserKind.SAVED));
        assertEquals("SHOP", settings.cookiePrefix());
    }

    @Test
    void brokenSettingsFallBackInsteadOfFailingTheLogin() {
        TrustSettings settings = TrustSettings.from(Map.of("skipHours", "0", "savedDays", "-3", "cookiePrefix", "a b"));
        assertEquals(24, settings.skipHours());
        assertEquals(0, settings.savedDays());
        assertEquals("KONTOR_TRUST", settings.cookiePrefix());
        assertEquals(24, TrustSettings.from(Map.of("skipHours", "a day")).skipHours());
        assertEquals(24, TrustSettings.from(Map.of("skipHours", "NaN")).skipHours());
        assertEquals(24, TrustSettings.from(Map.of("skipHours", "-1")).skipHours());
    }

    @Test
    void skipDurationMayBeAFractionOfAnHour() {
        TrustSettings halfHour = TrustSettings.from(Map.of("skipHours", "0.5"));
        assertEquals(NOW + 30 * 60_000L, TrustLifetime.expiresAt(halfHour.lifetimeOf(TrustedBrowserKind.SKIP), NOW));
    }

    @Test
    void aSkipIsAlwaysLimited() {
        assertThrows(IllegalArgumentException.class, () -> TrustLifetime.skip(0));
        assertEquals(NOW + 24 * HOUR, TrustLifetime.expiresAt(TrustLifetime.skip(24), NOW));
    }

    @Test
    void aSkipEndsExactlyAtItsExpiry() {
        long expiresAt = TrustLifetime.expiresAt(TrustLifetime.skip(24), NOW);
        assertTrue(TrustLifetime.isActive(expiresAt, NOW + 24 * HOUR - 1));
        assertFalse(TrustLifetime.isActive(expiresAt, NOW + 24 * HOUR));
    }

    @Test
    void anUnlimitedSavedBrowserNeverExpiresOnTheServer() {
        Long expiresAt = TrustLifetime.expiresAt(TrustLifetime.saved(0), NOW);
        assertNull(expiresAt);
        assertTrue(TrustLifetime.isActive(expiresAt, NOW + Duration.ofDays(5000).toMillis()));
    }

    @Test
    void cookieLivesAsLongAsTheTrustButAtMostFourHundredDays() {
        assertEquals(24 * 3600, TrustLifetime.cookieMaxAgeSeconds(NOW + 24 * HOUR, NOW));
        assertEquals(400L * 24 * 3600, TrustLifetime.cookieMaxAgeSeconds(null, NOW));
        assertEquals(400L * 24 * 3600, TrustLifetime.cookieMaxAgeSeconds(NOW + Duration.ofDays(900).toMillis(), NOW));
        assertEquals(0, TrustLifetime.cookieMaxAgeSeconds(NOW - HOUR, NOW));
    }

    @Test
    void tokenExpiresWithTheRow() {
        assertEquals((NOW + 24 * HOUR) / 1000, TrustLifetime.tokenExpirySeconds(NOW + 24 * HOUR, NOW));
        assertEquals(NOW / 1000 + 400L * 24 * 3600, TrustLifetime.tokenExpirySeconds(null, NOW));
    }

    @Test
    void lastUsedIsWrittenAtMostEveryFifteenMinutes() {
        assertFalse(TrustLifetime.isTouchDue(NOW, NOW + Duration.ofMinutes(14).toMillis()));
        assertTrue(TrustLifetime.isTouchDue(NOW, NOW + Duration.ofMinutes(15).toMillis()));
    }

    @Test
    void onlyAClearChoiceTrustsTheBrowser() {
        assertEquals(TrustChoice.SKIP, TrustChoice.fromFormValue("skip"));
        assertEquals(TrustChoice.SAVE, TrustChoice.fromFormValue("save"));
        assertEquals(TrustChoice.NONE, TrustChoice.fromFormValue("none"));
        assertEquals(TrustChoice.NONE, TrustChoice.fromFormValue(null));
        assertEquals(TrustChoice.NONE, TrustChoice.fromFormValue("SAVE"));
        assertEquals(TrustChoice.NONE, TrustChoice.fromFormValue("yes"));
    }

    @Test
    void kindClaimsAreOursOnly() {
        assertEquals(TrustedBrowserKind.SAVED, TrustedBrowserKind.fromClaim("SAVED"));
        assertEquals(TrustedBrowserKind.SKIP, TrustedBrowserKind.fromClaim("SKIP"));
        assertNull(TrustedBrowserKind.fromClaim("ADMIN"));
        assertNull(TrustedBrowserKind.fromClaim(null));
    }
}
