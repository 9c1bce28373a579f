package dev.kontor.trust;

/**
 * Turns a {@code User-Agent} header into a name a person recognises in a list of saved
 * browsers, such as "Chrome on Windows". Best effort on purpose: the name is a label, never a
 * security decision, and user agents lie.
 */
public final class BrowserNames {

    public static final String UNKNOWN_BROWSER = "Unknown browser";

    private BrowserNames() {
    }

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN_BROWSER;
        }
        String browser = browser(userAgent);
        String system = operatingSystem(userAgent);
        if (browser == null) {
            return system == null ? UNKNOWN_BROWSER : UNKNOWN_BROWSER + " on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    /** Cuts a header to a column's length; {@code null} stays {@code null}. */
    public static String clip(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static String browser(String ua) {
        if (ua.contains("Edg/") || ua.contains("Edge/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) {
            return "Edge";
        }
        if (ua.contains("OPR/") || ua.contains("Opera")) {
            return "Opera";
        }
        if (ua.contains("SamsungBrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Chromium/")) {
            return "Chromium";
        }
        if (ua.contains("Chrome/") || ua.contains("CriOS/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/") && ua.contains("Version/")) {
            return "Safari";
        }
        return null;
    }

    // Order matters: iOS says "like Mac OS X", Android says "Linux".
    private static String operatingSystem(String ua) {
        if (ua.contains("iPhone")) {
            return "iPhone";
        }
        if (ua.contains("iPad")) {
            return "iPad";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Macintosh") || ua.contains("Mac OS X")) {
            return "macOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return null;
    }
}
