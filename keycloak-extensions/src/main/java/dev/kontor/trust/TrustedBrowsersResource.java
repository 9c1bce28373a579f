package dev.kontor.trust;

import dev.kontor.http.ApiCors;
import dev.kontor.http.CustomerCall;
import dev.kontor.http.PageRequest;
import dev.kontor.http.ProblemException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code /realms/{realm}/portal/trusted-browsers}: the signed-in customer's trusted browsers
 * (saved browsers and 24-hour skips).
 * Authentication, CORS and problem documents are the call frame's; the rules are in
 * {@link CustomerTrustedBrowsers}.
 */
public class TrustedBrowsersResource {

    private final KeycloakSession session;
    private final CustomerCall call;

    public TrustedBrowsersResource(KeycloakSession session, CustomerCall call) {
        this.session = session;
        this.call = call;
    }

    /** Saved browsers and running 24-hour skips, newest first; {@code max} is capped at 100. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return call.run(auth -> {
            PageRequest page = PageRequest.of(first, max);
            return Response.ok(browsers(auth).list(page.first(), page.max()), MediaType.APPLICATION_JSON_TYPE);
        });
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return call.run(auth -> {
            if (!browsers(auth).delete(id)) {
                throw ProblemException.notFound("trusted_browser_not_found", "You have no trusted browser with this id.");
            }
            return Response.noContent();
        });
    }

    /** Deletes every saved browser and ends every running 24-hour skip of the customer. */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteAll() {
        return call.run(auth -> Response.ok(new TrustedBrowserRepresentation.Deleted(browsers(auth).deleteAll()),
                MediaType.APPLICATION_JSON_TYPE));
    }

    /** Preflights: this sub-resource wins the path match over the portal's catch-all OPTIONS. */
    @OPTIONS
    public Response preflight(@HeaderParam(ApiCors.ORIGIN) String origin) {
        return call.cors().preflight(origin);
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response preflightBelow(@HeaderParam(ApiCors.ORIGIN) String origin) {
        return call.cors().preflight(origin);
    }

    private CustomerTrustedBrowsers browsers(AuthResult auth) {
        return new CustomerTrustedBrowsers(session, session.getContext().getRealm(), auth.user(), auth.client());
    }
}
