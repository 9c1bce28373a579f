package dev.kontor.trust;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SavedBrowsersAttributeTest {

    @Test
    void lineNamesTheBrowserAndTheUtcDayItWasSaved() {
        long lateEvening = 1_795_384_800_000L; // 2026-11-22T22:00:00Z
        assertEquals("Chrome on Windows, saved 2026-11-22", SavedBrowsersAttribute.line("Chrome on Windows", lateEvening));
    }
}
