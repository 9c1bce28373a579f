package dev.kontor.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;

/**
 * Tests that pass the customer check (registration, reset by customer number, the customer-number
 * action): fresh customers per test, imported through the directory's admin API (the directory
 * itself is {@link CustomerDirectoryIT}'s), and the check's per-address limit raised while a test
 * runs ({@link CustomerCheckLimits}).
 */
abstract class AbstractCustomerCheckIT extends AbstractKontorIT {

    static final String NOT_MATCHED = "This customer number and name do not match our records. Please enter both exactly as on your invoice or contract.";
    static final String NOT_MATCHED_NAME = "Please check the last name or company name too.";

    @InjectAdminClient
    Keycloak admin;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    CustomerDirectoryApi directory;

    private CustomerCheckLimits limits;

    @BeforeEach
    void raiseAddressLimit() {
        directory = new CustomerDirectoryApi(http, realmUrl(), admin);
        limits = CustomerCheckLimits.raiseAddressLimit(realm);
    }

    @AfterEach
    void restoreAddressLimit() {
        limits.close();
    }

    static String newEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
