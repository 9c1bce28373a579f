package dev.kontor.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PendingCodeTest {

    private static final String PREFIX = EmailCodePurpose.LOGIN.notePrefix();
    private static final long NOW = 1_700_000_000L;

    @Test
    void aNewCodeIsLiveUntilItExpires() {
        PendingCode code = PendingCode.issue("123456", "a@example.com", NOW, 300, 0);
        assertEquals(PendingCode.Status.LIVE, code.status(NOW, 5));
        assertEquals(PendingCode.Status.LIVE, code.status(NOW + 299, 5));
        assertEquals(PendingCode.Status.EXPIRED, code.status(NOW + 300, 5));
        assertTrue(code.isLive(NOW + 1, 5));
        assertFalse(code.isLive(NOW + 301, 5));
    }

    @Test
    void theCodeIsVoidAfterMaxAttempts() {
        PendingCode code = PendingCode.issue("123456", "a@example.com", NOW, 300, 0);
        for (int i = 0; i < 4; i++) {
            code = code.withFailedAttempt();
            assertEquals(PendingCode.Status.LIVE, code.status(NOW, 5), "after " + (i + 1) + " failures");
        }
        code = code.withFailedAttempt();
        assertEquals(5, code.attempts());
        assertEquals(PendingCode.Status.VOID, code.status(NOW, 5));
        assertTrue(code.matches("123456"), "the hash is kept, but a void code is never compared by the challenge");
    }

    @Test
    void voidWinsOverExpired() {
        PendingCode code = new PendingCode(HashedCode.of("123456"), "a@example.com", NOW, NOW + 300, 5, 0);
        assertEquals(PendingCode.Status.VOID, code.status(NOW + 1000, 5));
    }

    @Test
    void failedAttemptsKeepEverythingElse() {
        PendingCode code = PendingCode.issue("123456", "a@example.com", NOW, 300, 2);
        PendingCode failed = code.withFailedAttempt();
        assertEquals(0, code.attempts(), "records are immutable");
        assertEquals(1, failed.attempts());
        assertEquals(code.code(), failed.code());
        assertEquals(code.expiresAt(), failed.expiresAt());
        assertEquals(2, failed.resends());
    }

    @Test
    void roundTripsThroughSessionNotes() {
        PendingCode code = PendingCode.issue("654321", "anna@example.com", NOW, 300, 1).withFailedAttempt();
        Map<String, String> notes = code.toNotes(PREFIX);

        assertTrue(notes.keySet().stream().allMatch(k -> k.startsWith(PREFIX)));
        assertFalse(notes.containsValue("654321"), "the plain code never goes into a note");
        assertEquals(Optional.of(code), PendingCode.fromNotes(PREFIX, notes::get));
        assertTrue(PendingCode.fromNotes(PREFIX, notes::get).orElseThrow().matches("654321"));
    }

    @Test
    void purposesDoNotSeeEachOthersNotes() {
        Map<String, String> notes = PendingCode.issue("654321", "a@example.com", NOW, 300, 0).toNotes(PREFIX);
        assertEquals(Optional.empty(), PendingCode.fromNotes(EmailCodePurpose.SETUP.notePrefix(), notes::get));
    }

    @Test
    void missingOrDamagedNotesMeanNoCode() {
        assertEquals(Optional.empty(), PendingCode.fromNotes(PREFIX, key -> null));

        Map<String, String> notes = new HashMap<>(PendingCode.issue("1", "a@example.com", NOW, 300, 0).toNotes(PREFIX));
        notes.put(PREFIX + PendingCode.ATTEMPTS, "many");
        assertEquals(Optional.empty(), PendingCode.fromNotes(PREFIX, notes::get));

        notes = new HashMap<>(PendingCode.issue("1", "a@example.com", NOW, 300, 0).toNotes(PREFIX));
        notes.remove(PREFIX + PendingCode.EXPIRES_AT);
        assertEquals(Optional.empty(), PendingCode.fromNotes(PREFIX, notes::get));
    }

    @Test
    void noteKeysCoverEverythingThatIsWritten() {
        Map<String, String> notes = PendingCode.issue("1", "a@example.com", NOW, 300, 0).toNotes(PREFIX);
        assertEquals(notes.keySet(), new java.util.HashSet<>(PendingCode.noteKeys(PREFIX)));
    }
}
