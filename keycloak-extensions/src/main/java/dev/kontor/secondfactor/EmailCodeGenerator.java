package dev.kontor.secondfactor;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Creates the numeric one-time codes that are mailed to the user.
 *
 * <p>Each digit is drawn on its own with {@code nextInt(10)}, which is uniform (no modulo bias),
 * so every code of the given length is equally likely and leading zeros are kept.
 */
public final class EmailCodeGenerator {

    private final Random random;

    /** The production generator: backed by {@link SecureRandom}. */
    public EmailCodeGenerator() {
        this(new SecureRandom());
    }

    /** For tests only; production code must use a {@link SecureRandom}. */
    EmailCodeGenerator(Random random) {
        this.random = random;
    }

    public String generate(int length) {
        if (length < EmailCodeConfig.MIN_CODE_LENGTH || length > EmailCodeConfig.MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("code length out of range: " + length);
        }
        char[] digits = new char[length];
        for (int i = 0; i < length; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }
}
