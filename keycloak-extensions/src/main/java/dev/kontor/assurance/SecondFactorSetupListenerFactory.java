package dev.kontor.assurance;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Global, so it works in every realm without being added to the realm's event listeners.
 */
public class SecondFactorSetupListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "kontor-second-factor-setup-session";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SecondFactorSetupListener(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
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
