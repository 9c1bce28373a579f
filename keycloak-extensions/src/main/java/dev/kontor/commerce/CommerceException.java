package dev.kontor.commerce;

import dev.kontor.portal.FieldError;
import dev.kontor.portal.Problem;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Ends a commerce request with a problem document. Thrown by the plain rule classes, turned into a
 * response (with CORS headers and a rolled-back transaction) by {@link CustomerCall} / the admin API.
 */
public class CommerceException extends RuntimeException {

    public static final int UNPROCESSABLE = Problem.UNPROCESSABLE;

    private final int status;
    private final String code;
    private final List<FieldError> errors;

    public CommerceException(Response.Status status, String code, String detail) {
        this(status.getStatusCode(), code, detail, null);
    }

    public CommerceException(int status, String code, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static CommerceException notFound(String code, String detail) {
        return new CommerceException(Response.Status.NOT_FOUND, code, detail);
    }

    public static CommerceException badParameter(String detail) {
        return new CommerceException(Response.Status.BAD_REQUEST, "invalid_parameter", detail);
    }

    public static CommerceException conflict(String code, String detail) {
        return new CommerceException(Response.Status.CONFLICT, code, detail);
    }

    public static CommerceException validation(List<FieldError> errors) {
        return new CommerceException(UNPROCESSABLE, "validation_failed",
                "The request has invalid fields.", errors);
    }

    public static CommerceException invalidField(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem problem() {
        return Problem.of(status, code, getMessage(), errors);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem());
    }
}
