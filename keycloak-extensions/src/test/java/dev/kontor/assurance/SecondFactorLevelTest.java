package dev.kontor.assurance;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecondFactorLevelTest {

    @Test
    void everyLevelIsReadBackFromItsNote() {
        for (SecondFactorLevel level : SecondFactorLevel.values()) {
            assertEquals(Optional.of(level), SecondFactorLevel.fromNote(level.noteValue()));
        }
        assertEquals(Optional.of(SecondFactorLevel.NOT_REQUIRED), SecondFactorLevel.fromNote("not-required"));
    }

    @Test
    void anyOtherNoteIsNoLevel() {
        assertEquals(Optional.empty(), SecondFactorLevel.fromNote(null));
        assertEquals(Optional.empty(), SecondFactorLevel.fromNote(""));
        assertEquals(Optional.empty(), SecondFactorLevel.fromNote("PASSED"));
    }
}
