package dev.kontor.trust;

import jakarta.ws.rs.core.Cookie;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.time.Duration;

/**
 * The login side of trusted browsers: is this browser trusted for this user, and trusting it.
 * Forgetting is deleting the row: a cookie is worthless without its row.
 * A browser is trusted only when its cookie verifies (signature, realm, user, expiry) and the row
 * it names still stands, so deleting rows revokes trust at once on every node.
 * <p>
 * Uses Keycloak's {@link Time}, so tests that move the server clock move trust expiry as well.
 */
public final class TrustedBrowsers {

    private final String cookiePrefix;

    public TrustedBrowsers(String cookiePrefix) {
        this.cookiePrefix = TrustCookie.prefixOrDefault(cookiePrefix);
    }

    public boolean isTrusted(KeycloakSession session, RealmModel realm, UserModel user) {
        long now = Time.currentTimeMillis();
        String cookieName = TrustCookie.name(cookiePrefix, realm.getId(), user.getId());
        TrustedBrowserEntity row = verifiedRow(session, realm, user, TrustCookie.read(session, cookieName), now);
        if (row == null) {
            return false;
        }
        if (TrustLifetime.isTouchDue(row.getLastUsedAt(), now)) {
            new TrustedBrowserStore(session).touch(row, now);
            if (row.getExpiresAt() == null) {
                // Unlimited saved browsers would still fall out after the browsers' 400-day cookie
                // cap; renewing on use keeps a browser in use saved, as the user asked.
                setCookie(session, cookieName, row, now);
            }
        }
        return true;
    }

    public TrustedBrowserEntity trust(KeycloakSession session, RealmModel realm, UserModel user,
                                      TrustedBrowserKind kind, Duration lifetime) {
        long now = Time.currentTimeMillis();
        TrustedBrowserStore store = new TrustedBrowserStore(session);
        store.deleteExpiredForUser(realm.getId(), user.getId(), now);
        String userAgent = session.getContext().getRequestHeaders().getHeaderString("User-Agent");
        TrustedBrowserEntity row = store.create(realm.getId(), user.getId(), kind, userAgent,
                BrowserDevice.ofRequest(session), now, TrustLifetime.expiresAt(lifetime, now));
        setCookie(session, TrustCookie.name(cookiePrefix, realm.getId(), user.getId()), row, now);
        return row;
    }

    /**
     * The id of the row this browser's cookie for the user names and that still stands, under any
     * cookie prefix; {@code null} when there is none. Used to mark "this browser" in lists.
     */
    public static String currentBrowserId(KeycloakSession session, RealmModel realm, UserModel user) {
        long now = Time.currentTimeMillis();
        for (Cookie cookie : TrustCookie.readAnyPrefix(session, realm.getId(), user.getId()).values()) {
            TrustedBrowserEntity row = verifiedRow(session, realm, user, cookie.getValue(), now);
            if (row != null) {
                return row.getId();
            }
        }
        return null;
    }

    private static TrustedBrowserEntity verifiedRow(KeycloakSession session, RealmModel realm, UserModel user,
                                                    String cookieValue, long now) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return null;
        }
        TrustToken token = session.tokens().decode(cookieValue, TrustToken.class);
        if (!TrustTokenCheck.accepts(token, realm.getId(), user.getId(), now / 1000)) {
            return null;
        }
        TrustedBrowserEntity row = new TrustedBrowserStore(session).findForUser(realm.getId(), user.getId(), token.getId());
        return TrustTokenCheck.acceptsRow(token, row, now) ? row : null;
    }

    private static void setCookie(KeycloakSession session, String cookieName, TrustedBrowserEntity row, long now) {
        TrustToken token = TrustToken.issue(row.getId(), row.getRealmId(), row.getUserId(), row.getKind(),
                now / 1000, TrustLifetime.tokenExpirySeconds(row.getExpiresAt(), now));
        TrustCookie.set(session, cookieName, session.tokens().encode(token),
                TrustLifetime.cookieMaxAgeSeconds(row.getExpiresAt(), now));
    }
}
