package dev.kontor.secondfactor;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The per-user mail cool-down, shared by all nodes and all logins of the user: one entry in
 * Keycloak's cluster-wide single-use store that expires by itself. {@code putIfAbsent} is atomic
 * across the cluster, so two nodes (or two browser tabs) cannot both send within the cool-down.
 * A user-wide key (not per login) is what stops someone who knows the password from flooding the
 * mailbox by restarting the login over and over.
 */
final class ResendCooldown {

    static final String KEY_PREFIX = "kontor-email-code-resend:";

    private final KeycloakSession session;
    private final String key;

    ResendCooldown(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.key = KEY_PREFIX + realm.getId() + ":" + user.getId();
    }

    /** @return true if this caller may send now; the cool-down then runs for {@code seconds} */
    boolean tryAcquire(int seconds) {
        return session.singleUseObjects().putIfAbsent(key, seconds);
    }

    /** Gives the slot back when the mail could not be sent, so the user can retry at once. */
    void release() {
        session.singleUseObjects().remove(key);
    }
}
