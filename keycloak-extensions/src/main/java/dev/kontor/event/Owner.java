package dev.kontor.event;

/**
 * The customer a change belongs to: realm, login (user id) and customer number (null while the
 * login is not linked to one).
 */
public record Owner(String realmId, String userId, String customerNumber) {
}
