package dev.kontor.commerce;

import dev.kontor.portal.PageRequest;
import dev.kontor.portal.PortalAuthenticator;
import dev.kontor.portal.PortalCors;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

import java.util.function.Function;

/**
 * The frame of every customer commerce call: authenticate the bearer token, run the action, and
 * answer with the caller's CORS headers, also for problems. A problem rolls the transaction back,
 * so a rejected request never leaves a changed row behind.
 */
public final class CustomerCall {

    public static final String METHODS = "GET, POST, PUT, DELETE";

    private final KeycloakSession session;
    private final PortalCors cors;

    public CustomerCall(KeycloakSession session, PortalCors cors) {
        this.session = session;
        this.cors = cors;
    }

    public Response run(Function<Customer, Response.ResponseBuilder> action) {
        AuthResult auth = new PortalAuthenticator(session, cors).authenticate();
        Response.ResponseBuilder response;
        try {
            response = action.apply(Customer.of(session.getContext().getRealm(), auth.user()));
        } catch (CommerceException e) {
            session.getTransactionManager().setRollbackOnly();
            response = e.toResponseBuilder();
        } catch (PageRequest.InvalidPageRequest e) {
            session.getTransactionManager().setRollbackOnly();
            response = e.problem().toResponseBuilder();
        }
        return cors.forToken(auth.token(), response, METHODS.split(", "));
    }
}
