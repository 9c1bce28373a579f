package dev.kontor.bench;

/** Which credentials a benchmark user has besides the password. */
public enum UserKind {
    PASSWORD_ONLY,
    TOTP,
    EMAIL_CODE
}
