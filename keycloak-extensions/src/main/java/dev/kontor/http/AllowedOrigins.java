package dev.kontor.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of web origins as configured on clients ({@code https://shop.example}, or {@code *}),
 * and the test whether a browser's {@code Origin} header is among them.
 */
public final class AllowedOrigins {

    private static final String WILDCARD = "*";

    private final Set<String> origins;

    public AllowedOrigins(Collection<String> configured) {
        this.origins = configured.stream()
                .filter(o -> o != null && !o.isBlank())
                .map(AllowedOrigins::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String origin) {
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            // "null" is what sandboxed frames and file: pages send; never trust it.
            return false;
        }
        return origins.contains(WILDCARD) || origins.contains(normalise(origin));
    }

    /** Scheme and host are case-insensitive; a trailing slash in the config is a common typo. */
    static String normalise(String origin) {
        String trimmed = origin.trim();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
