package dev.kontor.password;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds runs of neighbouring keys on a keyboard row, left to right or right to left:
 * {@code qwe}, {@code ewq}, {@code asd}, {@code yxc} (QWERTZ), {@code zxc} (QWERTY),
 * case-insensitive. The rows are the letter rows of the German QWERTZ layout (with
 * {@code ü}, {@code ö}, {@code ä}) and of the US QWERTY layout. The digit row is left to
 * {@link SequenceRuns}, since {@code 123} is a numeric run anyway.
 */
public final class KeyboardRuns {

    static final List<String> ROWS = List.of(
            "qwertzuiopü", "asdfghjklöä", "yxcvbnm",   // QWERTZ (German)
            "qwertyuiop", "asdfghjkl", "zxcvbnm");     // QWERTY (US)

    private static final List<String> ROWS_BOTH_WAYS = ROWS.stream()
            .flatMap(row -> Stream.of(row, new StringBuilder(row).reverse().toString()))
            .toList();

    private KeyboardRuns() {
    }

    /** Whether {@code password} holds {@code length} or more neighbouring keys of one row. */
    public static boolean hasRun(String password, int length) {
        if (length < 1) {
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (int start = 0; start + length <= lower.length(); start++) {
            String window = lower.substring(start, start + length);
            for (String row : ROWS_BOTH_WAYS) {
                if (row.contains(window)) {
                    return true;
                }
            }
        }
        return false;
    }
}
