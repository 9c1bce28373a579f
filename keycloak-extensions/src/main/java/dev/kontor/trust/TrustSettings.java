package dev.kontor.trust;

import java.time.Duration;
import java.util.Map;

/**
 * The admin-tunable settings of the trusted-browser authenticators, read from an authenticator
 * config. Missing or broken values fall back to the defaults instead of failing a login.
 */
public record TrustSettings(double skipHours, int savedDays, String cookiePrefix) {

    public static final String SKIP_HOURS = "skipHours";
    public static final String SAVED_DAYS = "savedDays";
    public static final String COOKIE_PREFIX = "cookiePrefix";

    public static final double DEFAULT_SKIP_HOURS = 24;
    public static final int DEFAULT_SAVED_DAYS = 0;

    public static final TrustSettings DEFAULTS =
            new TrustSettings(DEFAULT_SKIP_HOURS, DEFAULT_SAVED_DAYS, TrustCookie.DEFAULT_PREFIX);

    public static TrustSettings from(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        double skipHours = parseHours(config.get(SKIP_HOURS));
        int savedDays = parse(config.get(SAVED_DAYS), DEFAULT_SAVED_DAYS);
        return new TrustSettings(skipHours,
                Math.max(0, savedDays),
                TrustCookie.prefixOrDefault(config.get(COOKIE_PREFIX)));
    }

    public Duration lifetimeOf(TrustedBrowserKind kind) {
        return kind == TrustedBrowserKind.SKIP ? TrustLifetime.skip(skipHours) : TrustLifetime.saved(savedDays);
    }

    /**
     * Hours, decimals allowed ("0.5" is half an hour). Zero, negative, non-finite or unreadable
     * values fall back to 24: a skip must always end, and a typo must not switch the code off.
     */
    private static double parseHours(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SKIP_HOURS;
        }
        try {
            double hours = Double.parseDouble(value.trim());
            return Double.isFinite(hours) && hours > 0 ? hours : DEFAULT_SKIP_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_SKIP_HOURS;
        }
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
