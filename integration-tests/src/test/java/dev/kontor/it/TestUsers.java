package dev.kontor.it;

import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh customers per test, so tests on the shared realm never see each other's credentials,
 * trusted browsers or brute-force counters.
 */
final class TestUsers {

    static final String PASSWORD = "Kontor#2468";

    private TestUsers() {
    }

    /** Creates an enabled, verified customer and returns their email (which is also the username). */
    static String create(ManagedRealm realm, String prefix, String locale) {
        return create(realm, prefix, "Test", Map.of("customerNumber", List.of("900001"), "locale", List.of(locale)));
    }

    /** A login from before customer numbers: enabled, verified, with the password, but no customer number. */
    static String withoutCustomerNumber(ManagedRealm realm, String prefix) {
        return create(realm, prefix, "Legacy", Map.of());
    }

    private static String create(ManagedRealm realm, String prefix, String firstName, Map<String, List<String>> attributes) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName(firstName);
        user.setLastName("Customer");
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = realm.admin().users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("creating " + email + ": HTTP " + response.getStatus());
            }
        }
        return email;
    }

    static String id(ManagedRealm realm, String email) {
        return realm.admin().users().searchByEmail(email, true).get(0).getId();
    }

    static List<String> credentialTypes(ManagedRealm realm, String email) {
        return realm.admin().users().get(id(realm, email)).credentials().stream()
                .map(CredentialRepresentation::getType).toList();
    }
}
