package dev.kontor.secondfactor;

/**
 * What happened when a code was to be mailed; {@code waitSeconds} is only set for
 * {@link Kind#COOLDOWN} and {@link Kind#TOO_MANY}. {@link Kind#IN_PROGRESS}: another request of the
 * same login is mailing the first code right now, so this one shows the page without mailing.
 */
public record SendOutcome(Kind kind, long waitSeconds) {

    public enum Kind { SENT, IN_PROGRESS, COOLDOWN, TOO_MANY, LIMIT_REACHED, NO_ADDRESS, FAILED }

    static SendOutcome of(Kind kind) {
        return new SendOutcome(kind, 0);
    }

    static SendOutcome cooldown(long waitSeconds) {
        return new SendOutcome(Kind.COOLDOWN, Math.max(1, waitSeconds));
    }

    static SendOutcome tooMany(long waitSeconds) {
        return new SendOutcome(Kind.TOO_MANY, Math.max(1, waitSeconds));
    }

    /** Whether a code of this login is (or is about to be) in the user's mailbox. */
    boolean codeOnItsWay() {
        return kind == Kind.SENT || kind == Kind.IN_PROGRESS;
    }
}
