package dev.kontor.http;

import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Ends an API request with a problem document. Thrown by rules, stores and resources alike; the
 * call frames ({@link CustomerCall}, {@link AdminCall}) turn it into the response, add the
 * caller's CORS headers and roll the transaction back, so a rejected request never leaves a changed
 * row behind. One that escapes a frame (a sub-resource locator, an admin check) is answered by
 * {@link ProblemExceptionMapper}. A plain runtime exception, so rules stay free of JAX-RS and their
 * unit tests need no JAX-RS implementation.
 */
public class ProblemException extends RuntimeException {

    /** 422 is missing from JAX-RS 3.1's {@link Response.Status}. */
    public static final int UNPROCESSABLE = Problem.UNPROCESSABLE;

    private final Problem problem;
    private final Response response;

    public ProblemException(Response.Status status, String code, String detail) {
        this(status.getStatusCode(), code, detail, null);
    }

    public ProblemException(int status, String code, String detail, List<FieldError> errors) {
        this(Problem.of(status, code, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
        this.response = null;
    }

    /** A ready-made response (e.g. a 401 with {@code WWW-Authenticate}); {@link #problem()} is null. */
    public ProblemException(Response response) {
        super("HTTP " + response.getStatus());
        this.problem = null;
        this.response = response;
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, code, detail);
    }

    public static ProblemException badParameter(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid_parameter", detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Response.Status.CONFLICT, code, detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(UNPROCESSABLE, "validation_failed", "The request has invalid fields.", errors);
    }

    public static ProblemException invalidField(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    public int status() {
        return problem != null ? problem.status() : response.getStatus();
    }

    public String code() {
        return problem == null ? null : problem.code();
    }

    public List<FieldError> errors() {
        return problem == null ? null : problem.errors();
    }

    public Problem problem() {
        return problem;
    }

    /** A new builder of this answer, to which a frame adds its headers. */
    public Response.ResponseBuilder toResponseBuilder() {
        return problem != null ? problem.toResponseBuilder() : Response.fromResponse(response);
    }
}
