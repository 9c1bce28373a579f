package dev.kontor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer directory (REG-1): its admin API (bulk import with row errors, search, upsert,
 * delete, admin events, no access for customers), the demo directory that comes with the realm
 * file, and cleanup when a realm is removed.
 */
@KeycloakIntegrationTest(config = KontorServerConfig.class)
class CustomerDirectoryIT extends AbstractKontorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = TestUsers.PASSWORD;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectAdminClient
    Keycloak admin;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private CustomerDirectoryApi directory;

    @BeforeEach
    void directoryApi() {
        directory = new CustomerDirectoryApi(http, realmUrl(), admin);
    }

    @Test
    void adminImportIsIdempotentReportsBadRowsAndCrudWorks() throws Exception {
        String a = CustomerDirectoryApi.unknownNumber();
        String b = CustomerDirectoryApi.unknownNumber();
        String rows = "[{\"customerNumber\":\"" + a + "\",\"name\":\"Keller\"},"
                + "{\"customerNumber\":\"12\",\"name\":\"Too Short\"},"
                + "{\"customerNumber\":\"" + b + "\",\"name\":\"Keller & Partner\",\"type\":\"company\"},"
                + "{\"customerNumber\":\"" + CustomerDirectoryApi.unknownNumber() + "\",\"name\":\" \"}]";
        HttpResponse<String> first = directory.call("POST", "/import", rows);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode result = JSON.readTree(first.body());
        assertEquals(2, result.get("created").asInt());
        assertEquals(2, result.get("rejected").size());
        assertEquals(1, result.get("rejected").get(0).get("row").asInt());
        assertEquals("invalid_customer_number", result.get("rejected").get(0).get("errors").get(0).get("code").asText());
        assertEquals(3, result.get("rejected").get(1).get("row").asInt());
        assertEquals("missing_name", result.get("rejected").get(1).get("errors").get(0).get("code").asText());

        JsonNode again = JSON.readTree(directory.call("POST", "/import", rows).body());
        assertEquals(0, again.get("created").asInt(), "importing again creates nothing");
        assertEquals(2, again.get("unchanged").asInt());

        JsonNode page = JSON.readTree(directory.call("GET", "?search=" + a + "&max=5", null).body());
        assertEquals(1, page.get("total").asInt());
        assertEquals("Keller", page.get("items").get(0).get("name").asText());

        HttpResponse<String> put = directory.call("PUT", "/" + a, "{\"name\":\"Keller-Schulz\"}");
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("Keller-Schulz", JSON.readTree(directory.call("GET", "/" + a, null).body()).get("name").asText());
        assertTrue(realm.admin().getAdminEvents().stream()
                .anyMatch(e -> e.getResourcePath() != null && e.getResourcePath().endsWith("portal/customers/" + a)));

        assertEquals(204, directory.call("DELETE", "/" + a, null).statusCode());
        HttpResponse<String> gone = directory.call("GET", "/" + a, null);
        assertEquals(404, gone.statusCode());
        assertEquals("customer_not_found", JSON.readTree(gone.body()).get("code").asText());

        String customerToken = PkceTokens.accessToken(browser.driver(), http, realmUrl(), KontorRealm.SHOP_CLIENT,
                KontorRealm.SHOP_REDIRECT, TestUsers.create(realm, "noadmin", "en"), PASSWORD);
        assertEquals(403, directory.call("GET", "", null, customerToken).statusCode(), "customers cannot read the directory");
    }

    @Test
    void demoDirectoryCameWithTheRealmAndACompanySharesItsNumber() throws Exception {
        JsonNode schmidt = JSON.readTree(directory.call("GET", "/100001", null).body());
        assertEquals("Schmidt", schmidt.get("name").asText());
        assertTrue(schmidt.get("logins").toString().contains("anna.schmidt@example.com"));
        JsonNode company = JSON.readTree(directory.call("GET", "/200001", null).body());
        assertEquals("company", company.get("type").asText());
        assertEquals(2, company.get("logins").size(), company.toString());
        assertNull(realm.admin().toRepresentation().getAttributesOrEmpty().get("kontorCustomerDirectorySeed"),
                "the seed is consumed on import");
    }

    @Test
    void removingARealmRemovesItsCustomers() throws Exception {
        // Same realm id twice: rows the first realm left behind would show up in the second.
        String name = "kontor-cleanup-" + UUID.randomUUID().toString().substring(0, 8);
        RealmRepresentation seeded = new RealmRepresentation();
        seeded.setId(name);
        seeded.setRealm(name);
        seeded.setEnabled(true);
        seeded.setAttributes(Map.of("kontorCustomerDirectorySeed",
                "[{\"customerNumber\":\"100001\",\"name\":\"Schmidt\"},{\"customerNumber\":\"100002\",\"name\":\"Rossi\"}]"));
        admin.realms().create(seeded);
        String url = realmUrl().replace("/realms/" + KontorRealm.NAME, "/admin/realms/" + name) + "/portal/customers";
        assertEquals(2, JSON.readTree(get(url).body()).get("total").asInt(), "seeded on creation");

        admin.realm(name).remove();
        RealmRepresentation again = new RealmRepresentation();
        again.setId(name);
        again.setRealm(name);
        again.setEnabled(true);
        admin.realms().create(again);
        try {
            assertEquals(0, JSON.readTree(get(url).body()).get("total").asInt(), "nothing left from the removed realm");
        } finally {
            admin.realm(name).remove();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + directory.adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
