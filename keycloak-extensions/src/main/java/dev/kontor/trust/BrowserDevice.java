package dev.kontor.trust;

import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.account.DeviceRepresentation;

/**
 * The browser and operating system of the request, as Keycloak's own user-agent parser names them
 * ({@link DeviceRepresentationProvider}, the one behind the account console's "Device activity").
 * Kept on the trusted-browser row when it is saved, so the list shows what Keycloak shows and
 * nobody parses user agents a second time. Best effort on purpose: the name is a label, never a
 * security decision, and user agents lie. {@code null} means Keycloak could not tell.
 */
public record BrowserDevice(String browser, String os) {

    /** The name of a row whose browser and system are both unknown; the console shows its own words for it. */
    public static final String UNKNOWN_BROWSER = "Unknown browser";
    /** Length of the {@code BROWSER} and {@code OS} columns. */
    public static final int FIELD_LENGTH = 64;

    /** What ua-parser answers for a family it does not know. */
    private static final String OTHER = "Other";
    /** Keycloak writes the browser as "family/version". */
    private static final char VERSION_SEPARATOR = '/';

    /** The device of the request in {@code session}; both fields {@code null} without a (usable) User-Agent. */
    public static BrowserDevice ofRequest(KeycloakSession session) {
        DeviceRepresentationProvider devices = session.getProvider(DeviceRepresentationProvider.class);
        return of(devices == null ? null : devices.deviceRepresentation());
    }

    /** Keeps the families, drops versions (a saved browser outlives its version) and "Other". */
    static BrowserDevice of(DeviceRepresentation device) {
        if (device == null) {
            return new BrowserDevice(null, null);
        }
        String browser = device.getBrowser();
        int separator = browser == null ? -1 : browser.lastIndexOf(VERSION_SEPARATOR);
        return new BrowserDevice(known(separator < 0 ? browser : browser.substring(0, separator)), known(device.getOs()));
    }

    /** E.g. "Chrome on Windows", "Unknown browser on Linux", "Unknown browser". */
    public String name() {
        if (browser == null) {
            return os == null ? UNKNOWN_BROWSER : UNKNOWN_BROWSER + " on " + os;
        }
        return os == null ? browser : browser + " on " + os;
    }

    /** Cuts a header to a column's length; {@code null} stays {@code null}. */
    public static String clip(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }

    private static String known(String family) {
        if (family == null || family.isBlank() || OTHER.equalsIgnoreCase(family.trim())
                || DeviceRepresentation.UNKNOWN.equalsIgnoreCase(family.trim())) {
            return null;
        }
        return clip(family.trim(), FIELD_LENGTH);
    }
}
