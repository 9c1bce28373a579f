package dev.kontor.commerce;

import dev.kontor.portal.PortalCors;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Base of the customer commerce sub-resources: the session, CORS, the call frame and preflights
 * (a sub-resource wins the path match over the portal's catch-all OPTIONS).
 */
public abstract class CommerceResource {

    protected final KeycloakSession session;
    protected final PortalCors cors;
    protected final CustomerCall call;

    protected CommerceResource(KeycloakSession session, PortalCors cors) {
        this.session = session;
        this.cors = cors;
        this.call = new CustomerCall(session, cors);
    }

    protected EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    protected CommerceSettings settings() {
        return CommerceSettings.of(session.getContext().getRealm());
    }

    @OPTIONS
    public Response preflight(@HeaderParam(PortalCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflightBelow(@HeaderParam(PortalCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }
}
