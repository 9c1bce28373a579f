package dev.kontor.http;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

import java.util.function.Function;

/**
 * The frame of every customer API call: authenticate the bearer token, run the action, and
 * answer with the caller's CORS headers, also for problems. A problem rolls the transaction back,
 * so a rejected request never leaves a changed row behind. One instance per request, made by the
 * router and handed to the resources.
 */
public final class CustomerCall {

    public static final String METHODS = "GET, POST, PUT, DELETE";

    private final KeycloakSession session;
    private final ApiCors cors;
    private final BearerAuth bearer;

    public CustomerCall(KeycloakSession session, ApiCors cors, BearerAuth bearer) {
        this.session = session;
        this.cors = cors;
        this.bearer = bearer;
    }

    public ApiCors cors() {
        return cors;
    }

    public Response run(Function<AuthResult, Response.ResponseBuilder> action) {
        AuthResult auth = bearer.authenticate();
        Response.ResponseBuilder response;
        try {
            response = action.apply(auth);
        } catch (ProblemException e) {
            session.getTransactionManager().setRollbackOnly();
            response = e.toResponseBuilder();
        }
        return cors.forToken(auth.token(), response, METHODS.split(", "));
    }
}
