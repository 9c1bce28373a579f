package dev.kontor.commerce.admin;

import dev.kontor.commerce.CommerceException;
import dev.kontor.portal.PageRequest;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import java.util.function.Supplier;

/** The frame of every admin commerce call: problems become problem documents and roll the transaction back. */
final class AdminCall {

    private AdminCall() {
    }

    static Response run(KeycloakSession session, Supplier<Response.ResponseBuilder> action) {
        try {
            return action.get().build();
        } catch (CommerceException e) {
            session.getTransactionManager().setRollbackOnly();
            return e.toResponseBuilder().build();
        } catch (PageRequest.InvalidPageRequest e) {
            session.getTransactionManager().setRollbackOnly();
            return e.problem().toResponseBuilder().build();
        }
    }
}
