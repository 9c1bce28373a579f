package dev.kontor.router;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Registers the customer-facing portal API at {@code /realms/{realm}/portal}.
 */
public class PortalResourceProviderFactory implements RealmResourceProviderFactory {

    /** The path segment under {@code /realms/{realm}/}. */
    public static final String PROVIDER_ID = "portal";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new PortalResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
