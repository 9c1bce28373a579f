package dev.kontor.secondfactor;

/**
 * Masks an email address for display on the code page ("a•••@example.com"): enough for the
 * owner to recognise their address, too little for someone who only has the password to learn it.
 */
public final class EmailMasker {

    static final String DOTS = "\u2022\u2022\u2022";

    private EmailMasker() {
    }

    public static String mask(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return trimmed.charAt(0) + DOTS;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + DOTS + trimmed.substring(at);
    }
}
