package dev.kontor.commerce;

import dev.kontor.http.ApiCors;
import dev.kontor.http.CustomerCall;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.function.Function;

/**
 * Base of the customer commerce sub-resources: the session, the call frame the router made, the
 * signed-in customer's {@link CustomerScope}, and preflights (a sub-resource wins the path match
 * over the portal's catch-all OPTIONS).
 */
public abstract class CommerceResource {

    protected final KeycloakSession session;
    protected final ApiCors cors;
    private final CustomerCall call;

    protected CommerceResource(KeycloakSession session, CustomerCall call) {
        this.session = session;
        this.cors = call.cors();
        this.call = call;
    }

    /** Runs a customer action in the call frame, for the customer the token belongs to. */
    protected Response run(Function<CustomerScope, Response.ResponseBuilder> action) {
        return call.run(auth -> action.apply(CustomerScope.of(realm(), auth.user())));
    }

    protected RealmModel realm() {
        return session.getContext().getRealm();
    }

    protected EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @OPTIONS
    public Response preflight(@HeaderParam(ApiCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflightBelow(@HeaderParam(ApiCors.ORIGIN) String origin) {
        return cors.preflight(origin);
    }
}
