package dev.kontor.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a {@link ProblemException} that left a call frame (thrown by a sub-resource locator or an
 * admin check before the frame runs) with its problem document instead of Keycloak's generic 500.
 * The frames themselves catch it to add CORS headers and roll the transaction back.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return exception.toResponseBuilder().build();
    }
}
