package dev.kontor.registration;

import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailedAttemptsTest {

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
    void blockedAfterMaxFailuresForOneWindow() {
        FakeStore store = new FakeStore();
        FailedAttempts number = new FailedAttempts(store, "realm", "number", "100001", 5, 900);
        for (int i = 0; i < 4; i++) {
            number.record();
            assertFalse(number.blocked(), "after " + (i + 1) + " failures");
        }
        number.record();
        assertTrue(number.blocked());

        store.now = 899;
        assertTrue(number.blocked());
        store.now = 900;
        assertFalse(number.blocked(), "the window is over");
    }

    @Test
    void keysAreIndependent() {
        FakeStore store = new FakeStore();
        FailedAttempts one = new FailedAttempts(store, "realm", "ip", "10.0.0.1", 2, 60);
        FailedAttempts other = new FailedAttempts(store, "realm", "ip", "10.0.0.2", 2, 60);
        FailedAttempts otherRealm = new FailedAttempts(store, "realm2", "ip", "10.0.0.1", 2, 60);
        one.record();
        one.record();
        assertTrue(one.blocked());
        assertFalse(other.blocked());
        assertFalse(otherRealm.blocked());
    }

    @Test
    void slotsFreedByExpiryAreTakenAgain() {
        FakeStore store = new FakeStore();
        FailedAttempts attempts = new FailedAttempts(store, "realm", "number", "100001", 3, 100);
        attempts.record();           // slot 0 until 100
        store.now = 50;
        attempts.record();           // slot 1 until 150
        store.now = 120;             // slot 0 expired
        attempts.record();           // takes slot 0 again, not slot 2
        assertFalse(attempts.blocked());
        attempts.record();           // slot 2
        assertTrue(attempts.blocked());
        assertEquals(3, store.expiries.size());
    }

    @Test
    void settingsFallBackToDefaultsForMissingOrBadValues() {
        assertEquals(CustomerCheckSettings.DEFAULTS, CustomerCheckSettings.from(null));
        assertEquals(new CustomerCheckSettings(3, 5, 15),
                CustomerCheckSettings.from(Map.of("maxFailuresPerAddress", " 3 ", "maxFailuresPerCustomerNumber", "x",
                        "lockoutMinutes", "0")));
    }
}
