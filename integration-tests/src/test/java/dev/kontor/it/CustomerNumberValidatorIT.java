package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin console and admin API link a login only to a customer number the directory knows
 * (validator {@code kontor-customer-number-known}); registration keeps its uniform "not matched"
 * answer, so the validator is no enumeration oracle there. API only: the console's Details tab
 * sends the same {@code PUT /admin/realms/kontor/users/{id}}.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CustomerNumberValidatorIT extends AbstractCustomerCheckIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "kontorCustomerNumberUnknown";

    @Test
    void unknownNumberIsRefusedOnCreate() throws Exception {
        String email = newEmail("unknown-create");
        HttpResponse<String> created = users("POST", "", user(email, CustomerDirectoryApi.unknownNumber()));

        assertEquals(400, created.statusCode(), created.body());
        assertEquals(List.of("customerNumber:" + UNKNOWN), profileErrors(created.body()));
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no login was created");
    }

    @Test
    void malformedNumberGetsOnlyThePatternMessage() throws Exception {
        HttpResponse<String> created = users("POST", "", user(newEmail("malformed"), "12"));

        assertEquals(400, created.statusCode(), created.body());
        assertEquals(List.of("customerNumber:kontorCustomerNumberInvalid"), profileErrors(created.body()));
    }

    @Test
    void unknownNumberIsRefusedOnUpdate() throws Exception {
        String known = directory.importCustomer("Vogel", "person");
        String id = create(newEmail("unknown-update"), known);
        Map<String, Object> changed = representation(id);
        changed.put("attributes", Map.of("customerNumber", List.of(CustomerDirectoryApi.unknownNumber())));

        HttpResponse<String> updated = users("PUT", "/" + id, changed);

        assertEquals(400, updated.statusCode(), updated.body());
        assertEquals(List.of("customerNumber:" + UNKNOWN), profileErrors(updated.body()));
        assertEquals(List.of(known), realm.admin().users().get(id).toRepresentation().getAttributes().get("customerNumber"),
                "the login keeps its number");
    }

    @Test
    void knownNumbersAreAcceptedOnCreateAndUpdate() throws Exception {
        String first = directory.importCustomer("Lange", "person");
        String second = directory.importCustomer("Lange & Söhne", "company");
        String id = create(newEmail("known"), first);
        Map<String, Object> changed = representation(id);
        changed.put("attributes", Map.of("customerNumber", List.of(second)));

        HttpResponse<String> updated = users("PUT", "/" + id, changed);

        assertEquals(204, updated.statusCode(), updated.body());
        assertEquals(List.of(second), realm.admin().users().get(id).toRepresentation().getAttributes().get("customerNumber"));
    }

    @Test
    void unchangedNumberWhoseDirectoryRowWasDeletedStaysEditable() throws Exception {
        String number = directory.importCustomer("Krause", "person");
        String id = create(newEmail("stale"), number);
        assertEquals(204, directory.call("DELETE", "/" + number, null).statusCode());
        Map<String, Object> changed = representation(id);
        changed.put("firstName", "Renamed");

        HttpResponse<String> updated = users("PUT", "/" + id, changed);

        assertEquals(204, updated.statusCode(), updated.body());
        UserRepresentation after = realm.admin().users().get(id).toRepresentation();
        assertEquals("Renamed", after.getFirstName());
        assertEquals(List.of(number), after.getAttributes().get("customerNumber"));

        HttpResponse<String> otherUser = users("POST", "", user(newEmail("stale-other"), number));
        assertEquals(400, otherUser.statusCode(), "a deleted number is not linked to another login: " + otherUser.body());
        assertEquals(List.of("customerNumber:" + UNKNOWN), profileErrors(otherUser.body()));
    }

    @Test
    void emptyNumberIsAccepted() throws Exception {
        String email = newEmail("empty");
        HttpResponse<String> created = users("POST", "", user(email, ""));

        assertEquals(201, created.statusCode(), created.body());
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        assertTrue(user.getAttributes() == null || !user.getAttributes().containsKey("customerNumber"), String.valueOf(user.getAttributes()));
    }

    @Test
    void registrationAnswerForAnUnknownNumberIsUnchanged() throws Exception {
        String email = newEmail("reg-unknown");
        HttpResponse<String> answer = new FormBrowser(realmUrl()).openRegistration()
                .post(RegistrationLimitsIT.form("Hartmann", CustomerDirectoryApi.unknownNumber(), email));

        assertEquals(200, answer.statusCode());
        assertEquals(Map.of("kontorCustomerNumber", NOT_MATCHED, "lastName", NOT_MATCHED_NAME),
                RegistrationLimitsIT.fieldErrors(answer.body()), "the customer check's uniform answer, nothing else");
        assertFalse(answer.body().contains("customer directory"), "no word of the directory: " + FormBrowser.visibleText(answer.body()));
        assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no login was created");
    }

    // --- helpers ---------------------------------------------------------------------------

    private static Map<String, Object> user(String email, String customerNumber) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", email);
        user.put("email", email);
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("firstName", "Test");
        user.put("lastName", "Validator");
        user.put("attributes", Map.of("customerNumber", List.of(customerNumber)));
        return user;
    }

    private String create(String email, String customerNumber) throws Exception {
        HttpResponse<String> created = users("POST", "", user(email, customerNumber));
        assertEquals(201, created.statusCode(), created.body());
        return TestUsers.id(realm, email);
    }

    /** The user as the admin console loads it before saving the Details tab. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> representation(String id) throws Exception {
        HttpResponse<String> user = users("GET", "/" + id, null);
        assertEquals(200, user.statusCode(), user.body());
        return JSON.readValue(user.body(), HashMap.class);
    }

    private HttpResponse<String> users(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realmUrl().replace("/realms/", "/admin/realms/") + "/users" + path))
                .header("Authorization", "Bearer " + directory.adminToken());
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak's user-profile error answer (one error, or {@code errors}) as field:errorMessage. */
    private static List<String> profileErrors(String body) throws Exception {
        JsonNode answer = JSON.readTree(body);
        List<String> errors = new ArrayList<>();
        for (JsonNode error : answer.has("errors") ? answer.get("errors") : JSON.createArrayNode().add(answer)) {
            errors.add(error.path("field").asText() + ":" + error.path("errorMessage").asText());
        }
        return errors;
    }
}
