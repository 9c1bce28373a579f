package dev.kontor.password;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyboardRunsTest {

    @ParameterizedTest
    @ValueSource(strings = {"qwe", "QWE", "ewq", "asd", "dsa", "yxc", "cxy", "zxc", "cxz", "rtz", "rty", "jklö", "X#wert9"})
    void rowRunsOfThreeAreFound(String password) {
        assertTrue(KeyboardRuns.hasRun(password, 3), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kontor#2468", "qaz", "wsx", "pqa", "mny", "qw1e", "abc"})
    void noRowRunOfThree(String password) {
        assertFalse(KeyboardRuns.hasRun(password, 3), password);
    }

    @Test
    void lengthIsConfigurable() {
        assertFalse(KeyboardRuns.hasRun("Xqwer1!", 5));
        assertTrue(KeyboardRuns.hasRun("Xqwert1!", 5));
        assertTrue(KeyboardRuns.hasRun("as", 2));
    }

    @Test
    void germanRowsIncludeUmlauts() {
        assertTrue(KeyboardRuns.hasRun("löä", 3));
        assertTrue(KeyboardRuns.hasRun("OPÜ", 3));
    }
}
