package dev.kontor.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code code} is the stable, machine-readable error code that
 * API clients switch on; {@code title} and {@code detail} are for people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String code, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String code, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), code, detail);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
