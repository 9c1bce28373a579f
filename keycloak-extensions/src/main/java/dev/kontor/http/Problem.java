package dev.kontor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document, the one error shape of every Kontor API. {@code code} is the
 * stable, machine-readable error code that API clients switch on; {@code title} and {@code detail}
 * are for people; {@code errors} lists field problems of a request body (absent when there are none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String code, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** 422 is missing from JAX-RS 3.1's {@link Response.Status}. */
    public static final int UNPROCESSABLE = 422;

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String code, String detail) {
        return of(status.getStatusCode(), code, detail, null);
    }

    public static Problem of(int status, String code, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title(status), status, code, detail, errors);
    }

    public static String title(int status) {
        if (status == UNPROCESSABLE) {
            return "Unprocessable Content";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
