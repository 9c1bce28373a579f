package dev.kontor.trust;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the trusted-browser entity and, once the server is up, the listener that deletes rows
 * of removed users and realms (the table has no foreign keys into Keycloak's schema).
 */
public class TrustedBrowserJpaEntityProviderFactory implements JpaEntityProviderFactory {

    /**
     * Keycloak names the changelog table of a custom entity provider after the first 10 letters of
     * this id ({@code kontor-tru}); they must differ from every other Kontor entity provider's.
     */
    public static final String PROVIDER_ID = "kontor-trusted-browser";

    private static final TrustedBrowserJpaEntityProvider PROVIDER = new TrustedBrowserJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new TrustedBrowserCleanup());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
