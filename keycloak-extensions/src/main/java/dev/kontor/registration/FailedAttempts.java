package dev.kontor.registration;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Counts failed customer-number checks per key (a client address, a customer number) in Keycloak's
 * cluster-wide single-use store, so the limit holds across nodes. Each failure takes the first
 * free of {@code max} slots ({@code putIfAbsent} is atomic per slot, so two nodes never take the
 * same one) and holds it for the window. The key is blocked while its last slot is taken, that is
 * for one window after its {@code max}-th failure.
 */
final class FailedAttempts {

    private static final String PREFIX = "kontor-customer-check:";

    private final SingleUseObjectProvider store;
    private final String key;
    private final int max;
    private final long windowSeconds;

    FailedAttempts(KeycloakSession session, String realmId, String kind, String value, int max, long windowSeconds) {
        this(session.singleUseObjects(), realmId, kind, value, max, windowSeconds);
    }

    FailedAttempts(SingleUseObjectProvider store, String realmId, String kind, String value, int max, long windowSeconds) {
        this.store = store;
        this.key = PREFIX + realmId + ":" + kind + ":" + value + ":";
        this.max = Math.max(1, max);
        this.windowSeconds = Math.max(1, windowSeconds);
    }

    boolean blocked() {
        return store.contains(key + (max - 1));
    }

    void record() {
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(key + slot, windowSeconds)) {
                return;
            }
        }
    }
}
