package dev.kontor.container;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Keycloak image with our jars and realm, the way docker-compose.yml runs it.
 * Skipped where no Docker engine is reachable (this workplace), run by anyone who has one.
 */
@Testcontainers(disabledWithoutDocker = true)
class KontorContainerIT {

    @Container
    static final KeycloakContainer KEYCLOAK = new KeycloakContainer(
            "quay.io/keycloak/keycloak:" + System.getProperty("kontor.keycloak.version"))
            .withProviderLibsFrom(providerJars())
            .withRealmImportFile("/realm/kontor-realm.json")
            // The realm's passwordBlacklist policy needs its list in Keycloak's default folder.
            .withCopyFileToContainer(MountableFile.forClasspathResource("/password-blacklists/kontor-common-passwords.txt"),
                    "/opt/keycloak/data/password-blacklists/kontor-common-passwords.txt");

    private static List<File> providerJars() {
        File[] jars = new File(System.getProperty("kontor.providers.dir")).listFiles((dir, name) -> name.endsWith(".jar"));
        return jars == null ? List.of() : Arrays.asList(jars);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void portalApiIsDeployedAndGuarded() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK.getAuthServerUrl() + "/realms/kontor/portal/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"unauthorized\""), response.body());
    }

    @Test
    void accountConsoleIsServed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK.getAuthServerUrl() + "/realms/kontor/account/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertFalse(response.body().isBlank());
        assertTrue(providerJars().size() >= 4, "all four provider jars are mounted");
    }
}
