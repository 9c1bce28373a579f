package dev.kontor.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.client.jaxrs.internal.proxy.ResteasyClientProxy;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fresh customers per test, so tests on the shared realm never see each other's credentials,
 * trusted browsers or brute-force counters.
 */
final class TestUsers {

    static final String PASSWORD = "Kontor#2468";
    /** Every {@link #create}d customer's number; in the directory, as the admin API requires. */
    static final String CUSTOMER_NUMBER = "900001";

    private TestUsers() {
    }

    /** Creates an enabled, verified customer and returns their email (which is also the username). */
    static String create(ManagedRealm realm, String prefix, String locale) {
        inDirectory(realm, CUSTOMER_NUMBER, "Customer");
        return create(realm, prefix, "Test", Map.of("customerNumber", List.of(CUSTOMER_NUMBER), "locale", List.of(locale)));
    }

    /**
     * Puts this customer into the directory (or leaves it as it is): the admin API links a login only
     * to a number the directory knows. Idempotent, so every test may call it on the shared realm.
     */
    static void inDirectory(ManagedRealm realm, String customerNumber, String name) {
        // The realm's own admin-client proxy, so the call carries the framework admin's token.
        DirectoryUpsert directory = ((ResteasyClientProxy) realm.admin()).as(DirectoryUpsert.class);
        try (Response response = directory.put(customerNumber, Map.of("name", name, "type", "person"))) {
            if (response.getStatus() != 200 && response.getStatus() != 201) {
                throw new IllegalStateException("importing customer " + customerNumber + ": HTTP " + response.getStatus()
                        + " " + response.readEntity(String.class));
            }
        }
    }

    /** The directory's upsert ({@code PUT /admin/realms/{realm}/portal/customers/{number}}). */
    interface DirectoryUpsert {
        @PUT
        @Path("portal/customers/{number}")
        @Consumes(MediaType.APPLICATION_JSON)
        Response put(@PathParam("number") String customerNumber, Map<String, String> customer);
    }

    /** A customer login linked to {@code customerNumber}, which must be in the directory. */
    static String withCustomerNumber(ManagedRealm realm, String prefix, String customerNumber, String locale) {
        return create(realm, prefix, "Test", Map.of("customerNumber", List.of(customerNumber), "locale", List.of(locale)));
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

    /** No Kontor data is copied into the user's attributes (the admin console reads the admin API instead). */
    static void assertNoAttributeCopies(ManagedRealm realm, String userId) {
        Map<String, List<String>> attributes = realm.admin().users().get(userId).toRepresentation().getAttributes();
        for (String copy : List.of("kontorSavedBrowsers", "kontorOrders", "kontorReturns")) {
            assertTrue(attributes == null || !attributes.containsKey(copy),
                    copy + " is back in the user attributes: " + attributes);
        }
    }
}
