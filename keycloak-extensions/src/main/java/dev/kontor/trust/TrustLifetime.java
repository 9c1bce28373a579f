package dev.kontor.trust;

import java.time.Duration;

/**
 * The time rules of a trusted browser, as pure functions of "now" so they can be tested without
 * a server. Times are epoch milliseconds unless a name says seconds; an expiry of {@code null}
 * means the trust lasts until the user deletes it.
 */
public final class TrustLifetime {

    /** Browsers cap cookie lifetimes at 400 days (RFC 6265bis), so "unlimited" means this long. */
    public static final Duration BROWSER_COOKIE_MAX_AGE = Duration.ofDays(400);

    /**
     * How stale "last used" may get. Writing it on every login would turn each trusted login
     * into a database write (row locks, replication, more CPU than a password-only login);
     * a quarter of an hour is precise enough for a "last used" column people read in days.
     */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(15);

    private TrustLifetime() {
    }

    /** A 24-hour skip and its kin: always limited, to the millisecond. */
    public static Duration skip(double hours) {
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("A skip must last a positive, finite time, not " + hours + " hours");
        }
        return Duration.ofMillis(Math.max(1, Math.round(hours * Duration.ofHours(1).toMillis())));
    }

    /** A saved browser: {@code days <= 0} means until deleted ({@code null}). */
    public static Duration saved(int days) {
        return days <= 0 ? null : Duration.ofDays(days);
    }

    public static Long expiresAt(Duration lifetime, long now) {
        return lifetime == null ? null : now + lifetime.toMillis();
    }

    public static boolean isActive(Long expiresAt, long now) {
        return expiresAt == null || now < expiresAt;
    }

    /** Cookie Max-Age: the time left, never more than browsers keep a cookie. */
    public static long cookieMaxAgeSeconds(Long expiresAt, long now) {
        long cap = BROWSER_COOKIE_MAX_AGE.toSeconds();
        if (expiresAt == null) {
            return cap;
        }
        long left = Math.max(0, (expiresAt - now + 999) / 1000);
        return Math.min(cap, left);
    }

    /** The token's {@code exp} (seconds): the row's expiry, or the cookie's end for unlimited rows. */
    public static long tokenExpirySeconds(Long expiresAt, long now) {
        return now / 1000 + cookieMaxAgeSeconds(expiresAt, now);
    }

    public static boolean isTouchDue(long lastUsedAt, long now) {
        return now - lastUsedAt >= TOUCH_INTERVAL.toMillis();
    }
}
