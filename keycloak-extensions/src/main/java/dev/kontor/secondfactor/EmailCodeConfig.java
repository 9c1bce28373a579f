package dev.kontor.secondfactor;

import java.util.Map;

/**
 * The admin-tunable limits of the email code, parsed from authenticator (or required-action)
 * config. Unparsable or out-of-range values fall back to the default instead of failing the
 * login, because a typo in the admin console must not lock every customer out. The lifetime is
 * capped at 600 s (NIST SP 800-63B allows at most 10 minutes for an out-of-band code).
 */
public record EmailCodeConfig(int codeLength, int codeLifetimeSeconds, int maxAttempts,
                              int resendCooldownSeconds, int maxResends, int maxCodesPerWindow, int codeWindowSeconds) {

    public static final String CODE_LENGTH = "codeLength";
    public static final String CODE_LIFETIME_SECONDS = "codeLifetimeSeconds";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String RESEND_COOLDOWN_SECONDS = "resendCooldownSeconds";
    public static final String MAX_RESENDS = "maxResends";
    public static final String MAX_CODES_PER_WINDOW = "maxCodesPerWindow";
    public static final String CODE_WINDOW_SECONDS = "codeWindowSeconds";

    public static final int DEFAULT_CODE_LENGTH = 6;
    public static final int MIN_CODE_LENGTH = 6;
    public static final int MAX_CODE_LENGTH = 10;
    public static final int DEFAULT_CODE_LIFETIME_SECONDS = 300;
    public static final int MIN_CODE_LIFETIME_SECONDS = 60;
    public static final int MAX_CODE_LIFETIME_SECONDS = 600;
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final int MAX_MAX_ATTEMPTS = 10;
    public static final int DEFAULT_RESEND_COOLDOWN_SECONDS = 30;
    public static final int MIN_RESEND_COOLDOWN_SECONDS = 5;
    public static final int MAX_RESEND_COOLDOWN_SECONDS = 3600;
    public static final int DEFAULT_MAX_RESENDS = 3;
    public static final int MAX_MAX_RESENDS = 10;
    public static final int DEFAULT_MAX_CODES_PER_WINDOW = 10;
    public static final int MAX_MAX_CODES_PER_WINDOW = 100;
    public static final int DEFAULT_CODE_WINDOW_SECONDS = 900;
    public static final int MIN_CODE_WINDOW_SECONDS = 60;
    public static final int MAX_CODE_WINDOW_SECONDS = 86400;

    public static final EmailCodeConfig DEFAULTS = new EmailCodeConfig(DEFAULT_CODE_LENGTH,
            DEFAULT_CODE_LIFETIME_SECONDS, DEFAULT_MAX_ATTEMPTS, DEFAULT_RESEND_COOLDOWN_SECONDS, DEFAULT_MAX_RESENDS,
            DEFAULT_MAX_CODES_PER_WINDOW, DEFAULT_CODE_WINDOW_SECONDS);

    /** @param config the raw config map, may be {@code null} (no config saved yet) */
    public static EmailCodeConfig from(Map<String, String> config) {
        Map<String, String> c = config == null ? Map.of() : config;
        int lifetime = parse(c.get(CODE_LIFETIME_SECONDS), MIN_CODE_LIFETIME_SECONDS, Integer.MAX_VALUE,
                DEFAULT_CODE_LIFETIME_SECONDS);
        return new EmailCodeConfig(
                parse(c.get(CODE_LENGTH), MIN_CODE_LENGTH, MAX_CODE_LENGTH, DEFAULT_CODE_LENGTH),
                Math.min(lifetime, MAX_CODE_LIFETIME_SECONDS),
                parse(c.get(MAX_ATTEMPTS), 1, MAX_MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS),
                parse(c.get(RESEND_COOLDOWN_SECONDS), MIN_RESEND_COOLDOWN_SECONDS, MAX_RESEND_COOLDOWN_SECONDS,
                        DEFAULT_RESEND_COOLDOWN_SECONDS),
                parse(c.get(MAX_RESENDS), 0, MAX_MAX_RESENDS, DEFAULT_MAX_RESENDS),
                parse(c.get(MAX_CODES_PER_WINDOW), 1, MAX_MAX_CODES_PER_WINDOW, DEFAULT_MAX_CODES_PER_WINDOW),
                parse(c.get(CODE_WINDOW_SECONDS), MIN_CODE_WINDOW_SECONDS, MAX_CODE_WINDOW_SECONDS,
                        DEFAULT_CODE_WINDOW_SECONDS));
    }

    /** The lifetime as whole minutes for the mail and the page (rounded up, at least 1). */
    public int codeLifetimeMinutes() {
        return Math.max(1, (codeLifetimeSeconds + 59) / 60);
    }

    static int parse(String raw, int min, int max, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
