package dev.kontor.password;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The parts of a person's name (and of their email's local part) a password must not contain.
 * Compared folded: lower case, without diacritics, {@code ß} as {@code ss}; so {@code Müller}
 * is found in {@code MULLER1!} and {@code müller}, but the spelling {@code mueller} is not guessed.
 */
final class NameParts {

    private NameParts() {
    }

    /** The parts of the given names that are at least {@code minLength} characters long, folded. */
    static List<String> of(int minLength, String... names) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(names).filter(Objects::nonNull)
                .flatMap(name -> Arrays.stream(fold(name).split("[^\\p{L}\\p{N}]+")))
                .filter(part -> part.codePointCount(0, part.length()) >= minLength)
                .distinct()
                .forEach(parts::add);
        return parts;
    }

    /** The local part of an email address (before the last {@code @}), or the whole value if it has none. */
    static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    /** The first name part the password contains, or {@code null}. */
    static String containedIn(String password, List<String> parts) {
        String folded = fold(password);
        return parts.stream().filter(folded::contains).findFirst().orElse(null);
    }

    static String fold(String value) {
        String lower = value.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
