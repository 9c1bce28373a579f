package dev.kontor.trust;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Locale;

/**
 * A trusted browser as the customer API shows it. {@code kind} is {@code saved} (the user saved it)
 * or {@code skip} (a 24-hour skip). Times are epoch milliseconds; {@code expiresAt} is {@code null}
 * for "until deleted"; {@code current} marks the browser that sent the request.
 * {@code name} is the server's English label ("Chrome on Windows"); {@code browser} and {@code os}
 * are Keycloak's families it was made of, for clients that say "on" in their own language. Both are
 * {@code null} when unknown and on rows saved before they were kept: then {@code name} is all there is.
 * The {@code null} is written out (Keycloak's mapper would drop it) so clients see "never" explicitly.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrustedBrowserRepresentation(String id, String kind, String name, String browser, String os,
                                           String userAgent, long createdAt, long lastUsedAt, Long expiresAt,
                                           boolean current) {

    static TrustedBrowserRepresentation of(TrustedBrowserEntity browser, String currentBrowserId) {
        return new TrustedBrowserRepresentation(browser.getId(), browser.getKind().name().toLowerCase(Locale.ROOT),
                browser.getName(), browser.getBrowser(), browser.getOs(), browser.getUserAgent(),
                browser.getCreatedAt(), browser.getLastUsedAt(), browser.getExpiresAt(),
                browser.getId().equals(currentBrowserId));
    }

    /** One page of trusted browsers and how many there are in all. */
    public record Page(List<TrustedBrowserRepresentation> items, long total) {
    }

    /** The answer to "delete all": how many rows went, saved browsers and 24-hour skips together. */
    public record Deleted(int deleted) {
    }
}
