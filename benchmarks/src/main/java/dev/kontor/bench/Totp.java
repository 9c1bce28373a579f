package dev.kontor.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1), as Keycloak's default OTP policy expects. */
public final class Totp {

    private final byte[] secret;
    private final int digits;
    private final int periodSeconds;

    public Totp(byte[] secret, int digits, int periodSeconds) {
        this.secret = secret.clone();
        this.digits = digits;
        this.periodSeconds = periodSeconds;
    }

    /** Keycloak's default: SHA1, 6 digits, 30 seconds. */
    public static Totp keycloakDefault(byte[] secret) {
        return new Totp(secret, 6, 30);
    }

    public String codeAt(long epochSeconds) {
        return hotp(epochSeconds / periodSeconds);
    }

    public String now() {
        return codeAt(System.currentTimeMillis() / 1000);
    }

    String hotp(long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
