package dev.kontor.portal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Ends a portal request with a ready-made problem response.
 */
public class ProblemException extends WebApplicationException {

    public ProblemException(Response response) {
        super(response);
    }

    public ProblemException(Problem problem) {
        super(problem.toResponseBuilder().build());
    }
}
