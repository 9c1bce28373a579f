package dev.kontor.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares the name a customer types with the one in the directory. "Müller", "MUELLER",
 * " mueller " and "Muller" must not all be different customers to a person at a keyboard, so
 * names are reduced to a key: lower case, German umlauts and ß spelled out (ä→ae, ö→oe, ü→ue,
 * ß→ss), other accents dropped (é→e), and every run of spaces, hyphens, dots, commas and
 * apostrophes removed. Two names match when their keys are equal.
 */
public final class CustomerNames {

    private CustomerNames() {
    }

    /** The comparison key of a name; empty for {@code null} or a name of only separators. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ä' -> spelled.append("ae");
                case 'ö' -> spelled.append("oe");
                case 'ü' -> spelled.append("ue");
                case 'ß' -> spelled.append("ss");
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ø' -> spelled.append('o');
                default -> spelled.append(c);
            }
        }
        // Remaining accents (é, à, ñ, å …) are base letter + combining mark after NFD; drop the marks.
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '&') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Whether the typed name is the directory's name, up to case, spacing, umlaut spelling and accents. */
    public static boolean matches(String typed, String onRecord) {
        String typedKey = normalise(typed);
        return !typedKey.isEmpty() && java.security.MessageDigest.isEqual(
                typedKey.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                normalise(onRecord).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
