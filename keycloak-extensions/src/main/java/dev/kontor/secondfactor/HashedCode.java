package dev.kontor.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A one-time code as it is kept in the authentication session: SHA-256 over a per-code random
 * salt and the code, both Base64. The plain code exists only in the mail, never in a note, so
 * whoever can read the replicated session store still cannot read the code.
 *
 * <p>A salted fast hash is enough here: the code lives for minutes and allows a handful of
 * guesses, so an offline attack on the note has nothing to gain over simply guessing online.
 */
public record HashedCode(String salt, String hash) {

    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static HashedCode of(String code) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new HashedCode(b64.encodeToString(salt), b64.encodeToString(digest(salt, code)));
    }

    /** Constant-time comparison, so the response time tells nothing about how close a guess was. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(this.salt);
            byte[] expected = Base64.getDecoder().decode(this.hash);
            return MessageDigest.isEqual(expected, digest(salt, candidate.trim()));
        } catch (IllegalArgumentException corruptNote) {
            return false;
        }
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
