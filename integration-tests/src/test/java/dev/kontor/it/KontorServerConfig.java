package dev.kontor.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The server every integration test shares: the stock distribution plus all Kontor jars,
 * exactly as an operator would install them into {@code providers/}.
 */
public class KontorServerConfig implements KeycloakServerConfig {

    /** The common-password list the realm's passwordBlacklist policy names (shipped by realm-config). */
    static final String COMMON_PASSWORDS = "kontor-common-passwords.txt";

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config
                .dependency("dev.kontor", "kontor-keycloak-extensions")
                .dependency("dev.kontor", "kontor-portal-resources")
                .dependency("dev.kontor", "kontor-account-theme")
                .dependency("dev.kontor", "kontor-admin-theme")
                // Kontor's mail sender is opt-in; the ITs run the server as Kontor ships it.
                .option("spi-email-sender--provider", "kontor-smtp")
                // Keycloak's passwordBlacklist reads lists from a folder on disk: hand it the
                // list from the realm-config jar, as ./kontor run and docker-compose do.
                .spiOption("password-policy", "password-blacklist", "blacklists-path", passwordListsFolder().toString());
    }

    private static Path passwordListsFolder() {
        Path folder = Path.of("target", "password-blacklists").toAbsolutePath();
        try (InputStream list = KontorServerConfig.class.getResourceAsStream("/password-blacklists/" + COMMON_PASSWORDS)) {
            if (list == null) {
                throw new IllegalStateException("password-blacklists/" + COMMON_PASSWORDS + " is not on the test classpath (realm-config jar)");
            }
            Files.createDirectories(folder);
            Files.copy(list, folder.resolve(COMMON_PASSWORDS), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
