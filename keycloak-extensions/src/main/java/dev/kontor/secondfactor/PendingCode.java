package dev.kontor.secondfactor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The code a login (or a set-up) is waiting for, as plain values that round-trip through
 * authentication-session notes. Notes are replicated across the cluster, so a user whose next
 * request lands on another node continues with the same code, attempt count and resend count.
 *
 * <p>Times are epoch seconds. {@code resends} counts "send a new code" clicks in this login and is
 * carried over to each new code, so the limit cannot be reset by asking for another code.
 */
public record PendingCode(HashedCode code, String address, long sentAt, long expiresAt, int attempts, int resends) {

    /** What a submitted code can still be checked against. */
    public enum Status { LIVE, EXPIRED, VOID }

    static final String SALT = "salt";
    static final String HASH = "hash";
    static final String ADDRESS = "address";
    static final String SENT_AT = "sentAt";
    static final String EXPIRES_AT = "expiresAt";
    static final String ATTEMPTS = "attempts";
    static final String RESENDS = "resends";
    static final List<String> FIELDS = List.of(SALT, HASH, ADDRESS, SENT_AT, EXPIRES_AT, ATTEMPTS, RESENDS);

    public static PendingCode issue(String plainCode, String address, long now, int lifetimeSeconds, int resends) {
        return new PendingCode(HashedCode.of(plainCode), address, now, now + lifetimeSeconds, 0, resends);
    }

    /** Void wins over expired: a code that was guessed at too often must never count as merely old. */
    public Status status(long now, int maxAttempts) {
        if (attempts >= maxAttempts) {
            return Status.VOID;
        }
        return now >= expiresAt ? Status.EXPIRED : Status.LIVE;
    }

    public boolean isLive(long now, int maxAttempts) {
        return status(now, maxAttempts) == Status.LIVE;
    }

    public PendingCode withFailedAttempt() {
        return new PendingCode(code, address, sentAt, expiresAt, attempts + 1, resends);
    }

    public boolean matches(String candidate) {
        return code.matches(candidate);
    }

    public Map<String, String> toNotes(String prefix) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put(prefix + SALT, code.salt());
        notes.put(prefix + HASH, code.hash());
        notes.put(prefix + ADDRESS, address == null ? "" : address);
        notes.put(prefix + SENT_AT, Long.toString(sentAt));
        notes.put(prefix + EXPIRES_AT, Long.toString(expiresAt));
        notes.put(prefix + ATTEMPTS, Integer.toString(attempts));
        notes.put(prefix + RESENDS, Integer.toString(resends));
        return notes;
    }

    /** Empty when there is no code or a note is missing or damaged: then the user simply gets a new code. */
    public static Optional<PendingCode> fromNotes(String prefix, Function<String, String> notes) {
        try {
            String salt = notes.apply(prefix + SALT);
            String hash = notes.apply(prefix + HASH);
            if (salt == null || hash == null) {
                return Optional.empty();
            }
            return Optional.of(new PendingCode(new HashedCode(salt, hash), notes.apply(prefix + ADDRESS),
                    Long.parseLong(notes.apply(prefix + SENT_AT)), Long.parseLong(notes.apply(prefix + EXPIRES_AT)),
                    Integer.parseInt(notes.apply(prefix + ATTEMPTS)), Integer.parseInt(notes.apply(prefix + RESENDS))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static List<String> noteKeys(String prefix) {
        return FIELDS.stream().map(field -> prefix + field).toList();
    }
}
