package dev.kontor.customer;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the customer directory table and, once the server is up, its realm lifecycle
 * (seed from the realm file on import, delete on realm removal).
 */
public class CustomerDirectoryJpaEntityProviderFactory implements JpaEntityProviderFactory {

    /**
     * Keycloak names the changelog table after the first 10 letters of this id ({@code kontor-cus});
     * they differ from every other Kontor entity provider's ({@code kontor-tru}, {@code kontor-com}).
     */
    public static final String PROVIDER_ID = "kontor-customer-directory";

    private static final CustomerDirectoryJpaEntityProvider PROVIDER = new CustomerDirectoryJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new CustomerDirectoryLifecycle());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
