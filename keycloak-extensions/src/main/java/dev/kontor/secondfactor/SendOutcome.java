package dev.kontor.secondfactor;

/** What happened when a code was to be mailed; {@code waitSeconds} is only set for {@link Kind#COOLDOWN}. */
public record SendOutcome(Kind kind, long waitSeconds) {

    public enum Kind { SENT, COOLDOWN, LIMIT_REACHED, NO_ADDRESS, FAILED }

    static SendOutcome of(Kind kind) {
        return new SendOutcome(kind, 0);
    }

    static SendOutcome cooldown(long waitSeconds) {
        return new SendOutcome(Kind.COOLDOWN, Math.max(1, waitSeconds));
    }
}
