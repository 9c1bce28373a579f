package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The limits' bookkeeping against an in-memory stand-in for Keycloak's single-use store with the
 * same contract (atomic {@code putIfAbsent}, entries that expire, notes that {@code put} replaces).
 */
class CodeMailLimitsTest {

    private final Store store = new Store();
    private final EmailCodeConfig config = new EmailCodeConfig(6, 300, 5, 30, 3, 3, 900);

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void oneFirstCodePerLoginButEveryLoginGetsOne() {
        CodeMailLimits tab1 = limits("root1:tab1");
        CodeMailLimits tab2 = limits("root2:tab1");
        assertTrue(tab1.claimFirstCode());
        assertFalse(tab1.claimFirstCode(), "a parallel request of the same login mails nothing");
        assertTrue(tab2.claimFirstCode(), "another browser has its own first code");
    }

    @Test
    void theCapCountsEveryMailOfTheUserAndSaysWhenTheOldestFrees() {
        CodeMailLimits login = limits("root1:tab1");
        for (int i = 0; i < 3; i++) {
            CodeMailLimits.MailSlot slot = limits("root" + i + ":tab").takeMailSlot();
            assertTrue(slot.taken());
            login.mailed(slot);
            Time.setOffset(Time.getOffset() + 100);
        }
        CodeMailLimits.MailSlot refused = login.takeMailSlot();
        assertFalse(refused.taken());
        assertEquals(900 - 300, refused.waitSeconds(), "the first mail, 300 s ago, frees its slot in 600 s");
    }

    @Test
    void aFailedMailGivesItsSlotBack() {
        CodeMailLimits login = limits("root1:tab1");
        for (int i = 0; i < 3; i++) {
            login.releaseMailSlot(login.takeMailSlot());
        }
        assertTrue(login.takeMailSlot().taken());
    }

    @Test
    void theResendWaitIsTheRealRemainderOfTheUsersLastMail() {
        CodeMailLimits otherLogin = limits("root1:tab1");
        otherLogin.mailed(otherLogin.takeMailSlot());
        Time.setOffset(12);

        CodeMailLimits login = limits("root2:tab1");
        assertEquals(18, login.claimResend().getAsLong(), "30 s cool-down, 12 s ago");
        Time.setOffset(31);
        assertTrue(login.claimResend().isEmpty(), "over: this resend may go");
        assertEquals(30, limits("root3:tab1").claimResend().getAsLong(), "a claim whose mail is still on its way");
    }

    private CodeMailLimits limits(String login) {
        return new CodeMailLimits(store, config, "realm:user", login);
    }

    /** Entries with an end (epoch seconds of Keycloak's clock) and notes. */
    private static final class Store implements SingleUseObjectProvider {
        private record Entry(long expires, Map<String, String> notes) {
        }

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();

        private Entry live(String key) {
            Entry entry = entries.get(key);
            if (entry != null && entry.expires() <= Time.currentTime()) {
                entries.remove(key, entry);
                return null;
            }
            return entry;
        }

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            entries.put(key, new Entry(Time.currentTime() + lifespanSeconds, new HashMap<>(notes)));
        }

        @Override
        public Map<String, String> get(String key) {
            Entry entry = live(key);
            return entry == null ? null : entry.notes();
        }

        @Override
        public Map<String, String> remove(String key) {
            Entry entry = entries.remove(key);
            return entry == null ? null : entry.notes();
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            live(key);
            return entries.putIfAbsent(key, new Entry(Time.currentTime() + lifespanInSeconds, null)) == null;
        }

        @Override
        public boolean contains(String key) {
            return live(key) != null;
        }

        @Override
        public void close() {
        }
    }
}
