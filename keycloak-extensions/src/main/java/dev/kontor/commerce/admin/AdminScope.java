package dev.kontor.commerce.admin;

import dev.kontor.http.ProblemException;
import jakarta.persistence.Query;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The "per customer" filter of the admin lists: by customer number, user id or email (resolved to
 * the user id), each optional; none lists the whole realm. Each combination has an index.
 */
record AdminScope(String realmId, String userId, String customerNumber) {

    static AdminScope of(KeycloakSession session, RealmModel realm, String customerNumber, String userId, String email) {
        String resolvedUser = blank(userId) ? null : userId.trim();
        if (resolvedUser == null && !blank(email)) {
            UserModel user = session.users().getUserByEmail(realm, email.trim());
            // An unknown email lists nothing rather than everything.
            resolvedUser = user == null ? "-" : user.getId();
        }
        String number = blank(customerNumber) ? null : customerNumber.trim();
        if ((resolvedUser != null && resolvedUser.length() > 36) || (number != null && number.length() > 64)) {
            throw ProblemException.badParameter("'userId' or 'customerNumber' is too long.");
        }
        return new AdminScope(realm.getId(), resolvedUser, number);
    }

    String condition(String alias) {
        StringBuilder condition = new StringBuilder(alias + ".realmId = :realmId");
        if (userId != null) {
            condition.append(" and ").append(alias).append(".userId = :userId");
        }
        if (customerNumber != null) {
            condition.append(" and ").append(alias).append(".customerNumber = :customerNumber");
        }
        return condition.toString();
    }

    Query bind(Query query) {
        query.setParameter("realmId", realmId);
        if (userId != null) {
            query.setParameter("userId", userId);
        }
        if (customerNumber != null) {
            query.setParameter("customerNumber", customerNumber);
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
