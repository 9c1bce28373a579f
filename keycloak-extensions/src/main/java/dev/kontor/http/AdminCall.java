package dev.kontor.http;

import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import java.util.function.Supplier;

/**
 * The frame of every admin API call (Keycloak's admin realm resource has authenticated the admin
 * already): a {@link ProblemException} becomes its problem document and rolls the transaction back.
 */
public final class AdminCall {

    private AdminCall() {
    }

    public static Response run(KeycloakSession session, Supplier<Response.ResponseBuilder> action) {
        try {
            return action.get().build();
        } catch (ProblemException e) {
            session.getTransactionManager().setRollbackOnly();
            return e.toResponseBuilder().build();
        }
    }
}
