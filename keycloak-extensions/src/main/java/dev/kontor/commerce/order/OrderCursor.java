package dev.kontor.commerce.order;

import dev.kontor.http.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyset position after the last order of a page: its {@code placedAt} and id, as an opaque
 * URL-safe string. Newest first, ties broken by id, so pages never skip or repeat an order even
 * while new ones arrive.
 */
public record OrderCursor(long placedAt, String id) {

    private static final Pattern FORMAT = Pattern.compile("o1:(-?\\d{1,19}):([A-Za-z0-9-]{1,36})");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o1:" + placedAt + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code null} for a blank cursor (the first page); anything unreadable is a 400. */
    public static OrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            Matcher matcher = FORMAT.matcher(raw);
            if (matcher.matches()) {
                return new OrderCursor(Long.parseLong(matcher.group(1)), matcher.group(2));
            }
        } catch (IllegalArgumentException e) {
            // answered below (NumberFormatException is one too)
        }
        throw ProblemException.badParameter("'cursor' is not a cursor this API handed out.");
    }
}
