package dev.kontor.it;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration's customer check as an attacker tries it (issue 12, row 5): parallel guesses for one
 * number, and telling known from unknown numbers by the answer. Plain HTTP, so 30 posts leave at once.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class RegistrationLimitsIT extends AbstractCustomerCheckIT {

    private static final Pattern FIELD_ERROR = Pattern.compile("id=\"input-error-([A-Za-z]+)\"[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final int PER_NUMBER_LIMIT = 5; // the realm file's maxFailuresPerCustomerNumber

    @Test
    void thirtyParallelWrongNamesGetAtMostTheLimitOfChecks() throws Exception {
        String number = directory.importCustomer("Becker", "person");
        List<FormBrowser> sessions = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sessions.add(new FormBrowser(realmUrl()).openRegistration());
            emails.add(newEmail("flood"));
        }
        List<HttpResponse<String>> answers = FormBrowser.postAtOnce(sessions,
                i -> form("Bäcker" + i, number, emails.get(i)));
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), "every guess gets the form back, none a 5xx");
        }

        List<EventRepresentation> checks = registerErrors(number);
        long evaluated = checks.stream().filter(e -> "customer_name_mismatch".equals(e.getError())).count();
        long refused = checks.stream().filter(e -> "customer_check_blocked".equals(e.getError())).count();
        assertEquals(PER_NUMBER_LIMIT, evaluated, "names compared with the record: the limit, not more");
        assertEquals(30 - PER_NUMBER_LIMIT, refused, "the others were refused before any check");

        HttpResponse<String> right = new FormBrowser(realmUrl()).openRegistration().post(form("Becker", number, newEmail("right")));
        assertEquals("Too many unsuccessful attempts. Please try again later, or contact Kontor customer service.",
                fieldErrors(right.body()).get("kontorCustomerNumber"), "even the right name waits now");
        for (String email : emails) {
            assertTrue(realm.admin().users().searchByEmail(email, true).isEmpty(), "no login was created");
        }
    }

    @Test
    void unknownNumberAndWrongNameGetTheSameAnswerOnBothFields() throws Exception {
        String number = directory.importCustomer("Hartmann", "person");
        HttpResponse<String> unknown = new FormBrowser(realmUrl()).openRegistration()
                .post(form("Hartmann", CustomerDirectoryApi.unknownNumber(), newEmail("unknown")));
        HttpResponse<String> wrongName = new FormBrowser(realmUrl()).openRegistration()
                .post(form("Hartman", number, newEmail("wrongname")));

        Map<String, String> unknownErrors = fieldErrors(unknown.body());
        assertEquals(Map.of("kontorCustomerNumber", NOT_MATCHED, "lastName", NOT_MATCHED_NAME),
                unknownErrors, "both fields are marked");
        assertEquals(unknownErrors, fieldErrors(wrongName.body()), "a known number with a wrong name reads the same");
        assertEquals(unknown.statusCode(), wrongName.statusCode());
    }

    private List<EventRepresentation> registerErrors(String number) {
        return realm.admin().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 500).stream()
                .filter(e -> e.getDetails() != null && number.equals(e.getDetails().get("customer_number")))
                .toList();
    }

    static Map<String, String> form(String name, String number, String email) {
        return Map.of("lastName", name, "kontorCustomerNumber", number, "email", email,
                "password", TestUsers.PASSWORD, "password-confirm", TestUsers.PASSWORD,
                "kontorTermsAccepted", "on", "kontorPrivacyAccepted", "on");
    }

    /** The field errors on a login page, by field. */
    static Map<String, String> fieldErrors(String html) {
        Map<String, String> errors = new TreeMap<>();
        Matcher matcher = FIELD_ERROR.matcher(html);
        while (matcher.find()) {
            errors.put(matcher.group(1), FormBrowser.visibleText(matcher.group(2)).replace("&#39;", "'"));
        }
        return errors;
    }
}
