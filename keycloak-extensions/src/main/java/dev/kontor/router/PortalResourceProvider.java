package dev.kontor.router;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * Stateless per-request provider; the resource it hands out carries the session only.
 */
public class PortalResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;

    public PortalResourceProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return new PortalResource(session);
    }

    @Override
    public void close() {
    }
}
