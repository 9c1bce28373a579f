package dev.kontor.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceRunsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Xabc#1", "cba", "xyz", "zyx", "123", "321", "789", "987", "012", "210",
            "Pass#123word", "Good!Cba9"})
    void runsOfThreeAreFound(String password) {
        assertTrue(SequenceRuns.hasRun(password, 3), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kontor#2468", "acegik", "13579", "abd", "ab1", "a1b2c3", "90", "890x1", "yza", "aab", "aaa", "111"})
    void noRunOfThree(String password) {
        assertFalse(SequenceRuns.hasRun(password, 3), password);
    }

    @Test
    void caseIsIgnored() {
        assertTrue(SequenceRuns.hasRun("ABC", 3));
        assertTrue(SequenceRuns.hasRun("aBc", 3));
        assertTrue(SequenceRuns.hasRun("CbA", 3));
    }

    @Test
    void nineAndZeroAreNotNeighbours() {
        assertFalse(SequenceRuns.hasRun("890", 3));
        assertFalse(SequenceRuns.hasRun("901", 3));
        assertEquals(3, SequenceRuns.longestRun("7890"));
    }

    @Test
    void lettersAndDigitsDoNotMix() {
        assertEquals(2, SequenceRuns.longestRun("ab12"));
        assertEquals(1, SequenceRuns.longestRun("a1b2"));
    }

    @Test
    void aRunGoesOneWay() {
        assertEquals(3, SequenceRuns.longestRun("abcba"));
        assertEquals(2, SequenceRuns.longestRun("abab"));
        assertEquals(5, SequenceRuns.longestRun("x54321y"));
    }

    @Test
    void runLengthIsConfigurable() {
        assertTrue(SequenceRuns.hasRun("ab", 2));
        assertFalse(SequenceRuns.hasRun("abc", 4));
        assertTrue(SequenceRuns.hasRun("abcd", 4));
        assertFalse(SequenceRuns.hasRun("X1234!", 5));
        assertTrue(SequenceRuns.hasRun("X12345!", 5));
    }

    @Test
    void latinLettersWithDiacriticsCountAsTheirBaseLetter() {
        assertTrue(SequenceRuns.hasRun("Äbc", 3));
        assertTrue(SequenceRuns.hasRun("çdé", 3));
        assertFalse(SequenceRuns.hasRun("äöü", 3));
        // ß has no place in a–z and breaks a run
        assertFalse(SequenceRuns.hasRun("rsßt", 3));
    }

    @Test
    void greekAndCyrillicAlphabetsFormRuns() {
        assertTrue(SequenceRuns.hasRun("αβγ", 3));
        assertTrue(SequenceRuns.hasRun("ΓΒΑ", 3));
        assertTrue(SequenceRuns.hasRun("ρςτ", 3), "final sigma is sigma");
        assertTrue(SequenceRuns.hasRun("абв", 3));
        assertTrue(SequenceRuns.hasRun("ЕЁЖ", 3), "ё stands between е and ж");
        assertTrue(SequenceRuns.hasRun("ийк", 3), "й is a letter of its own, not и with a breve");
    }

    @Test
    void scriptsDoNotMix() {
        // Latin a, Cyrillic б, Latin c: each pair is from different alphabets
        assertFalse(SequenceRuns.hasRun("aбc", 3));
        // Greek alpha and Latin b look alike but are not neighbours
        assertFalse(SequenceRuns.hasRun("αbc1", 3));
    }

    @Test
    void otherScriptsNeverFormRuns() {
        // consecutive code points, but not an alphabet we order
        assertFalse(SequenceRuns.hasRun("一丁丂", 3));
        assertFalse(SequenceRuns.hasRun("אבג", 3));
    }

    @Test
    void otherDigitSetsFormRunsWithinTheirSet() {
        assertTrue(SequenceRuns.hasRun("１２３", 3), "full-width digits");
        assertTrue(SequenceRuns.hasRun("٣٢١", 3), "Arabic-Indic digits");
        assertFalse(SequenceRuns.hasRun("1２3", 3), "ASCII and full-width digits are different sets");
    }

    @Test
    void emojiAndSymbolsBreakRuns() {
        assertFalse(SequenceRuns.hasRun("a😀bc", 3));
        assertTrue(SequenceRuns.hasRun("😀abc😀", 3));
        assertFalse(SequenceRuns.hasRun("!\"#", 3), "consecutive code points, but not letters or digits");
    }

    @Test
    void emptyAndSingle() {
        assertEquals(0, SequenceRuns.longestRun(""));
        assertEquals(1, SequenceRuns.longestRun("a"));
    }
}
