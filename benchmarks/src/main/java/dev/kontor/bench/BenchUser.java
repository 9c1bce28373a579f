package dev.kontor.bench;

import java.nio.charset.StandardCharsets;

/**
 * One benchmark user. For TOTP users {@code totpSecret} is the raw secret stored in Keycloak (its
 * UTF-8 bytes are the HMAC key). {@code trustCookies} is the saved-browser cookie once the user
 * chose "save this browser".
 */
public final class BenchUser {

    private final String email;
    private final String password;
    private final UserKind kind;
    private final String totpSecret;
    private final String customerNumber;
    private volatile CookieJar trustCookies;

    public BenchUser(String email, String password, UserKind kind, String totpSecret) {
        this(email, password, kind, totpSecret, null);
    }

    public BenchUser(String email, String password, UserKind kind, String totpSecret, String customerNumber) {
        this.email = email;
        this.password = password;
        this.kind = kind;
        this.totpSecret = totpSecret;
        this.customerNumber = customerNumber;
    }

    public String email() { return email; }
    public String password() { return password; }
    public UserKind kind() { return kind; }
    public String totpSecret() { return totpSecret; }
    /** The user's customer number in a Kontor realm, {@code null} in a stock realm. */
    public String customerNumber() { return customerNumber; }

    public Totp totp() {
        return Totp.keycloakDefault(totpSecret.getBytes(StandardCharsets.UTF_8));
    }

    public CookieJar trustCookies() { return trustCookies; }
    public void trustCookies(CookieJar jar) { this.trustCookies = jar; }
}
