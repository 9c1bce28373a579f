package dev.kontor.securitymail;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Event listener {@value #PROVIDER_ID}: not global, so a realm turns the security mails on by
 * listing it in its event listeners (the Kontor realm does; admins see and can switch it in
 * Realm settings, Events, Event listeners).
 */
public class SecurityMailListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "kontor-security-mail";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SecurityMailListener(session);
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
