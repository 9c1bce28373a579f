package dev.kontor.commerce.schema;

import dev.kontor.event.KontorEventLog;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the commerce entities and, once the server is up, the listener that removes or detaches
 * rows of removed users and realms (the tables have no foreign keys into Keycloak's schema), and the
 * log that files every Kontor event as a user event of its customer.
 */
public class CommerceJpaEntityProviderFactory implements JpaEntityProviderFactory {

    /**
     * Keycloak names the changelog table after the first 10 letters of this id ({@code kontor-com});
     * they differ from every other Kontor entity provider's ({@code kontor-tru}).
     */
    public static final String PROVIDER_ID = "kontor-commerce";

    private static final CommerceJpaEntityProvider PROVIDER = new CommerceJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new CommerceCleanup());
        factory.register(new KontorEventLog());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
