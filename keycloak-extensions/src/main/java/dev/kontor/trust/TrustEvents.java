package dev.kontor.trust;

import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;

/**
 * Keycloak events for trusted browsers. Keycloak has no event type for them, so they use the
 * closest credential types (a trusted browser acts as a remembered sign-in factor) and say what
 * happened in {@value #ACTION}, which event listeners and the admin console's event search can filter on.
 */
public final class TrustEvents {

    public static final String ACTION = "kontor_action";
    public static final String KIND = "kontor_trust_kind";
    public static final String BROWSER_ID = "kontor_trusted_browser_id";
    public static final String COUNT = "kontor_deleted_count";

    public static final String BROWSER_TRUSTED = "browser_trusted";
    public static final String BROWSER_DELETED = "trusted_browser_deleted";
    public static final String ALL_BROWSERS_DELETED = "trusted_browsers_deleted";

    private TrustEvents() {
    }

    public static void browserTrusted(EventBuilder event, TrustedBrowserEntity browser) {
        event.event(EventType.UPDATE_CREDENTIAL)
                .detail(ACTION, BROWSER_TRUSTED)
                .detail(KIND, browser.getKind().name())
                .detail(BROWSER_ID, browser.getId())
                .success();
    }

    public static void browserDeleted(EventBuilder event, String browserId) {
        event.event(EventType.REMOVE_CREDENTIAL)
                .detail(ACTION, BROWSER_DELETED)
                .detail(BROWSER_ID, browserId)
                .success();
    }

    public static void allBrowsersDeleted(EventBuilder event, int count) {
        event.event(EventType.REMOVE_CREDENTIAL)
                .detail(ACTION, ALL_BROWSERS_DELETED)
                .detail(COUNT, String.valueOf(count))
                .success();
    }
}
