package dev.kontor.assurance;

import java.util.Optional;

/** How a user session met the second-factor rule, as recorded by Kontor's own steps. */
public enum SecondFactorLevel {

    /** A second factor was verified in this session (at sign-in, or by setting one up). */
    PASSED("passed"),
    /** The sign-in skipped the code on a browser with a valid trust cookie (24-hour skip or saved browser). */
    TRUSTED_BROWSER("trusted-browser"),
    /** The user had no second factor and was not in rollout scope when signing in. */
    NOT_REQUIRED("not-required");

    private static final SecondFactorLevel[] LEVELS = values();

    private final String noteValue;

    SecondFactorLevel(String noteValue) {
        this.noteValue = noteValue;
    }

    public String noteValue() {
        return noteValue;
    }

    /** Read on every portal request: a loop over a kept array, not a stream over a fresh copy of values(). */
    static Optional<SecondFactorLevel> fromNote(String value) {
        for (SecondFactorLevel level : LEVELS) {
            if (level.noteValue.equals(value)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
