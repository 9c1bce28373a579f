package dev.kontor.secondfactor;

/** The result of checking a submitted code against the pending one. */
public enum VerifyOutcome {
    /** Correct; the code is consumed. */
    VALID,
    /** Wrong; more attempts are left. Counts as a failed login. */
    WRONG,
    /** Wrong, and that was the last allowed attempt: the code is void now. Counts as a failed login. */
    WRONG_NOW_VOID,
    /** The code was voided earlier; nothing is compared, so nothing can be guessed. */
    VOID,
    EXPIRED,
    /** No code is pending (none sent, or the address changed since). */
    NO_CODE,
    /** The field was empty. */
    MISSING
}
