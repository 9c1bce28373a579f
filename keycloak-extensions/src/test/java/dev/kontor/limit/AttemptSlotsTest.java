package dev.kontor.limit;

import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttemptSlotsTest {

    /** Keycloak's single-use store semantics (entries expire after their lifespan) on a clock we move. */
    static final class FakeStore implements SingleUseObjectProvider {
        final Map<String, Long> expiries = new HashMap<>();
        long now;

        private boolean live(String key) {
            Long expiry = expiries.get(key);
            return expiry != null && expiry > now;
        }

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            expiries.put(key, now + lifespanSeconds);
        }

        @Override
        public Map<String, String> get(String key) {
            return live(key) ? Map.of() : null;
        }

        @Override
        public Map<String, String> remove(String key) {
            return expiries.remove(key) == null ? null : Map.of();
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            return live(key);
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            if (live(key)) {
                return false;
            }
            expiries.put(key, now + lifespanInSeconds);
            return true;
        }

        @Override
        public boolean contains(String key) {
            return live(key);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void atMostMaxAttemptsHoldASlotForOneWindow() {
        FakeStore store = new FakeStore();
        AttemptSlots number = new AttemptSlots(store, "realm:number:100001", 5, 900);
        for (int i = 0; i < 5; i++) {
            assertEquals(i, number.take(), "attempt " + (i + 1));
        }
        assertEquals(AttemptSlots.NONE, number.take(), "the sixth attempt is not evaluated");

        store.now = 899;
        assertEquals(AttemptSlots.NONE, number.take());
        store.now = 900;
        assertEquals(0, number.take(), "the window is over");
    }

    @Test
    void aSlotGivenBackIsFreeAgain() {
        FakeStore store = new FakeStore();
        AttemptSlots attempts = new AttemptSlots(store, "k", 2, 60);
        int first = attempts.take();
        attempts.take();
        assertEquals(AttemptSlots.NONE, attempts.take());
        attempts.giveBack(first);
        assertEquals(first, attempts.take());
        attempts.giveBack(AttemptSlots.NONE); // nothing to give back: no effect
        assertEquals(AttemptSlots.NONE, attempts.take());
    }

    @Test
    void keysAreIndependent() {
        FakeStore store = new FakeStore();
        AttemptSlots one = new AttemptSlots(store, "realm:ip:10.0.0.1", 2, 60);
        AttemptSlots other = new AttemptSlots(store, "realm:ip:10.0.0.2", 2, 60);
        AttemptSlots otherRealm = new AttemptSlots(store, "realm2:ip:10.0.0.1", 2, 60);
        one.take();
        one.take();
        assertEquals(AttemptSlots.NONE, one.take());
        assertEquals(0, other.take());
        assertEquals(0, otherRealm.take());
    }

    @Test
    void slotsFreedByExpiryAreTakenAgain() {
        FakeStore store = new FakeStore();
        AttemptSlots attempts = new AttemptSlots(store, "realm:number:100001", 3, 100);
        attempts.take();             // slot 0 until 100
        store.now = 50;
        attempts.take();             // slot 1 until 150
        store.now = 120;             // slot 0 expired
        assertEquals(0, attempts.take(), "takes slot 0 again, not slot 2");
        assertEquals(2, attempts.take());
        assertEquals(AttemptSlots.NONE, attempts.take());
        assertEquals(3, store.expiries.size());
    }
}
