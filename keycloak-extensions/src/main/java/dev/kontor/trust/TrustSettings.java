package dev.kontor.trust;

import java.time.Duration;
import java.util.Map;

/**
 * The admin-tunable settings of the trusted-browser authenticators, read from an authenticator
 * config. Missing or broken values fall back to the defaults instead of failing a login.
 */
public record TrustSettings(int skipHours, int savedDays, String cookiePrefix) {

    public static final String SKIP_HOURS = "skipHours";
    public static final String SAVED_DAYS = "savedDays";
    public static final String COOKIE_PREFIX = "cookiePrefix";

    public static final int DEFAULT_SKIP_HOURS = 24;
    public static final int DEFAULT_SAVED_DAYS = 0;

    public static final TrustSettings DEFAULTS =
            new TrustSettings(DEFAULT_SKIP_HOURS, DEFAULT_SAVED_DAYS, TrustCookie.DEFAULT_PREFIX);

    public static TrustSettings from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        int skipHours = parse(config.get(SKIP_HOURS), DEFAULT_SKIP_HOURS);
        int savedDays = parse(config.get(SAVED_DAYS), DEFAULT_SAVED_DAYS);
        return new TrustSettings(skipHours < 1 ? DEFAULT_SKIP_HOURS : skipHours,
                Math.max(0, savedDays),
                TrustCookie.prefixOrDefault(config.get(COOKIE_PREFIX)));
    }

    public Duration lifetimeOf(TrustedBrowserKind kind) {
        return kind == TrustedBrowserKind.SKIP ? TrustLifetime.skip(skipHours) : TrustLifetime.saved(savedDays);
    }

    private static int parse(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
