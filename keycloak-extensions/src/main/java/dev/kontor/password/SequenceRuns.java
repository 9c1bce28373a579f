package dev.kontor.password;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Finds runs of consecutive characters in a password: {@code abc}, {@code CBA}, {@code 123},
 * {@code 321}. Pure logic, used by {@link NoRunPasswordPolicyProvider} and unit-tested on its own.
 * <p>
 * What counts as consecutive (the Kontor definition, see docs/password-policy.md):
 * <ul>
 *   <li><b>Letters</b> of three alphabets, compared case-insensitively by their position in
 *   the alphabet: Latin {@code a–z}, Greek {@code α–ω} (final sigma counts as sigma) and
 *   Russian Cyrillic {@code а–я} (with {@code ё} after {@code е}). A Latin letter with
 *   diacritics counts as its base letter ({@code Äbc} is {@code abc}); {@code ß} and letters
 *   of other scripts never take part in a run.</li>
 *   <li><b>Digits</b>: any Unicode decimal digit, next to a digit of the same digit set whose
 *   value is one more or one less ({@code 123}, {@code １２３}, {@code ٣٢١}). {@code 9} and
 *   {@code 0} are not neighbours.</li>
 * </ul>
 * A run goes one way: {@code abcba} holds the runs {@code abc} and {@code cba}; letters and
 * digits never mix ({@code ab12} holds no run of 3).
 */
public final class SequenceRuns {

    private static final List<String> ALPHABETS = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "αβγδεζηθικλμνξοπρστυφχψω",
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя");

    private SequenceRuns() {
    }

    /**
     * Length of the longest ascending or descending run in {@code password}; 1 for a
     * non-empty password without any, 0 for an empty one.
     */
    public static int longestRun(String password) {
        int[] codePoints = password.codePoints().toArray();
        if (codePoints.length == 0) {
            return 0;
        }
        int longest = 1;
        int current = 1;
        int direction = 0;
        for (int i = 1; i < codePoints.length; i++) {
            int step = step(codePoints[i - 1], codePoints[i]);
            if (step != 0 && (step == direction || current == 1)) {
                current++;
                direction = step;
            } else if (step != 0) {
                current = 2;
                direction = step;
            } else {
                current = 1;
                direction = 0;
            }
            longest = Math.max(longest, current);
        }
        return longest;
    }

    /** Whether {@code password} holds a run of at least {@code length} characters. */
    public static boolean hasRun(String password, int length) {
        return longestRun(password) >= length;
    }

    /** +1 if {@code next} follows {@code previous} in its alphabet or digit set, -1 if it precedes it, else 0. */
    static int step(int previous, int next) {
        Position a = position(previous);
        Position b = position(next);
        if (a == null || b == null || a.set() != b.set()) {
            return 0;
        }
        int difference = b.index() - a.index();
        return difference == 1 || difference == -1 ? difference : 0;
    }

    /** Where a character stands: which alphabet or digit set (by an id), and at which index. */
    record Position(int set, int index) {
    }

    static Position position(int codePoint) {
        if (Character.isDigit(codePoint)) {
            int value = Character.digit(codePoint, 10);
            // Unicode keeps each set of decimal digits contiguous, 0 to 9: the code point of its
            // zero identifies the set.
            return value < 0 ? null : new Position(-(codePoint - value) - 1, value);
        }
        if (!Character.isLetter(codePoint)) {
            return null;
        }
        String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
        if (lower.equals("ς")) {
            lower = "σ";
        }
        Position position = inAlphabets(lower);
        if (position != null) {
            return position;
        }
        String base = Normalizer.normalize(lower, Normalizer.Form.NFD);
        if (!base.isEmpty() && base.charAt(0) < 128) {
            return inAlphabets(base.substring(0, 1));
        }
        return null;
    }

    private static Position inAlphabets(String letter) {
        if (letter.codePointCount(0, letter.length()) != 1) {
            return null;
        }
        for (int set = 0; set < ALPHABETS.size(); set++) {
            int index = ALPHABETS.get(set).indexOf(letter);
            if (index >= 0) {
                return new Position(set, index);
            }
        }
        return null;
    }
}
