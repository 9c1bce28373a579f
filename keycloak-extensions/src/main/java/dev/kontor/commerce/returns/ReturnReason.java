package dev.kontor.commerce.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The catalogue of return reasons; clients show translated labels for the codes. */
public enum ReturnReason {
    DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, NO_LONGER_NEEDED, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(r -> r.code().equals(code));
    }

    public record View(String code) {
    }

    public static List<View> catalogue() {
        return Arrays.stream(values()).map(r -> new View(r.code())).toList();
    }
}
