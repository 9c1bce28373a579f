package dev.kontor.customer;

import java.util.regex.Pattern;

/**
 * The shape of a customer number, the same as the user-profile attribute {@code customerNumber}
 * validates: 5 to 10 digits. Typed numbers are trimmed and inner spaces removed ("100 001").
 */
public final class CustomerNumbers {

    private static final Pattern VALID = Pattern.compile("[0-9]{5,10}");

    private CustomerNumbers() {
    }

    /** The number as stored, or {@code null} when the input is not a customer number. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("\\s+", "");
        return VALID.matcher(compact).matches() ? compact : null;
    }
}
