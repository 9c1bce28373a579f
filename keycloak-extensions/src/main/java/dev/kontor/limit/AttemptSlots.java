package dev.kontor.limit;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

import java.util.Map;

/**
 * At most {@code max} attempts per key (a client address, a customer number, a user) within a
 * window, counted in Keycloak's cluster-wide single-use store so the limit holds across nodes.
 * An attempt takes the first free of {@code max} slots <em>before</em> it is evaluated
 * ({@code putIfAbsent} is atomic per slot, so two requests or two nodes never take the same one),
 * which is what keeps 30 parallel requests down to {@code max} evaluations. A slot lasts for the
 * window; an attempt that turns out not to count (a correct check, a mail that could not be sent)
 * gives its slot back. Used for registration checks, reset mails and email-code mails.
 */
public final class AttemptSlots {

    /** No slot was free: the key is over its limit. */
    public static final int NONE = -1;

    private final SingleUseObjectProvider store;
    private final String key;
    private final int max;
    private final long windowSeconds;

    public AttemptSlots(KeycloakSession session, String key, int max, long windowSeconds) {
        this(session.singleUseObjects(), key, max, windowSeconds);
    }

    public AttemptSlots(SingleUseObjectProvider store, String key, int max, long windowSeconds) {
        this.store = store;
        this.key = key + ":";
        this.max = Math.max(1, max);
        this.windowSeconds = Math.max(1, windowSeconds);
    }

    /** @return the slot this attempt holds, or {@link #NONE} when all are taken */
    public int take() {
        for (int slot = 0; slot < max; slot++) {
            if (store.putIfAbsent(key + slot, windowSeconds)) {
                return slot;
            }
        }
        return NONE;
    }

    public void giveBack(int slot) {
        if (slot != NONE) {
            store.remove(key + slot);
        }
    }

    /** Writes the notes of a taken slot (e.g. when it ends), keeping it for a whole window from now. */
    public void stamp(int slot, Map<String, String> notes) {
        store.put(key + slot, windowSeconds, notes);
    }

    /** The notes of a slot; null when it is free or carries none. */
    public Map<String, String> notesOf(int slot) {
        return store.get(key + slot);
    }

    public int size() {
        return max;
    }
}
