package dev.kontor.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The server every integration test shares: the stock distribution plus all Kontor jars,
 * exactly as an operator would install them into {@code providers/}.
 */
public class KontorServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        return config
                .dependency("dev.kontor", "kontor-keycloak-extensions")
                .dependency("dev.kontor", "kontor-portal-resources")
                .dependency("dev.kontor", "kontor-account-theme");
    }
}
