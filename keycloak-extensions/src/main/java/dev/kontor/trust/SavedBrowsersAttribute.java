package dev.kontor.trust;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A read-only mirror of a user's saved browsers in the user attribute {@value #NAME}, so that
 * admins see them on the user's Details tab in the admin console (the user profile declares it
 * visible to admins and editable by nobody). The table stays the truth; this is refreshed on every
 * change of saved browsers. "Last used" is left out on purpose: it would turn logins into writes.
 */
public final class SavedBrowsersAttribute {

    public static final String NAME = "kontorSavedBrowsers";
    static final int MAX_LISTED = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private SavedBrowsersAttribute() {
    }

    public static void refresh(KeycloakSession session, RealmModel realm, UserModel user) {
        List<String> lines = new TrustedBrowserStore(session).listSaved(realm.getId(), user.getId(), 0, MAX_LISTED).stream()
                .map(SavedBrowsersAttribute::line)
                .toList();
        if (lines.isEmpty()) {
            user.removeAttribute(NAME);
        } else if (!lines.equals(user.getAttributeStream(NAME).toList())) {
            user.setAttribute(NAME, lines);
        }
    }

    static String line(TrustedBrowserEntity browser) {
        return line(browser.getName(), browser.getCreatedAt());
    }

    /** E.g. "Chrome on Windows, saved 2026-11-21". */
    static String line(String name, long createdAt) {
        return name + ", saved " + DAY.format(Instant.ofEpochMilli(createdAt));
    }
}
